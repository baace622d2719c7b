package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.service.goal.GoalInput;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code PUT /goals/{id}}: the objective's own fields in full (not its key results, alignments or
 * lifecycle) and the version they were based on.
 *
 * @param version required, the version read
 * @param title required
 * @param description optional
 * @param ownerKey the owner; unchanged when missing
 * @param level a configured level key
 * @param period the period
 * @param unit a project or a group
 * @param type result (default), process or development
 * @param visibility members (default), everyone or private
 * @param rollsUpFromChildren whether aligned children count (default no)
 * @param category as on create; none when missing
 * @param departments as on create; none when missing
 * @param supportNeeded as on create; none when missing
 * @param weight as on create; none when missing
 */
public record GoalUpdateDto(@JsonProperty("version") Long version, @JsonProperty("title") String title,
        @JsonProperty("description") String description, @JsonProperty("ownerKey") String ownerKey,
        @JsonProperty("level") String level, @JsonProperty("period") GoalPeriodDto period,
        @JsonProperty("unit") GoalUnitDto unit, @JsonProperty("type") String type,
        @JsonProperty("visibility") String visibility, @JsonProperty("rollsUpFromChildren") Boolean rollsUpFromChildren,
        @JsonProperty("category") String category, @JsonProperty("departments") List<GoalUnitDto> departments,
        @JsonProperty("supportNeeded") String supportNeeded, @JsonProperty("weight") BigDecimal weight) {

    /** Jackson's way in. */
    @JsonCreator
    public GoalUpdateDto {
    }

    GoalInput toInput() {
        return new GoalInput(title, description, ownerKey, level, period == null ? null : period.toInput(),
                unit == null ? null : unit.project(), unit == null ? null : unit.group(), type, visibility,
                rollsUpFromChildren, null, category, GoalUnitDto.toInputs(departments), supportNeeded, weight);
    }
}
