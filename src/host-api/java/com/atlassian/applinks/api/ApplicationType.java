package com.atlassian.applinks.api;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). The kind of a linked application (Jira, Confluence…).
 *
 * <p>Source: applinks-api javadoc ({@code ApplicationLinkService.getPrimaryApplicationLink(Class<? extends
 * ApplicationType>)}) (V, shared/host-api.md §8.2). No member is mirrored.
 */
public interface ApplicationType {
}
