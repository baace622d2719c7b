package dev.cascade.okr.core.port;

import java.util.List;

/**
 * One page of a longer list, with the length of the whole list so that callers can page on.
 *
 * <p>Invariants: {@code offset >= 0}, {@code limit >= 1}, at most {@code limit} items, {@code total >= 0}.
 *
 * @param items the items of this page, in the list's order
 * @param offset how many items of the list come before this page
 * @param limit the most items a page holds
 * @param total how many items the whole list has (at the time of reading)
 * @param <T> the item type
 */
public record Page<T>(List<T> items, int offset, int limit, int total) {

    /** Checks the invariants and copies the items. */
    public Page {
        items = List.copyOf(items);
        if (offset < 0 || limit < 1 || items.size() > limit || total < 0) {
            throw new IllegalArgumentException("inconsistent page: offset=" + offset + " limit=" + limit + " items="
                    + items.size() + " total=" + total);
        }
    }

    /** Whether items follow this page. */
    public boolean hasMore() {
        return (long) offset + items.size() < total;
    }
}
