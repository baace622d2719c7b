package dev.cascade.okr.rest.tracking;

import java.util.List;

/**
 * One page of check-ins, newest first.
 *
 * @param checkIns the page
 * @param offset how many newer ones were skipped
 * @param limit the page size asked for
 * @param total how many check-ins the key result has
 */
public record CheckInPageDto(List<CheckInDto> checkIns, int offset, int limit, int total) {
}
