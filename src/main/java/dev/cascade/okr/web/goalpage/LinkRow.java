package dev.cascade.okr.web.goalpage;

import java.util.List;

/**
 * One link of a key result to Jira work, with the issues behind it that the reader may browse.
 *
 * @param label what is linked ("Epic CASC-1", "JQL filter project = CASC")
 * @param broken whether the link no longer resolves
 * @param note why no issue is listed, or that only the first ones are; empty otherwise
 * @param issues the issues the reader may browse, at most the page's limit
 */
public record LinkRow(String label, boolean broken, String note, List<IssueRow> issues) {

    /** Copies the issues. */
    public LinkRow {
        issues = List.copyOf(issues);
    }

    /** Whether any issue is listed. */
    public boolean hasIssues() {
        return !issues.isEmpty();
    }

    /** Whether a note is shown. */
    public boolean hasNote() {
        return !note.isEmpty();
    }
}
