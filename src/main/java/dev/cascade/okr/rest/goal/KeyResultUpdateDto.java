package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.service.goal.GoalInput;
import java.math.BigDecimal;

/**
 * The body of {@code PUT /key-results/{id}}: the whole key result as it should be, at the version it was read.
 *
 * @param version the version the change is based on
 * @param title required, at most 255 characters
 * @param weight per-cent, 0 to 100 with at most two decimals
 * @param measure how it is measured
 */
public record KeyResultUpdateDto(@JsonProperty("version") Long version, @JsonProperty("title") String title,
        @JsonProperty("weight") BigDecimal weight, @JsonProperty("measure") GoalMeasureDto measure) {

    /** Jackson's way in. */
    @JsonCreator
    public KeyResultUpdateDto {
    }

    GoalInput.KeyResultInput toInput() {
        return new GoalInput.KeyResultInput(title, weight, measure == null ? null : measure.toInput());
    }
}
