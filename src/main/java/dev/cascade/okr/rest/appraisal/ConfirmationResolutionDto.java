package dev.cascade.okr.rest.appraisal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The body of the resolution of an objection.
 *
 * @param version the confirmation version read
 * @param objection the objection index, from 0
 * @param resolution required
 */
public record ConfirmationResolutionDto(@JsonProperty("version") BigDecimal version,
        @JsonProperty("objection") BigDecimal objection, @JsonProperty("resolution") String resolution) {

    /** Jackson's way in; every property is optional here, the service and the core say what is required. */
    @JsonCreator
    public ConfirmationResolutionDto {
    }
}
