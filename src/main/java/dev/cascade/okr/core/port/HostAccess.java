package dev.cascade.okr.core.port;

/**
 * What a person may do by the host's own rules: project permissions, administration and group membership.
 *
 * <p>Invariant: answers about permissions concern the signed-in user of the current request; a question about anyone
 * else is answered {@code false}, never guessed. Unknown projects and groups answer {@code false}. Only
 * {@link #userExists} answers about any user: whether a key names one at all.
 */
public interface HostAccess {

    /** Whether the user may browse the project. */
    boolean canBrowse(String userKey, String projectKey);

    /** Whether the user administers the project. */
    boolean isProjectAdmin(String userKey, String projectKey);

    /** Whether the user administers the host (and so the app). */
    boolean isAppAdmin(String userKey);

    /** Whether the user belongs to the named group. */
    boolean isGroupMember(String userKey, String group);

    /**
     * Whether the key names a user the host knows (active or not), whoever asks; {@code false} for {@code null} or a
     * blank key. Used to refuse owners, managers, approvers and plan people that do not exist.
     */
    boolean userExists(String userKey);
}
