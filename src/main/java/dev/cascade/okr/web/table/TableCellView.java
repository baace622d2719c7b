package dev.cascade.okr.web.table;

import java.util.List;

/**
 * One cell as a reader sees it: its values as finished text (several for a cell of several values), a link when the
 * cell names the row's goal, and for a judged figure (deviation, achievement) its status as a class and a word.
 *
 * @param values the texts shown, in order; empty for an empty cell
 * @param href the goal's page for the goal column, else empty
 * @param css the cell's classes ({@code cascade-number}, {@code cascade-status-at-risk})
 * @param statusText the status word of a judged figure ("At risk"), for readers who do not see colour; else empty
 */
public record TableCellView(List<String> values, String href, String css, String statusText) {

    /** Copies the values. */
    public TableCellView {
        values = List.copyOf(values);
    }

    /** Whether the cell holds several values (shown as a list). */
    public boolean many() {
        return values.size() > 1;
    }

    /** The one value, or empty text for an empty cell (for a cell of several values, see {@link #values()}). */
    public String text() {
        return values.isEmpty() ? "" : values.get(0);
    }

    /** Whether the cell links to the goal's page. */
    public boolean linked() {
        return !href.isEmpty();
    }

    /** Whether the cell carries a status word. */
    public boolean judged() {
        return !statusText.isEmpty();
    }
}
