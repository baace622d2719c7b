package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /goals/{id}/lifecycle}.
 *
 * @param to draft, confirmed, active or closed
 * @param version required, the version read
 */
public record GoalLifecycleDto(@JsonProperty("to") String to, @JsonProperty("version") Long version) {

    /** Jackson's way in. */
    @JsonCreator
    public GoalLifecycleDto {
    }
}
