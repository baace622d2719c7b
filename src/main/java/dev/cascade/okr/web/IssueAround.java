package dev.cascade.okr.web;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The issue keys through which a Jira issue can feed a key result: its own, and those of its epic, its parent (for a
 * sub-task) and the parent's epic, each {@code null} when there is none.
 *
 * @param issue the issue's own key
 * @param parent the parent's key of a sub-task, or {@code null}
 * @param epic the key of the issue's epic, or {@code null}
 * @param parentEpic the key of the parent's epic, or {@code null}
 */
public record IssueAround(String issue, String parent, String epic, String parentEpic) {

    /** Checks presence of the issue's own key. */
    public IssueAround {
        Objects.requireNonNull(issue, "issue");
    }

    /** Every key named, the issue's first. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(issue);
        for (String key : new String[] {parent, epic, parentEpic}) {
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }
}
