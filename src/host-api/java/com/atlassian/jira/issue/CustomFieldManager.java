package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.List;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Lists Jira's custom fields. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api; {@code getCustomFieldObjects()} and {@code getCustomFieldObject(String)} U in Scrum Poker on
 * Jira 10.3 (host-api-platform7.md §6; the {@code String} overload also listed in shared/host-api.md §1.9).
 */
public interface CustomFieldManager {

    /** Every custom field of the instance. */
    List<CustomField> getCustomFieldObjects();

    /**
     * The custom field with this id, e.g. {@code customfield_10106}, or {@code null} when there is none.
     *
     * <p>Confidence: U (scrum-poker {@code EstimateFieldServiceImpl}, compiled against Jira 10.3).
     */
    CustomField getCustomFieldObject(String id);
}
