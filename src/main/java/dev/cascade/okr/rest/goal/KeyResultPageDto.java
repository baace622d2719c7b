package dev.cascade.okr.rest.goal;

import java.util.List;

/**
 * One page of the key results of the goals the caller may see.
 *
 * @param items the key results of this page, by goal id then position
 * @param offset how many visible key results come before it
 * @param limit the page size asked for
 * @param total how many visible key results match
 */
public record KeyResultPageDto(List<KeyResultItemDto> items, int offset, int limit, int total) {
}
