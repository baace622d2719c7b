package dev.cascade.okr.rest.appraisal;

import com.atlassian.sal.api.message.I18nResolver;
import dev.cascade.okr.core.appraisal.GoalAchievement;
import dev.cascade.okr.core.appraisal.KeyResultAchievement;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.rest.http.RequestNumbers;
import dev.cascade.okr.web.appraisal.AppraisalTexts;
import java.math.BigDecimal;
import java.util.List;

/**
 * A goal's achievement rate as core derived it from its key results' evidence, every line shown; nothing here is
 * computed again.
 *
 * @param complete whether the rate is known
 * @param rate the weighted rate as a fraction (1.055 = 105.5%), not capped, or {@code null} while unknown
 * @param equalWeights whether every key result weighs 0 and they were counted equally
 * @param missing the ids of key results that count but have no rate yet
 * @param keyResults one line per key result, in the goal's order
 * @param explanation the weighting in numbers and symbols, e.g. {@code 50% × 96.0% + 50% × 115.0% = 105.5%}
 * @param text the same in a sentence of the caller's language, naming what is missing
 */
public record AppraisalAchievementDto(boolean complete, BigDecimal rate, boolean equalWeights, List<Long> missing,
        List<AppraisalAchievementLineDto> keyResults, String explanation, String text) {

    static AppraisalAchievementDto of(GoalAchievement achievement, I18nResolver i18n) {
        return new AppraisalAchievementDto(achievement.isComplete(),
                RequestNumbers.json(achievement.rate().orElse(null)), achievement.equalWeights(),
                achievement.missing(), achievement.keyResults().stream().map(AppraisalAchievementLineDto::of).toList(),
                achievement.explanation(), AppraisalTexts.achievement(achievement, i18n::getText));
    }

    /**
     * One key result's line.
     *
     * @param keyResultId the key result
     * @param title its title when the figures were read
     * @param weight its weight in the goal, per-cent
     * @param basis how actual and target were read: {@code metric-increase}, {@code metric-decrease}, {@code band},
     *     {@code milestone}, {@code issue-count-done}, {@code story-points-done}, {@code status-weighted},
     *     {@code numeric-field}
     * @param actual the measured value, or {@code null} when nothing was measured
     * @param target the value that counts as 100%, or {@code null} (a band, or issues not counted yet)
     * @param bandLow a band's low end, else {@code null}
     * @param bandHigh a band's high end, else {@code null}
     * @param rate actual ÷ target (target ÷ actual for a decrease) as a fraction, or {@code null}
     * @param undefined why there is no rate ({@code no-data}, {@code zero-target}, {@code zero-actual},
     *     {@code negative-value}), else {@code null}
     * @param explanation e.g. {@code 48 ÷ 50 = 96.0%}
     */
    public record AppraisalAchievementLineDto(long keyResultId, String title, BigDecimal weight, String basis,
            BigDecimal actual, BigDecimal target, BigDecimal bandLow, BigDecimal bandHigh, BigDecimal rate,
            String undefined, String explanation) {

        static AppraisalAchievementLineDto of(KeyResultAchievement line) {
            return new AppraisalAchievementLineDto(line.keyResultId(), line.title(),
                    line.weight().percent(), line.basis().code(), line.actual(), line.target(),
                    line.bandLow(), line.bandHigh(),
                    line.rate().isDefined() ? RequestNumbers.json(line.rate().rate()) : null,
                    line.rate().isDefined() ? null : WireCode.of(line.rate().reason()), line.explanation());
        }
    }
}
