package dev.cascade.okr.rest.goal;

import dev.cascade.okr.core.model.GoalCategory;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.progress.RollupNetwork;
import dev.cascade.okr.rest.http.ErrorDto;
import dev.cascade.okr.rest.http.WireCodes;
import java.math.BigDecimal;
import java.util.List;

/**
 * A goal (objective) in a response of the goals API.
 *
 * @param id its id
 * @param version its version, to send back with a change
 * @param title its title
 * @param description its description, or {@code null}
 * @param ownerKey the owner's user key
 * @param level its level key
 * @param period its period
 * @param unit its project or group
 * @param type result, process or development
 * @param lifecycle draft, confirmed, active or closed
 * @param visibility everyone, members or private
 * @param rollsUpFromChildren whether aligned children count in its progress
 * @param ownProgress the weighted progress of its own key results (the cascade endpoints add aligned children)
 * @param keyResults its key results, in order
 * @param createdBy the creator's user key
 * @param createdAt when it was created, ISO-8601
 * @param updatedBy who last changed its own fields
 * @param updatedAt when they last changed, ISO-8601
 * @param warnings findings (SMART, weights) that did not stop a write; empty on reads
 * @param category strategic, operational, financial, customer, process or learning-growth, or {@code null}
 * @param departments the responsible departments, in the order given (empty when none)
 * @param supportNeeded the support the owner needs, or {@code null}
 * @param weight the goal's weight in its owner's goals of the period in per-cent (two decimals), or {@code null}
 * @param zone the goal's zone from its key results' zones (the lowest among those with data; see the goal model)
 * @param closed when it was closed, by whom, and its rolled-up progress then; {@code null} unless closed
 * @param reopened when an administrator last reopened it, and why; {@code null} if never
 */
public record GoalDto(long id, long version, String title, String description, String ownerKey, String level,
        GoalPeriodDto period, GoalUnitDto unit, String type, String lifecycle, String visibility,
        boolean rollsUpFromChildren, ProgressDto ownProgress, List<GoalKeyResultDto> keyResults, String createdBy,
        String createdAt, String updatedBy, String updatedAt, List<ErrorDto> warnings, String category,
        List<GoalUnitDto> departments, String supportNeeded, BigDecimal weight, String zone,
        GoalClosingDto closed, GoalClosingDto reopened) {

    static GoalDto of(StoredObjective stored, List<ErrorDto> warnings) {
        Objective o = stored.objective();
        return new GoalDto(o.id().value(), stored.version(), o.title(), o.description(), o.owner().key(),
                o.levelKey(), GoalPeriodDto.of(o.period()), GoalUnitDto.of(o.unit()), WireCodes.of(o.type()),
                WireCodes.of(o.lifecycle()), WireCodes.of(o.visibility()), o.rollsUpFromChildren(),
                ProgressDto.of(RollupNetwork.ownProgress(o)),
                stored.keyResults().stream().map(GoalKeyResultDto::of).toList(),
                stored.createdBy(), stored.createdAt().toString(), stored.updatedBy(), stored.updatedAt().toString(),
                warnings, o.details().categoryIfAny().map(GoalCategory::code).orElse(null),
                o.details().departments().stream().map(GoalUnitDto::of).toList(), o.details().supportNeeded(),
                o.weight().map(Weight::percent).orElse(null), stored.zone().jsonName(),
                GoalClosingDto.of(stored.closing()), GoalClosingDto.of(stored.lastReopening()));
    }

    static GoalDto of(StoredObjective stored) {
        return of(stored, List.of());
    }
}
