package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A custom field such as Epic Link or Story Points. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api; {@code getCustomFieldType()} and {@code getFieldName()} U in Scrum Poker on Jira 10.3
 * (host-api-platform7.md §6); {@code getIdAsLong()} U: called as {@code Long} by many compiled Jira plugins and by
 * Jira's own option store (public source, checked 2026-11 with the search tool); marked M in shared/host-api.md §1.9.
 */
public interface CustomField {

    /** The id as {@code customfield_NNNNN}. */
    String getId();

    /** The numeric id, used in locale-proof JQL as {@code cf[NNNNN]}. */
    Long getIdAsLong();

    /** The field's name. */
    String getFieldName();

    /** The field's type, whose key identifies it whatever the field is called. */
    CustomFieldType getCustomFieldType();
}
