package com.atlassian.jira.issue.status.category;

import java.io.Serializable;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A status category; its key is locale-proof: {@code new} (To Do), {@code indeterminate} (In Progress),
 * {@code done} (Done), {@code undefined}. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api, an interface extending {@code Serializable} and {@code Comparable<StatusCategory>};
 * implemented by Atlassian's Slack plugin in Jira 9/10/11. Confidence: V (shared/host-api.md §1.5). The key constants
 * are not mirrored: Cascade compares with its own literals.
 */
public interface StatusCategory extends Serializable, Comparable<StatusCategory> {

    /** The locale-proof key. */
    String getKey();

    /** The untranslated name. */
    String getName();
}
