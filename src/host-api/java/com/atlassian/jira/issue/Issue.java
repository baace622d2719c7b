package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import java.sql.Timestamp;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A Jira issue (read only). Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api; Atlassian's Slack plugin implements the whole interface in Jira 9.0, 10.0 and 11.0 with
 * identical signatures. Confidence: V for every member mirrored here, including the erased return types
 * ({@code getResolutionDate()} returns {@code java.sql.Timestamp}) (shared/host-api.md §1.4).
 */
public interface Issue {

    /** The issue's id. */
    Long getId();

    /** The issue key, e.g. {@code CASC-12}. */
    String getKey();

    /** The one-line summary. */
    String getSummary();

    /** The workflow status. */
    Status getStatus();

    /** The issue type. */
    IssueType getIssueType();

    /** The project the issue is in. */
    Project getProjectObject();

    /** When the issue was resolved, or {@code null}. */
    Timestamp getResolutionDate();

    /** The value of a custom field on this issue, or {@code null}. */
    Object getCustomFieldValue(CustomField customField);

    /** Whether this is a sub-task. */
    boolean isSubTask();

    /** The parent's id for a sub-task, otherwise {@code null}. */
    Long getParentId();
}
