package dev.cascade.okr.rest.appraisal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The body of {@code POST /appraisals}.
 *
 * @param objectiveId the goal to appraise
 */
public record AppraisalStartDto(@JsonProperty("objectiveId") BigDecimal objectiveId) {

    /** Jackson's way in; every property is optional here, the service and the core say what is required. */
    @JsonCreator
    public AppraisalStartDto {
    }
}
