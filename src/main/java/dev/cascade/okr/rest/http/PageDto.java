package dev.cascade.okr.rest.http;

import dev.cascade.okr.core.port.Page;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list the caller may see.
 *
 * @param items the items of this page
 * @param offset how many visible items come before it
 * @param limit the page size asked for
 * @param total how many visible items match
 * @param <T> the item's JSON shape
 */
public record PageDto<T>(List<T> items, int offset, int limit, int total) {

    /** The page with each item mapped to its JSON shape. */
    public static <S, T> PageDto<T> of(Page<S> page, Function<? super S, T> item) {
        return new PageDto<>(page.items().stream().<T>map(item).toList(), page.offset(), page.limit(), page.total());
    }
}
