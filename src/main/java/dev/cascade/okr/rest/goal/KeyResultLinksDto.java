package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.service.goal.GoalInput;
import java.util.List;

/**
 * The body of {@code PUT /key-results/{id}/links}: the links of an issue-driven key result, replacing the old ones.
 *
 * @param version the version the change is based on
 * @param links each exactly one of epic, issue or jql
 */
public record KeyResultLinksDto(@JsonProperty("version") Long version, @JsonProperty("links") List<GoalLinkDto> links) {

    /** Jackson's way in. */
    @JsonCreator
    public KeyResultLinksDto {
    }

    List<GoalInput.LinkInput> toInput() {
        return links == null ? null : links.stream().map(l -> l == null ? null : l.toInput()).toList();
    }
}
