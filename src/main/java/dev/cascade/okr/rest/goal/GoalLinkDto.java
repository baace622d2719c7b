package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.service.goal.GoalInput;

/**
 * A link to Jira work: exactly one of {@code epic}, {@code issue} or {@code jql}.
 *
 * @param epic an epic's key, e.g. CASC-1
 * @param issue an issue's key
 * @param jql a JQL query
 */
public record GoalLinkDto(@JsonProperty("epic") String epic, @JsonProperty("issue") String issue,
        @JsonProperty("jql") String jql) {

    /** Jackson's way in. */
    @JsonCreator
    public GoalLinkDto {
    }

    static GoalLinkDto of(WorkLink link) {
        return switch (link.kind()) {
            case EPIC -> new GoalLinkDto(link.text(), null, null);
            case ISSUE -> new GoalLinkDto(null, link.text(), null);
            case JQL -> new GoalLinkDto(null, null, link.text());
        };
    }

    GoalInput.LinkInput toInput() {
        return new GoalInput.LinkInput(epic, issue, jql);
    }
}
