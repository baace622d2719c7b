package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /goals/{id}/reopen}.
 *
 * @param reason why the closed goal is reopened; required, at most 1,000 characters
 * @param version required, the goal's version read
 */
public record GoalReopenDto(@JsonProperty("reason") String reason, @JsonProperty("version") Long version) {

    /** Jackson's way in. */
    @JsonCreator
    public GoalReopenDto {
    }
}
