package dev.cascade.okr.web.table;

/**
 * One column heading.
 *
 * @param key the column's key in the read model ({@code deviation})
 * @param label the heading in the reader's language
 * @param css the heading's classes: {@code cascade-table-column-<key>}, and {@code cascade-number} for a figure
 */
public record TableColumnView(String key, String label, String css) {
}
