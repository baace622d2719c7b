package dev.cascade.okr.rest.goal;

import dev.cascade.okr.core.model.Closing;
import dev.cascade.okr.core.model.Reopening;

/**
 * When a goal was closed and what it was then ({@code closed}), or when an administrator last reopened it and why
 * ({@code reopened}).
 *
 * @param at when, ISO-8601
 * @param by the user key of who closed or reopened it
 * @param progress the rolled-up progress at closing (the goal's progress in every view while it is closed);
 *     {@code null} for a reopening
 * @param coverage the share (0 to 1) of the input weight that had data at closing; {@code null} for a reopening
 * @param reason why it was reopened; {@code null} for a closing
 */
public record GoalClosingDto(String at, String by, ProgressDto progress, Double coverage, String reason) {

    static GoalClosingDto of(Closing closing) {
        return closing == null ? null : new GoalClosingDto(closing.at().toString(), closing.by().key(),
                ProgressDto.of(closing.progress()), closing.coverage(), null);
    }

    static GoalClosingDto of(Reopening reopening) {
        return reopening == null ? null
                : new GoalClosingDto(reopening.at().toString(), reopening.by().key(), null, null, reopening.reason());
    }
}
