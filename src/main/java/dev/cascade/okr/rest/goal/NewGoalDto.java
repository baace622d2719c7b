package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.service.goal.GoalInput;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /goals}: a whole objective, created as a draft.
 *
 * @param title required
 * @param description optional
 * @param ownerKey the owner's user key; the caller when missing
 * @param level a configured level key, e.g. team
 * @param period the period
 * @param unit a project or a group
 * @param type result (default), process or development
 * @param visibility members (default), everyone or private
 * @param rollsUpFromChildren whether aligned children count in its progress (default no)
 * @param keyResults its key results
 * @param category strategic, operational, financial, customer, process or learning-growth; none when missing
 * @param departments the responsible departments, each a project or a group; none when missing
 * @param supportNeeded the support the owner needs (所需支持); none when missing
 * @param weight the goal's weight in its owner's goals of the period, 0 to 100; none when missing
 */
public record NewGoalDto(@JsonProperty("title") String title, @JsonProperty("description") String description,
        @JsonProperty("ownerKey") String ownerKey, @JsonProperty("level") String level,
        @JsonProperty("period") GoalPeriodDto period, @JsonProperty("unit") GoalUnitDto unit,
        @JsonProperty("type") String type, @JsonProperty("visibility") String visibility,
        @JsonProperty("rollsUpFromChildren") Boolean rollsUpFromChildren,
        @JsonProperty("keyResults") List<GoalNewKeyResultDto> keyResults, @JsonProperty("category") String category,
        @JsonProperty("departments") List<GoalUnitDto> departments, @JsonProperty("supportNeeded") String supportNeeded,
        @JsonProperty("weight") BigDecimal weight) {

    /** Jackson's way in. */
    @JsonCreator
    public NewGoalDto {
    }

    GoalInput toInput() {
        return new GoalInput(title, description, ownerKey, level, period == null ? null : period.toInput(),
                unit == null ? null : unit.project(), unit == null ? null : unit.group(), type, visibility,
                rollsUpFromChildren,
                keyResults == null ? null : keyResults.stream().map(k -> k == null ? null : k.toInput()).toList(),
                category, GoalUnitDto.toInputs(departments), supportNeeded, weight);
    }
}
