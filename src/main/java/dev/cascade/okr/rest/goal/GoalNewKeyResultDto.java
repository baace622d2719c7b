package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.service.goal.GoalInput;
import java.math.BigDecimal;

/**
 * A key result in a request body.
 *
 * @param title required, at most 255 characters
 * @param weight per-cent, 0 to 100 with at most two decimals
 * @param measure how it is measured
 */
public record GoalNewKeyResultDto(@JsonProperty("title") String title, @JsonProperty("weight") BigDecimal weight,
        @JsonProperty("measure") GoalMeasureDto measure) {

    /** Jackson's way in. */
    @JsonCreator
    public GoalNewKeyResultDto {
    }

    GoalInput.KeyResultInput toInput() {
        return new GoalInput.KeyResultInput(title, weight, measure == null ? null : measure.toInput());
    }
}
