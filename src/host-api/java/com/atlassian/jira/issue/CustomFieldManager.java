package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.List;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Lists Jira's custom fields. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api; {@code getCustomFieldObjects()} U in Scrum Poker on Jira 10.3 (host-api-platform7.md §6).
 */
public interface CustomFieldManager {

    /** Every custom field of the instance. */
    List<CustomField> getCustomFieldObjects();
}
