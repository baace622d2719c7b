package dev.cascade.okr.rest.settings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A person's role (岗位), read and written, with its version.
 *
 * @param role the role, e.g. "Sales representative"; {@code null} when none (a write without one clears it)
 * @param version the version of the role (0 while never set); required when written
 */
public record PeopleRoleDto(@JsonProperty("role") String role, @JsonProperty("version") Long version) {

    /** Jackson's way in; every property is optional here, the service says what is required. */
    @JsonCreator
    public PeopleRoleDto {
    }
}
