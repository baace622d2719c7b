package dev.cascade.okr.rest.settings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A person's direct managers, read and written, with the version of that list.
 *
 * @param managers user keys
 * @param version the version of the list (0 while never set); required when written
 */
public record SettingsManagersDto(@JsonProperty("managers") List<String> managers,
        @JsonProperty("version") Long version) {

    /** Jackson's way in; every property is optional here, the service and the core say what is required. */
    @JsonCreator
    public SettingsManagersDto {
    }
}
