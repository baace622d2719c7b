package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The body of {@code PUT /key-results/{id}/override}: a manual progress over the computed one.
 *
 * @param progress the progress wanted, a fraction from 0 to 1 (0.6 is 60%)
 * @param reason why the computed value is replaced; required, at most 1,000 characters
 * @param version required, the key result's version read
 */
public record KeyResultOverrideDto(@JsonProperty("progress") BigDecimal progress, @JsonProperty("reason") String reason,
        @JsonProperty("version") Long version) {

    /** Jackson's way in. */
    @JsonCreator
    public KeyResultOverrideDto {
    }
}
