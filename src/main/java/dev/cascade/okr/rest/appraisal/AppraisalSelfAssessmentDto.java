package dev.cascade.okr.rest.appraisal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The body of a self-assessment.
 *
 * @param version the appraisal version read
 * @param score on the process scale
 * @param comment optional
 */
public record AppraisalSelfAssessmentDto(@JsonProperty("version") BigDecimal version,
        @JsonProperty("score") BigDecimal score, @JsonProperty("comment") String comment) {

    /** Jackson's way in; every property is optional here, the service and the core say what is required. */
    @JsonCreator
    public AppraisalSelfAssessmentDto {
    }
}
