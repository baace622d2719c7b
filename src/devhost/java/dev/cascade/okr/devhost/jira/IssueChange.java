package dev.cascade.okr.devhost.jira;

import java.util.Objects;

/**
 * One change a person makes to a sample issue: a new status, new story points, or both.
 *
 * @param key the issue key
 * @param status the new status, or {@code null} to leave it
 * @param changesStoryPoints whether to set the story points
 * @param storyPoints the new story points ({@code null} clears them); read only when {@code changesStoryPoints}
 */
public record IssueChange(String key, DevStatus status, boolean changesStoryPoints, Double storyPoints) {

    /** Checks the key is given. */
    public IssueChange {
        Objects.requireNonNull(key, "key");
    }
}
