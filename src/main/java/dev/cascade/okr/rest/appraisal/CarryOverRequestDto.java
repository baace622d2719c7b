package dev.cascade.okr.rest.appraisal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /carry-over} and {@code POST /goals/{id}/carry-over} (which takes {@code toPeriod} only).
 *
 * @param period the period closed, a shortcut such as {@code 2026}
 * @param toPeriod the period to carry into, e.g. {@code 2027}
 * @param project only the goals of this project, or {@code null} for all
 */
public record CarryOverRequestDto(@JsonProperty("period") String period, @JsonProperty("toPeriod") String toPeriod,
        @JsonProperty("project") String project) {

    /** Jackson's way in; every property is optional here, the service says what is required. */
    @JsonCreator
    public CarryOverRequestDto {
    }
}
