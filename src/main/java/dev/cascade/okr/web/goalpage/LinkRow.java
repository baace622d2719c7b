package dev.cascade.okr.web.goalpage;

import dev.cascade.okr.web.page.Rows;

/**
 * One link of a key result to Jira work, with the issues behind it that the reader may browse.
 *
 * @param label what is linked ("Epic CASC-1", "JQL filter project = CASC")
 * @param broken whether the link no longer resolves
 * @param note why no issue is listed, or that only the first ones are; empty otherwise
 * @param issues the issues the reader may browse, at most the page's limit
 */
public record LinkRow(String label, boolean broken, String note, Rows<IssueRow> issues) {

    /** Whether a note is shown. */
    public boolean hasNote() {
        return !note.isEmpty();
    }
}
