package dev.cascade.okr.rest.appraisal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /people/{userKey}/appraisal/start}.
 *
 * @param period the period whose goals to start appraising ({@code 2026}, {@code 2026-Q1}...)
 */
public record PersonAppraisalStartDto(@JsonProperty("period") String period) {

    /** Jackson's way in; every property is optional here, the service says what is required. */
    @JsonCreator
    public PersonAppraisalStartDto {
    }
}
