package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.StatusCategory;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What Cascade needs to know of one Jira issue.
 *
 * @param key the issue key, e.g. {@code CASC-7}
 * @param summary the issue's summary (for drill-downs; may be empty)
 * @param category the status category of its status
 * @param resolvedAt when it was resolved, or {@code null} when unresolved
 * @param storyPoints its story points, or {@code null} when not estimated
 * @param fieldValues values of the requested numeric fields that are set on it, by field id
 * @param subTask whether it is a sub-task
 */
public record IssueFact(String key, String summary, StatusCategory category, Instant resolvedAt, Double storyPoints,
        Map<String, Double> fieldValues, boolean subTask) {

    /** Checks presence and copies the values. */
    public IssueFact {
        Objects.requireNonNull(key, "key");
        summary = summary == null ? "" : summary;
        Objects.requireNonNull(category, "category");
        fieldValues = Map.copyOf(Objects.requireNonNull(fieldValues, "fieldValues"));
    }
}
