package dev.cascade.okr.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A person's direct managers, read and written.
 *
 * @param managers user keys
 */
public record SettingsManagersDto(List<String> managers) {

    /** Jackson's way in; every property is optional here, the service and the core say what is required. */
    @JsonCreator
    public SettingsManagersDto(@JsonProperty("managers") List<String> managers) {
        this.managers = managers;
    }
}
