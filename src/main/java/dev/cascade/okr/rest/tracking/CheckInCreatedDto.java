package dev.cascade.okr.rest.tracking;

import java.util.List;

/**
 * The answer to a new check-in: the stored check-in and core's warnings (e.g. {@code checkin.backdated}).
 *
 * @param checkIn the stored check-in
 * @param warnings the warnings' codes
 */
public record CheckInCreatedDto(CheckInDto checkIn, List<String> warnings) {
}
