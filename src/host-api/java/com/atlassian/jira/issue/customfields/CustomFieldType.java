package com.atlassian.jira.issue.customfields;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). The type of a custom field, e.g. {@code com.pyxis.greenhopper.jira:gh-epic-link}. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api, generic interface {@code CustomFieldType<T, S>}; {@code getKey()} U in Scrum Poker on Jira
 * 10.3 (host-api-platform7.md §6).
 *
 * @param <T> the transport type of the field's value
 * @param <S> the single-value type
 */
public interface CustomFieldType<T, S> {

    /** The complete key of the type. */
    String getKey();
}
