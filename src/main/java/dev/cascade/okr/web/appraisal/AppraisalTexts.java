package dev.cascade.okr.web.appraisal;

import dev.cascade.okr.core.appraisal.AchievementOverride;
import dev.cascade.okr.core.appraisal.Composite;
import dev.cascade.okr.core.appraisal.GoalAchievement;
import dev.cascade.okr.core.appraisal.KeyResultAchievement;
import dev.cascade.okr.core.appraisal.PersonAppraisal;
import dev.cascade.okr.core.appraisal.PersonComposite;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.web.Translator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;

/**
 * The sentences that explain an appraisal's figures in the reader's language: core gives the figures and the
 * arithmetic (numbers and symbols only), this class only puts them into translated words; it computes nothing. The
 * REST answers and the appraisal pages say them alike.
 */
public final class AppraisalTexts {

    private AppraisalTexts() {
    }

    /** How the goal's achievement rate was derived, or why there is none. */
    public static String achievement(GoalAchievement achievement, Translator i18n) {
        if (achievement.keyResults().isEmpty()) {
            return i18n.text("cascade.appraisal.achievement.text.no-key-results");
        }
        StringBuilder text = new StringBuilder(i18n.text("cascade.appraisal.achievement.text",
                achievement.explanation()));
        if (achievement.equalWeights()) {
            text.append(' ').append(i18n.text("cascade.appraisal.achievement.text.equal-weights"));
        }
        if (!achievement.isComplete()) {
            String titles = achievement.keyResults().stream()
                    .filter(line -> achievement.missing().contains(line.keyResultId()))
                    .map(KeyResultAchievement::title).collect(Collectors.joining(", "));
            text.append(' ').append(i18n.text("cascade.appraisal.achievement.text.missing", titles));
        }
        return text.toString();
    }

    /** The composite's arithmetic, naming the manager's override of the achievement rate and its reason. */
    public static String composite(Composite composite, Translator i18n) {
        if (composite.override().isEmpty()) {
            return i18n.text("cascade.appraisal.composite.text", composite.explanation());
        }
        AchievementOverride override = composite.override().get();
        String computed = override.computedRate() == null ? "?" : percent(override.computedRate());
        return i18n.text("cascade.appraisal.composite.text.override", percent(override.rate()), computed,
                override.reason(), composite.explanation());
    }

    /** A person's composite over their goals in a sentence, saying where the weights came from. */
    public static String person(PersonAppraisal appraisal, Translator i18n) {
        PersonComposite composite = appraisal.composite().orElse(null);
        if (composite == null) {
            return i18n.text("cascade.appraisal.person.text.no-goals");
        }
        String count = String.valueOf(appraisal.goals().size());
        String types = i18n.text("cascade.appraisal.person.text.types",
                appraisal.typeWeights().get(GoalType.RESULT).percent().stripTrailingZeros().toPlainString(),
                appraisal.typeWeights().get(GoalType.PROCESS).percent().stripTrailingZeros().toPlainString(),
                appraisal.typeWeights().get(GoalType.DEVELOPMENT).percent().stripTrailingZeros().toPlainString());
        StringBuilder text = new StringBuilder(i18n.text("cascade.appraisal.person.text."
                + appraisal.weightSource().code(), count, composite.explanation()));
        text.append(' ').append(types);
        if (!composite.isComplete()) {
            text.append(' ').append(i18n.text("cascade.appraisal.person.text.incomplete",
                    composite.incompleteGoals().stream().map(i -> appraisal.goals().get(i).title())
                            .collect(Collectors.joining(", "))));
        }
        return text.toString();
    }

    /** A fraction as per-cent with at most two decimals: 0.96 is {@code 96%}, 1.055 is {@code 105.5%}. */
    public static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }
}
