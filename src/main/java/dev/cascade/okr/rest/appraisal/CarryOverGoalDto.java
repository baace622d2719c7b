package dev.cascade.okr.rest.appraisal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /goals/{id}/carry-over}.
 *
 * @param toPeriod the period to carry into, e.g. {@code 2027}
 */
public record CarryOverGoalDto(@JsonProperty("toPeriod") String toPeriod) {

    /** Jackson's way in; the service says what is required. */
    @JsonCreator
    public CarryOverGoalDto {
    }
}
