package dev.cascade.okr.core.appraisal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.Rates;
import dev.cascade.okr.core.model.Weight;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * The goal composite over many (achievement rate, process score) pairs: zero, exactly the cap, above the cap, the
 * ends of the scale, non-terminating steps, half-up rounding of the parts and of the total, and the explanation of
 * each.
 */
@RunWith(Parameterized.class)
public class GoalCompositeTest extends TableCase<GoalCompositeTest.Inputs, GoalCompositeTest.Graded> {

    private static final AppraisalScheme DEFAULTS = AppraisalScheme.defaults();
    private static final AppraisalScheme CAP_120 = SchemeBuilder.defaults().cap("1.20").build();
    private static final AppraisalScheme SCALE_0_10 = SchemeBuilder.defaults().scale(0, 10).build();
    private static final AppraisalScheme SCALE_1_3 = SchemeBuilder.defaults().weights(60, 40).scale(1, 3).build();
    private static final AppraisalScheme RESULTS_ONLY = SchemeBuilder.defaults().weights(100, 0).build();
    private static final AppraisalScheme THIRDS =
            SchemeBuilder.defaults().weights(new Weight(3333), new Weight(6667)).build();

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"nothing achieved, lowest score", DEFAULTS, 0.0, 1, "6.0", Grade.NEEDS_IMPROVEMENT,
                "70% × min(0.0%, 100%) + 30% × (1 × 20) = 0.00 + 6.00 = 6.0"},
            {"nothing achieved, top score", DEFAULTS, 0.0, 5, "30.0", Grade.NEEDS_IMPROVEMENT,
                "70% × min(0.0%, 100%) + 30% × (5 × 20) = 0.00 + 30.00 = 30.0"},
            {"half achieved, middle score", DEFAULTS, 0.5, 3, "53.0", Grade.NEEDS_IMPROVEMENT,
                "70% × min(50.0%, 100%) + 30% × (3 × 20) = 35.00 + 18.00 = 53.0"},
            {"exactly the cap, lowest score", DEFAULTS, 1.0, 1, "76.0", Grade.PASS,
                "70% × min(100.0%, 100%) + 30% × (1 × 20) = 70.00 + 6.00 = 76.0"},
            {"exactly the cap, top score", DEFAULTS, 1.0, 5, "100.0", Grade.EXCELLENT,
                "70% × min(100.0%, 100%) + 30% × (5 × 20) = 70.00 + 30.00 = 100.0"},
            {"above the cap counts as the cap", DEFAULTS, 1.5, 3, "88.0", Grade.GOOD,
                "70% × min(150.0%, 100%) + 30% × (3 × 20) = 70.00 + 18.00 = 88.0"},
            {"甲 (published 92)", DEFAULTS, 0.96, 4, "91.2", Grade.GOOD,
                "70% × min(96.0%, 100%) + 30% × (4 × 20) = 67.20 + 24.00 = 91.2"},
            {"乙 (published 98)", DEFAULTS, 1.15, 5, "100.0", Grade.EXCELLENT,
                "70% × min(115.0%, 100%) + 30% × (5 × 20) = 70.00 + 30.00 = 100.0"},
            {"10 of 12: rate shown to 0.01%, total rounded", DEFAULTS, 10.0 / 12, 4, "82.3", Grade.PASS,
                "70% × min(83.33%, 100%) + 30% × (4 × 20) = 58.33 + 24.00 = 82.33 ≈ 82.3"},
            {"total rounded half-up", DEFAULTS, 0.935, 1, "71.5", Grade.PASS,
                "70% × min(93.5%, 100%) + 30% × (1 × 20) = 65.45 + 6.00 = 71.45 ≈ 71.5"},
            {"part rounded half-up, then total up to the Excellent band", DEFAULTS, 0.9279, 5, "95.0",
                Grade.EXCELLENT, "70% × min(92.79%, 100%) + 30% × (5 × 20) = 64.95 + 30.00 = 94.95 ≈ 95.0"},
            {"just below the Excellent band", DEFAULTS, 0.9277, 5, "94.9", Grade.GOOD,
                "70% × min(92.77%, 100%) + 30% × (5 × 20) = 64.94 + 30.00 = 94.94 ≈ 94.9"},
            {"negative rate earns no result points but keeps the process points", DEFAULTS, -0.25, 4, "24.0",
                Grade.NEEDS_IMPROVEMENT, "70% × max(-25.0%, 0%) + 30% × (4 × 20) = 0.00 + 24.00 = 24.0"},
            {"cap 120%: above it", CAP_120, 1.5, 1, "90.0", Grade.GOOD,
                "70% × min(150.0%, 120%) + 30% × (1 × 20) = 84.00 + 6.00 = 90.0"},
            {"cap 120%: inside it", CAP_120, 1.1, 3, "95.0", Grade.EXCELLENT,
                "70% × min(110.0%, 120%) + 30% × (3 × 20) = 77.00 + 18.00 = 95.0"},
            {"cap 120%: 乙 over 100 is held at 100", CAP_120, 1.15, 5, "100.0", Grade.EXCELLENT,
                "70% × min(115.0%, 120%) + 30% × (5 × 20) = 80.50 + 30.00 = min(110.50, 100) = 100.0"},
            {"scale 0-10: zero", SCALE_0_10, 1.0, 0, "70.0", Grade.PASS,
                "70% × min(100.0%, 100%) + 30% × (0 × 10) = 70.00 + 0.00 = 70.0"},
            {"scale 0-10: top", SCALE_0_10, 0.8, 10, "86.0", Grade.GOOD,
                "70% × min(80.0%, 100%) + 30% × (10 × 10) = 56.00 + 30.00 = 86.0"},
            {"scale 1-3: a third of 100 per step", SCALE_1_3, 0.9, 1, "67.3", Grade.NEEDS_IMPROVEMENT,
                "60% × min(90.0%, 100%) + 40% × (1 × 100 ÷ 3) = 54.00 + 13.33 = 67.33 ≈ 67.3"},
            {"scale 1-3: top", SCALE_1_3, 0.9, 3, "94.0", Grade.GOOD,
                "60% × min(90.0%, 100%) + 40% × (3 × 100 ÷ 3) = 54.00 + 40.00 = 94.0"},
            {"results only", RESULTS_ONLY, 0.95, 1, "95.0", Grade.EXCELLENT,
                "100% × min(95.0%, 100%) + 0% × (1 × 20) = 95.00 + 0.00 = 95.0"},
            {"weights with decimals", THIRDS, 0.5, 3, "56.7", Grade.NEEDS_IMPROVEMENT,
                "33.33% × min(50.0%, 100%) + 66.67% × (3 × 20) = 16.67 + 40.00 = 56.67 ≈ 56.7"},
        });
    }

    public GoalCompositeTest(String name, AppraisalScheme scheme, double rate, int score, String expectedScore,
            Grade expectedGrade, String expectedExplanation) {
        super(new Inputs(scheme, rate, score), new Graded(new BigDecimal(expectedScore), expectedGrade,
                expectedExplanation));
    }

    private Composite composite() {
        return new CompositePolicy().goalComposite(given.scheme(), Rates.fraction(given.rate()), given.score()).value();
    }

    @Test
    public void shouldScoreGradeAndExplainWhenBothInputsAreKnown() {
        Composite composite = composite();

        assertTrue(composite.isComplete());
        assertEquals(expected.score(), composite.score());
        assertEquals(expected.grade(), composite.grade());
        assertEquals(expected.explanation(), composite.explanation());
    }

    @Test
    public void shouldShowPartsThatAddUpToTheExplainedSumWhenComplete() {
        Composite composite = composite();
        BigDecimal sum = composite.resultsPoints().orElseThrow().add(composite.processPoints().orElseThrow());

        assertEquals(2, composite.resultsPoints().orElseThrow().scale());
        assertEquals(2, composite.processPoints().orElseThrow().scale());
        assertEquals(expected.score(), Arithmetic.total(sum));
        assertEquals(Rates.fraction(given.rate()), composite.achievementRate().orElseThrow());
        assertEquals(given.score(), composite.processScore().orElseThrow());
    }

    /** The scheme, the achievement rate as a fraction and the process score. */
    record Inputs(AppraisalScheme scheme, double rate, int score) {
    }

    /** The composite score, the grade and the explanation the composite must show. */
    record Graded(BigDecimal score, Grade grade, String explanation) {
    }
}
