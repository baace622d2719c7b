package dev.cascade.okr.rest.appraisal;

import com.atlassian.sal.api.message.I18nResolver;
import dev.cascade.okr.core.appraisal.PersonAppraisal;
import dev.cascade.okr.core.appraisal.PersonComposite;
import dev.cascade.okr.core.appraisal.PersonGoal;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.rest.appraisal.AppraisalDto.AppraisalCompositeDto;
import dev.cascade.okr.web.appraisal.AppraisalTexts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's composite over their goals of a period, as core computed it, with the weights used and why.
 *
 * @param person the person (user key)
 * @param periodStart the period's first day
 * @param periodEnd the period's last day
 * @param weightSource {@code given} (the goals' weights in the person's set), {@code equal-missing} (equal weights
 *     because a goal has none) or {@code equal-not-100} (equal weights because the given ones do not sum to 100%)
 * @param typeWeights per goal type ({@code result}, {@code process}, {@code development}) the sum of its goals'
 *     weights, per-cent; together 100 when there are goals
 * @param goals every goal counted, with the weight used and its composite
 * @param complete whether every weighted goal has a composite, so there is a score and a grade
 * @param incompleteGoals the ids of goals whose composite is still incomplete
 * @param score 0–100, one decimal, or {@code null} while incomplete or without goals
 * @param grade e.g. {@code good}, or {@code null}
 * @param explanation the arithmetic in numbers and symbols, or {@code null} without goals
 * @param text the same in a sentence of the caller's language, saying where the weights came from
 */
public record PersonAppraisalDto(String person, String periodStart, String periodEnd, String weightSource,
        Map<String, BigDecimal> typeWeights, List<PersonGoalDto> goals, boolean complete, List<Long> incompleteGoals,
        BigDecimal score, String grade, String explanation, String text) {

    static PersonAppraisalDto of(String person, Period period, PersonAppraisal appraisal, I18nResolver i18n) {
        Map<String, BigDecimal> types = new LinkedHashMap<>();
        appraisal.typeWeights().forEach((type, weight) -> types.put(WireCode.of(type), weight.percent()));
        List<PersonGoalDto> goals = new ArrayList<>();
        for (int i = 0; i < appraisal.goals().size(); i++) {
            PersonGoal goal = appraisal.goals().get(i);
            goals.add(new PersonGoalDto(goal.goalId(), goal.title(), WireCode.of(goal.type()),
                    appraisal.weights().get(i).percent(), goal.givenWeight().map(w -> w.percent()).orElse(null),
                    AppraisalCompositeDto.of(goal.composite(), i18n)));
        }
        PersonComposite composite = appraisal.composite().orElse(null);
        List<Long> incomplete = composite == null ? List.of()
                : composite.incompleteGoals().stream().map(i -> appraisal.goals().get(i).goalId()).toList();
        boolean complete = composite != null && composite.isComplete();
        return new PersonAppraisalDto(person, period.start().toString(), period.end().toString(),
                appraisal.weightSource().code(), types, goals, complete, incomplete,
                complete ? composite.score() : null, complete ? composite.grade().code() : null,
                composite == null ? null : composite.explanation(), AppraisalTexts.person(appraisal, i18n::getText));
    }

    /**
     * One goal of the person's set.
     *
     * @param objectiveId the goal
     * @param title its title
     * @param type {@code result}, {@code process} or {@code development}
     * @param weight the weight used, per-cent
     * @param givenWeight its weight in the person's set, or {@code null} when none was given
     * @param composite its composite: the appraisal's, or an incomplete one over the rate its evidence gives now
     */
    public record PersonGoalDto(long objectiveId, String title, String type, BigDecimal weight,
            BigDecimal givenWeight, AppraisalCompositeDto composite) {
    }
}
