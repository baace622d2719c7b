package dev.cascade.okr.rest.appraisal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The body of a confirmation: the version read (0 before the confirmation started).
 *
 * @param version the confirmation version read
 */
public record ConfirmationVersionDto(@JsonProperty("version") BigDecimal version) {

    /** Jackson's way in; every property is optional here, the service and the core say what is required. */
    @JsonCreator
    public ConfirmationVersionDto {
    }
}
