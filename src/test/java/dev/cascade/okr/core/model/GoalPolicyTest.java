package dev.cascade.okr.core.model;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.validation.Validated;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Lifecycle moves of a whole objective: what a draft may still get wrong, and what confirmation demands. */
@RunWith(Parameterized.class)
public class GoalPolicyTest extends TableCase<GoalPolicyTest.Move, String> {

    private static final KeyResult NPS = keyResult(1, "Raise NPS from 30 to 45", 70,
            new MetricMeasure(Direction.INCREASE, new BigDecimal("30"), TargetTiers.of(new BigDecimal("45")), ""));
    private static final KeyResult EPIC = keyResult(2, "Ship self-service onboarding", 30,
            IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(new WorkLink.Epic("CASC-1"))));
    private static final KeyResult VAGUE = keyResult(3, "Improve onboarding", 30,
            IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(new WorkLink.Epic("CASC-1"))));
    private static final KeyResult LIGHT = keyResult(4, "Ship 3 guides", 20,
            IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(new WorkLink.Epic("CASC-8"))));

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"confirm a sound goal", "team", List.of(NPS, EPIC), Lifecycle.DRAFT, Lifecycle.CONFIRMED, ""},
            {"activate a confirmed goal", "team", List.of(NPS, EPIC), Lifecycle.CONFIRMED, Lifecycle.ACTIVE, ""},
            {"draft with weights off: warning only", "team", List.of(NPS, LIGHT), Lifecycle.CONFIRMED,
                Lifecycle.DRAFT, "warning weights.not-100@keyResults[90.00]"},
            {"confirm with weights off", "team", List.of(NPS, LIGHT), Lifecycle.DRAFT, Lifecycle.CONFIRMED,
                "error weights.not-100@keyResults[90.00]"},
            {"confirm without key results", "team", List.of(), Lifecycle.DRAFT, Lifecycle.CONFIRMED,
                "error key-results.required@keyResults[]"},
            {"confirm at an unknown level", "division", List.of(NPS, EPIC), Lifecycle.DRAFT, Lifecycle.CONFIRMED,
                "error level.unknown@level[division]"},
            {"vague key result warns, does not stop", "team", List.of(NPS, VAGUE), Lifecycle.DRAFT,
                Lifecycle.CONFIRMED, "warning smart.vague-wording@keyResults[1].title[Improve]"},
            {"closed goal cannot reopen", "team", List.of(NPS, EPIC), Lifecycle.CLOSED, Lifecycle.ACTIVE,
                "error lifecycle.transition-invalid@lifecycle[cascade.lifecycle.closed, cascade.lifecycle.active]"},
            {"draft cannot skip confirmation", "team", List.of(NPS, EPIC), Lifecycle.DRAFT, Lifecycle.ACTIVE,
                "error lifecycle.transition-invalid@lifecycle[cascade.lifecycle.draft, cascade.lifecycle.active]"},
        });
    }

    public GoalPolicyTest(String name, String level, List<KeyResult> keyResults, Lifecycle from, Lifecycle to,
            String expected) {
        super(new Move(level, keyResults, from, to), expected);
    }

    @Test
    public void shouldAnswerTheStatedFindingsWhenGoalMovesInItsLifecycle() {
        Objective objective = new Objective(new ObjectiveId(7), "Customers onboard themselves", null,
                new UserRef("alice"), given.level(), Period.year(2026), new OrgUnit.Project("CASC"), GoalType.RESULT,
                given.from(), Visibility.EVERYONE, false, given.keyResults(), GoalDetails.NONE);

        Validated<Objective> moved = new GoalPolicy(LevelScheme.defaults()).moveTo(objective, given.to());

        assertEquals(expected, moved.violations().stream()
                .map(v -> v.severity().name().toLowerCase() + " " + v.code().code() + "@" + v.field() + v.args())
                .collect(Collectors.joining("; ")));
        assertEquals(moved.errors().isEmpty(), moved.isValid());
        if (moved.isValid()) {
            assertEquals(given.to(), moved.value().lifecycle());
        }
    }

    private static KeyResult keyResult(long id, String title, int weightPercent,
            dev.cascade.okr.core.model.Measure measure) {
        return new KeyResult(new KeyResultId(id), title, Weight.ofPercent(weightPercent), measure,
                Progress.noData(NoDataReason.NOT_COMPUTED), null);
    }

    /** A goal of a level with its key results, moving from one state to another. */
    record Move(String level, List<KeyResult> keyResults, Lifecycle from, Lifecycle to) {
    }
}
