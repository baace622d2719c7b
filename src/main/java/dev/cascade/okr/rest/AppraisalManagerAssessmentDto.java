package dev.cascade.okr.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The body of a manager assessment.
 *
 * @param version the appraisal version read
 * @param achievementRate actual / target as a fraction (0.96 = 96%); optional while unknown
 * @param processScore on the process scale
 * @param comment optional
 * @param suggestion optional
 */
public record AppraisalManagerAssessmentDto(BigDecimal version, BigDecimal achievementRate, BigDecimal processScore, String comment, String suggestion) {

    /** Jackson's way in; every property is optional here, the service and the core say what is required. */
    @JsonCreator
    public AppraisalManagerAssessmentDto(@JsonProperty("version") BigDecimal version, @JsonProperty("achievementRate") BigDecimal achievementRate, @JsonProperty("processScore") BigDecimal processScore, @JsonProperty("comment") String comment, @JsonProperty("suggestion") String suggestion) {
        this.version = version;
        this.achievementRate = achievementRate;
        this.processScore = processScore;
        this.comment = comment;
        this.suggestion = suggestion;
    }
}
