package dev.cascade.okr.rest.appraisal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The body of a step that needs only the version read (sign-off).
 *
 * @param version the appraisal version read
 */
public record AppraisalVersionDto(@JsonProperty("version") BigDecimal version) {

    /** Jackson's way in; every property is optional here, the service and the core say what is required. */
    @JsonCreator
    public AppraisalVersionDto {
    }
}
