package com.atlassian.applinks.api.application.jira;

import com.atlassian.applinks.api.ApplicationType;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). The Jira application type, used as
 * {@code JiraApplicationType.class}.
 *
 * <p>Source: applinks-api (V, shared/host-api.md §8.2); {@code getPrimaryApplicationLink(JiraApplicationType.class)}
 * in many Confluence plugins (U, code search 2026-12-08). No member is mirrored.
 */
public interface JiraApplicationType extends ApplicationType {
}
