package dev.cascade.okr.rest.appraisal;

import com.atlassian.sal.api.message.I18nResolver;
import dev.cascade.okr.core.appraisal.AchievementOverride;
import dev.cascade.okr.core.appraisal.Composite;
import dev.cascade.okr.core.appraisal.GoalAchievement;
import dev.cascade.okr.core.appraisal.KeyResultAchievement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;

/**
 * The sentences that explain an appraisal's figures in the caller's language: core gives the figures and the
 * arithmetic (numbers and symbols only), this class only puts them into translated words; it computes nothing.
 */
final class AppraisalTexts {

    private AppraisalTexts() {
    }

    /** How the goal's achievement rate was derived, or why there is none. */
    static String achievement(GoalAchievement achievement, I18nResolver i18n) {
        if (achievement.keyResults().isEmpty()) {
            return i18n.getText("cascade.appraisal.achievement.text.no-key-results");
        }
        StringBuilder text = new StringBuilder(i18n.getText("cascade.appraisal.achievement.text",
                achievement.explanation()));
        if (achievement.equalWeights()) {
            text.append(' ').append(i18n.getText("cascade.appraisal.achievement.text.equal-weights"));
        }
        if (!achievement.isComplete()) {
            String titles = achievement.keyResults().stream()
                    .filter(line -> achievement.missing().contains(line.keyResultId()))
                    .map(KeyResultAchievement::title).collect(Collectors.joining(", "));
            text.append(' ').append(i18n.getText("cascade.appraisal.achievement.text.missing", titles));
        }
        return text.toString();
    }

    /** The composite's arithmetic, naming the manager's override of the achievement rate and its reason. */
    static String composite(Composite composite, I18nResolver i18n) {
        if (composite.override().isEmpty()) {
            return i18n.getText("cascade.appraisal.composite.text", composite.explanation());
        }
        AchievementOverride override = composite.override().get();
        String computed = override.computedRate() == null ? "?" : percent(override.computedRate());
        return i18n.getText("cascade.appraisal.composite.text.override", percent(override.rate()), computed,
                override.reason(), composite.explanation());
    }

    /** A fraction as per-cent with at most two decimals: 0.96 is {@code 96%}, 1.055 is {@code 105.5%}. */
    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }
}
