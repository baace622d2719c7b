package dev.cascade.okr.rest.goal;

import java.util.List;

/**
 * One page of goals the caller may see.
 *
 * @param items the goals of this page
 * @param offset how many visible goals come before it
 * @param limit the page size asked for
 * @param total how many visible goals match
 */
public record GoalPageDto(List<GoalDto> items, int offset, int limit, int total) {
}
