package com.atlassian.jira.security.plugin;

import java.io.Serializable;
import java.util.Objects;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Names a project permission. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api, a final class; package M (high confidence), used on Jira 10 by the Slack plugin and Scrum
 * Poker (shared/host-api.md §1.7).
 */
public final class ProjectPermissionKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String permissionKey;

    /** Wraps a permission key. */
    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = Objects.requireNonNull(permissionKey, "permissionKey");
    }

    /** The key as a string. */
    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectPermissionKey
                && ((ProjectPermissionKey) other).permissionKey.equals(permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
