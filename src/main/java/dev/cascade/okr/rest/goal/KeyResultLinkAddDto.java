package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.service.goal.GoalInput;

/**
 * The body of {@code POST /key-results/links/add}: one link added to an issue-driven key result, keeping its others.
 *
 * @param keyResult the key result's id
 * @param version the key result's version the change is based on
 * @param link exactly one of epic, issue or jql
 */
public record KeyResultLinkAddDto(@JsonProperty("keyResult") Long keyResult, @JsonProperty("version") Long version,
        @JsonProperty("link") GoalLinkDto link) {

    /** Jackson's way in. */
    @JsonCreator
    public KeyResultLinkAddDto {
    }

    GoalInput.LinkInput toInput() {
        return link == null ? null : link.toInput();
    }
}
