package dev.cascade.okr.rest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cascade.okr.core.port.KeyPage;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list the caller may see, read by key: ask the next page with {@code after=next}.
 *
 * @param items the items of this page
 * @param limit the page size asked for
 * @param next the key to ask the next page with; left out on the last page
 * @param <T> the item's JSON shape
 */
public record KeyPageDto<T>(List<T> items, int limit, @JsonInclude(JsonInclude.Include.NON_NULL) Long next) {

    /** The page with each item mapped to its JSON shape. */
    public static <S, T> KeyPageDto<T> of(KeyPage<S> page, Function<? super S, T> item) {
        return new KeyPageDto<>(page.items().stream().<T>map(item).toList(), page.limit(),
                page.hasMore() ? page.next() : null);
    }
}
