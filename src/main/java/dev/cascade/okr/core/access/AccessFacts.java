package dev.cascade.okr.core.access;

import dev.cascade.okr.core.model.UserRef;

/**
 * What the access rules need to know about one person, asked lazily so that only the facts a decision needs are looked
 * up (each may cost a host call). Implemented by the service layer over Jira's permissions and the app's people data.
 *
 * <p>Invariant: the answers are about {@link #user()} and do not change during one decision.
 */
public interface AccessFacts {

    /** The person asking. */
    UserRef user();

    /** Whether the person administers the app (a Jira administrator). */
    boolean isAppAdmin();

    /** Whether the person may browse the Jira project. */
    boolean canBrowseProject(String projectKey);

    /** Whether the person administers the Jira project. */
    boolean isProjectAdmin(String projectKey);

    /** Whether the person belongs to the named group. */
    boolean isGroupMember(String group);

    /** Whether the person manages {@code other}, directly or through a chain of managers. */
    boolean manages(UserRef other);
}
