package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A workflow status. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api; implemented by Atlassian's Slack plugin in Jira 9/10/11. Confidence: V (shared/host-api.md
 * §1.5).
 */
public interface Status {

    /** The status id. */
    String getId();

    /** The status name (translated by the host). */
    String getName();

    /** The category (To Do, In Progress, Done) this status belongs to. */
    StatusCategory getStatusCategory();
}
