package dev.cascade.okr.rest.tracking;

import dev.cascade.okr.core.model.Period;

/**
 * A period by its first and last day, both inclusive, as {@code YYYY-MM-DD}.
 *
 * @param start the first day
 * @param end the last day
 */
public record TrackingPeriodDto(String start, String end) {

    static TrackingPeriodDto of(Period period) {
        return new TrackingPeriodDto(period.start().toString(), period.end().toString());
    }
}
