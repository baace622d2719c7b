package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Map;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Published by Jira when an issue is created, edited, transitioned, moved or deleted. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api, a class; {@code getIssue()}, {@code getEventTypeId()} ({@code Long}) and
 * {@code getUser()} compiled by Atlassian's Slack plugin on Platform 7 (host-api-platform7.md §6). Confidence: V for
 * those getters. The constructor is M and is called only by the dev host.
 */
public class IssueEvent {

    private final Issue issue;
    private final ApplicationUser user;
    private final Long eventTypeId;

    /** Creates an event; only the dev host constructs one. */
    public IssueEvent(Issue issue, Map<String, Object> params, ApplicationUser user, Long eventTypeId) {
        this.issue = issue;
        this.user = user;
        this.eventTypeId = eventTypeId;
    }

    /** The issue the event is about. */
    public Issue getIssue() {
        return issue;
    }

    /** The event type id (1 created, 2 updated, 8 deleted, 13 generic...). */
    public Long getEventTypeId() {
        return eventTypeId;
    }

    /** Who caused the event, or {@code null}. */
    public ApplicationUser getUser() {
        return user;
    }
}
