package dev.cascade.okr.rest;

import dev.cascade.okr.core.model.Objective;
import java.util.List;

/**
 * An objective in JSON.
 *
 * @param id its id
 * @param title its title
 * @param description its description, or {@code null}
 * @param projectKey its project
 * @param progress the roll-up of its key results
 * @param keyResults its key results
 */
public record ObjectiveDto(long id, String title, String description, String projectKey, ProgressDto progress,
        List<KeyResultDto> keyResults) {

    static ObjectiveDto of(Objective objective) {
        return new ObjectiveDto(objective.id().value(), objective.title(), objective.description(),
                objective.projectKey().orElse(null), ProgressDto.of(objective.ownProgress()),
                objective.keyResults().stream().map(KeyResultDto::of).toList());
    }
}
