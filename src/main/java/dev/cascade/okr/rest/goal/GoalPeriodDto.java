package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.service.goal.GoalInput;
import dev.cascade.okr.service.kernel.PeriodText;

/**
 * A goal's period in JSON. In a request: {@code {"value":"2026-Q1"}} (optionally with the matching {@code kind}) or
 * {@code {"kind":"custom","start":"2026-01-15","end":"2026-04-15"}}; in a response: kind, value (the shortcut that
 * names the period, {@code null} for a custom range), start and end — so a period reads back as it was written.
 *
 * @param kind year, half, quarter, month or custom
 * @param value a shortcut such as 2026, 2026-H1, 2026-Q1, 2026-03; {@code null} in a response for a custom range
 * @param start the first day, YYYY-MM-DD
 * @param end the last day, YYYY-MM-DD
 */
public record GoalPeriodDto(@JsonProperty("kind") String kind, @JsonProperty("value") String value,
        @JsonProperty("start") String start, @JsonProperty("end") String end) {

    /** Jackson's way in. */
    @JsonCreator
    public GoalPeriodDto {
    }

    public static GoalPeriodDto of(Period period) {
        return new GoalPeriodDto(WireCode.of(period.kind()),
                PeriodText.shortcut(period).orElse(null), period.start().toString(), period.end().toString());
    }

    public GoalInput.PeriodInput toInput() {
        return new GoalInput.PeriodInput(kind, value, start, end);
    }
}
