package dev.cascade.okr.rest.appraisal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The body of an appeal resolution.
 *
 * @param version the appraisal version read
 * @param outcome {@code upheld} or {@code revised}
 * @param processScore the new process score when revised
 * @param comment required
 */
public record AppraisalAppealResolutionDto(@JsonProperty("version") BigDecimal version,
        @JsonProperty("outcome") String outcome, @JsonProperty("processScore") BigDecimal processScore,
        @JsonProperty("comment") String comment) {

    /** Jackson's way in; every property is optional here, the service and the core say what is required. */
    @JsonCreator
    public AppraisalAppealResolutionDto {
    }
}
