package dev.cascade.okr.web.page;

import java.util.List;

/**
 * The rows of one list on a page and whether there is any, so that a template can choose between the table and its
 * empty state without asking the list itself (only these two accessors are allowlisted, not {@code java.util.List}).
 *
 * @param list the rows, in the order shown; unmodifiable
 * @param <T> the row type
 */
public record Rows<T>(List<T> list) {

    /** Copies the rows. */
    public Rows {
        list = List.copyOf(list);
    }

    /** No rows. */
    public static <T> Rows<T> none() {
        return new Rows<>(List.of());
    }

    /** Whether there is a row. */
    public boolean any() {
        return !list.isEmpty();
    }
}
