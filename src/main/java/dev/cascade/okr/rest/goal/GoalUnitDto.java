package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.service.goal.GoalInput;
import java.util.List;

/**
 * A goal's organisational unit: exactly one of a project key or a group name.
 *
 * @param project the Jira project key
 * @param group the group name
 */
public record GoalUnitDto(@JsonProperty("project") String project, @JsonProperty("group") String group) {

    /** Jackson's way in. */
    @JsonCreator
    public GoalUnitDto {
    }

    /** The units as the service reads them; {@code null} stays {@code null}, a {@code null} entry too. */
    static List<GoalInput.UnitInput> toInputs(List<GoalUnitDto> units) {
        return units == null ? null : units.stream()
                .map(u -> u == null ? null : new GoalInput.UnitInput(u.project(), u.group())).toList();
    }

    static GoalUnitDto of(OrgUnit unit) {
        return unit instanceof OrgUnit.Project p ? new GoalUnitDto(p.key(), null)
                : new GoalUnitDto(null, ((OrgUnit.Group) unit).name());
    }
}
