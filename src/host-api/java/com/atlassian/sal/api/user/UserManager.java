package com.atlassian.sal.api.user;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). SAL's view of users, the same in Jira and Confluence.
 *
 * <p>Source: decompiled sal-api {@code UserManager} (recent SAL); same calls used by Atlassian's Slack plugin on
 * Platform 6/7/8. Confidence: V (shared/host-api.md §3). The request-taking overloads are deliberately not
 * mirrored ({@code javax} vs {@code jakarta}).
 */
public interface UserManager {

    /** The key of the user making the current request, or {@code null} when anonymous. */
    UserKey getRemoteUserKey();

    /** The profile of a user, or {@code null} when there is no such user. */
    UserProfile getUserProfile(UserKey userKey);

    /** Whether the user is an administrator of the application. */
    boolean isAdmin(UserKey userKey);

    /** Whether the user is a system administrator of the application. */
    boolean isSystemAdmin(UserKey userKey);

    /** Whether the user belongs to the group (V, shared/host-api.md §3). */
    boolean isUserInGroup(UserKey userKey, String group);
}
