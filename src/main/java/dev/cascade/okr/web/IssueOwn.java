package dev.cascade.okr.web;

import java.util.Map;

/**
 * What the issue view's panel knows of the viewed issue itself, read from Jira by the panel's edge: whether it is an
 * epic or a sub-task, its own story points (through the administrator's story-point field) and its own values of the
 * numeric fields its key results sum.
 *
 * @param epic whether the issue is an epic
 * @param subTask whether the issue is a sub-task
 * @param storyPoints its story points, or {@code null} when it has no estimate (or there is no story-point field)
 * @param fields its values of numeric fields by field id ({@code customfield_10200}); a field without value is absent
 */
public record IssueOwn(boolean epic, boolean subTask, Double storyPoints, Map<String, Double> fields) {

    /** Nothing known: a plain issue without estimate or field values. */
    public static final IssueOwn NONE = new IssueOwn(false, false, null, Map.of());

    /** Copies the field values. */
    public IssueOwn {
        fields = Map.copyOf(fields);
    }
}
