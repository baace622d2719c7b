package dev.cascade.okr.rest.appraisal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The body of a manager assessment.
 *
 * @param version the appraisal version read
 * @param achievementRate the manager's rate in place of the one computed from the evidence, as a fraction (0.9 = 90%);
 *     absent to use the computed one
 * @param reason why the rate is overridden; required with {@code achievementRate}
 * @param processScore on the process scale
 * @param comment optional
 * @param suggestion optional
 */
public record AppraisalManagerAssessmentDto(@JsonProperty("version") BigDecimal version,
        @JsonProperty("achievementRate") BigDecimal achievementRate, @JsonProperty("reason") String reason,
        @JsonProperty("processScore") BigDecimal processScore, @JsonProperty("comment") String comment,
        @JsonProperty("suggestion") String suggestion) {

    /** Jackson's way in; every property is optional here, the service and the core say what is required. */
    @JsonCreator
    public AppraisalManagerAssessmentDto {
    }
}
