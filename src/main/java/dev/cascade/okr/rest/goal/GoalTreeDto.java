package dev.cascade.okr.rest.goal;

import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.rest.http.WireCodes;
import dev.cascade.okr.service.kernel.GoalTree;
import java.util.List;

/**
 * One goal of a cascade tree in JSON, with its rolled-up progress and the visible goals aligned below it.
 *
 * @param id the goal's id
 * @param version its version
 * @param title its title
 * @param level its level key
 * @param ownerKey its owner
 * @param lifecycle draft, confirmed, active or closed
 * @param progress its rolled-up progress
 * @param coverage the share (0 to 1) of its input weight that had data
 * @param children the visible goals aligned to it
 * @param zone its zone from its own key results' zones (see the goal model)
 * @param closedAt when it was closed, ISO-8601; {@code null} unless closed (its progress is then the one at closing)
 */
public record GoalTreeDto(long id, long version, String title, String level, String ownerKey, String lifecycle,
        ProgressDto progress, double coverage, List<GoalTreeDto> children, String zone, String closedAt) {

    static GoalTreeDto of(GoalTree tree) {
        Objective o = tree.goal().objective();
        return new GoalTreeDto(o.id().value(), tree.goal().version(), o.title(), o.levelKey(), o.owner().key(),
                WireCodes.of(o.lifecycle()), ProgressDto.of(tree.progress()), tree.coverage(),
                tree.children().stream().map(GoalTreeDto::of).toList(), tree.goal().zone().jsonName(),
                tree.goal().closed().map(c -> c.at().toString()).orElse(null));
    }
}
