package dev.cascade.okr.core.port;

import java.util.List;

/**
 * One page of a list read by key: the items after a key, in the list's order, and the key to ask the next page with
 * ({@code after=next}); no count and no offset, so a page costs the same wherever it lies in the list.
 *
 * <p>Invariants: {@code limit >= 1}, at most {@code limit} items, {@code next >= 0}.
 *
 * @param items the items of this page
 * @param limit the most items a page holds
 * @param next the key of the last item when more follow; 0 when this is the last page
 * @param <T> the item type
 */
public record KeyPage<T>(List<T> items, int limit, long next) {

    /** Checks the invariants and copies the items. */
    public KeyPage {
        items = List.copyOf(items);
        if (limit < 1 || items.size() > limit || next < 0) {
            throw new IllegalArgumentException("inconsistent page: limit=" + limit + " items=" + items.size()
                    + " next=" + next);
        }
    }

    /** Whether items follow this page. */
    public boolean hasMore() {
        return next > 0;
    }
}
