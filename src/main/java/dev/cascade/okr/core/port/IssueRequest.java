package dev.cascade.okr.core.port;

import dev.cascade.okr.core.model.WorkLink;
import java.util.Objects;
import java.util.Set;

/**
 * Which issues to read and how to count them.
 *
 * <p>What a link stands for: an epic, the issues whose Epic Link names it (not the epic itself); an issue, that
 * issue; a JQL link, the issues the query finds. When {@code countSubTasks} is true the sub-tasks of those issues are
 * added (once each); when false, sub-tasks are left out wherever they appear, also from JQL results.
 *
 * @param links the links to read, any number
 * @param countSubTasks whether sub-tasks count (an administrator's setting)
 * @param storyPointsFieldId the custom field holding story points, e.g. {@code customfield_10106}, or {@code null}
 *     to detect it (a number field named "Story Points")
 * @param numericFieldIds custom fields whose values to read for key results measured by a numeric field
 */
public record IssueRequest(Set<WorkLink> links, boolean countSubTasks, String storyPointsFieldId,
        Set<String> numericFieldIds) {

    /** Copies the sets. */
    public IssueRequest {
        links = Set.copyOf(Objects.requireNonNull(links, "links"));
        numericFieldIds = Set.copyOf(Objects.requireNonNull(numericFieldIds, "numericFieldIds"));
    }

    /** A request for these links, sub-tasks not counted, story points detected, no numeric fields. */
    public static IssueRequest of(Set<WorkLink> links) {
        return new IssueRequest(links, false, null, Set.of());
    }
}
