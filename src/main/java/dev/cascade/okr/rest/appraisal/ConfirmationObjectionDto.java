package dev.cascade.okr.rest.appraisal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The body of an objection to a goal.
 *
 * @param version the confirmation version read
 * @param reason required
 */
public record ConfirmationObjectionDto(@JsonProperty("version") BigDecimal version,
        @JsonProperty("reason") String reason) {

    /** Jackson's way in; every property is optional here, the service and the core say what is required. */
    @JsonCreator
    public ConfirmationObjectionDto {
    }
}
