package dev.cascade.okr.core.appraisal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.Rates;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.validation.Validated;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * A person's composite from weighted goal composites: weights summing to 100% (with zero weights and one goal), the
 * rounding, the explanation, incomplete goals, and refusals when the weights do not sum to 100%.
 */
@RunWith(Parameterized.class)
public class PersonCompositeTest extends TableCase<List<WeightedComposite>, PersonCompositeTest.Person> {

    private static final AppraisalScheme DEFAULTS = AppraisalScheme.defaults();
    private static final CompositePolicy POLICY = new CompositePolicy();
    /** 91.2, Good (甲). */
    private static final Composite JIA = POLICY.goalComposite(DEFAULTS, Rates.fraction(0.96), 4).value();
    /** 100.0, Excellent (乙). */
    private static final Composite YI = POLICY.goalComposite(DEFAULTS, Rates.fraction(1.15), 5).value();
    /** 82.3, Pass. */
    private static final Composite PASS = POLICY.goalComposite(DEFAULTS, Rates.fraction(10.0 / 12), 4).value();
    /** 6.0, Needs improvement. */
    private static final Composite LOW = POLICY.goalComposite(DEFAULTS, Rates.fraction(0.0), 1).value();
    /** No achievement rate yet. */
    private static final Composite PENDING = POLICY.goalComposite(DEFAULTS, null, 4).value();

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"one goal", goals(100, JIA), "", "91.2", Grade.GOOD, "100% × 91.2 = 91.20 = 91.2", ""},
            {"40/60", goals(40, JIA, 60, YI), "", "96.5", Grade.EXCELLENT,
                "40% × 91.2 + 60% × 100.0 = 36.48 + 60.00 = 96.48 ≈ 96.5", ""},
            {"50/50 rounded half-up", goals(50, JIA, 50, PASS), "", "86.8", Grade.GOOD,
                "50% × 91.2 + 50% × 82.3 = 45.60 + 41.15 = 86.75 ≈ 86.8", ""},
            {"zero weight counts nothing", goals(0, LOW, 100, YI), "", "100.0", Grade.EXCELLENT,
                "0% × 6.0 + 100% × 100.0 = 0.00 + 100.00 = 100.0", ""},
            {"three goals, two-decimal weights", goals3(), "", "65.7", Grade.NEEDS_IMPROVEMENT,
                "33.33% × 91.2 + 33.33% × 100.0 + 33.34% × 6.0 = 30.40 + 33.33 + 2.00 = 65.73 ≈ 65.7", ""},
            {"weighted goal incomplete", goals(40, PENDING, 60, YI), "", null, null,
                "40% × ? + 60% × 100.0 = ? + 60.00 = ?", "0"},
            {"zero-weight goal incomplete does not hold it back", goals(0, PENDING, 100, JIA), "", "91.2", Grade.GOOD,
                "0% × ? + 100% × 91.2 = 0.00 + 91.20 = 91.2", ""},
            {"weights sum to 90%", goals(40, JIA, 50, YI), "weights.not-100@goals:90.00", null, null, null, null},
            {"weights sum to 120%", goals(60, JIA, 60, YI), "weights.not-100@goals:120.00", null, null, null, null},
            {"all weights zero", goals(0, JIA, 0, YI), "weights.not-100@goals:0.00", null, null, null, null},
            {"no goals", List.of(), "appraisal.goals-required@goals", null, null, null, null},
            {"goals missing", null, "appraisal.goals-required@goals", null, null, null, null},
        });
    }

    private static List<WeightedComposite> goals(Object... weightsAndComposites) {
        List<WeightedComposite> goals = new ArrayList<>();
        for (int i = 0; i < weightsAndComposites.length; i += 2) {
            goals.add(new WeightedComposite(Weight.ofPercent((Integer) weightsAndComposites[i]),
                    (Composite) weightsAndComposites[i + 1]));
        }
        return goals;
    }

    private static List<WeightedComposite> goals3() {
        return List.of(new WeightedComposite(new Weight(3333), JIA), new WeightedComposite(new Weight(3333), YI),
                new WeightedComposite(new Weight(3334), LOW));
    }

    public PersonCompositeTest(String name, List<WeightedComposite> goals, String expectedViolations,
            String expectedScore, Grade expectedGrade, String expectedExplanation, String expectedIncomplete) {
        super(goals, new Person(expectedViolations, expectedScore == null ? null : new BigDecimal(expectedScore),
                expectedGrade, expectedExplanation, expectedIncomplete));
    }

    @Test
    public void shouldWeighTheGoalCompositesWhenTheWeightsSumTo100() {
        Validated<PersonComposite> result = POLICY.personComposite(DEFAULTS, given);

        assertEquals(expected.violations(), Findings.of(result.violations()));
        assertEquals(expected.explanation() != null, result.isValid());
        if (!result.isValid()) {
            return;
        }
        PersonComposite person = result.value();
        assertEquals(expected.explanation(), person.explanation());
        assertEquals(expected.incomplete(), person.incompleteGoals().stream().map(String::valueOf)
                .reduce((a, b) -> a + "," + b).orElse(""));
        assertEquals(given, person.goals());
        if (expected.score() == null) {
            assertThrows(IllegalStateException.class, person::score);
            assertThrows(IllegalStateException.class, person::grade);
        } else {
            assertTrue(person.isComplete());
            assertEquals(expected.score(), person.score());
            assertEquals(expected.grade(), person.grade());
        }
    }

    /**
     * What the person composite must show: the findings, the score and grade ({@code null} while incomplete), the
     * explanation ({@code null} where refused) and the incomplete goals.
     */
    record Person(String violations, BigDecimal score, Grade grade, String explanation, String incomplete) {
    }
}
