package dev.cascade.okr.core.appraisal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import dev.cascade.okr.core.model.Rates;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Goal composites that cannot be computed yet (explicitly incomplete, naming what is missing) or not at all (a
 * violation): never a silent 0.
 */
@RunWith(Parameterized.class)
public class CompositePolicyTest {

    private static final AppraisalScheme DEFAULTS = AppraisalScheme.defaults();
    private static final AppraisalScheme SCALE_0_10 = SchemeBuilder.defaults().scale(0, 10).build();

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"no rate yet", DEFAULTS, null, 4, "", Set.of(CompositeInput.ACHIEVEMENT_RATE),
                "70% × min(?, 100%) + 30% × (4 × 20) = ? + 24.00 = ?"},
            {"no process score yet", DEFAULTS, 0.96, null, "", Set.of(CompositeInput.PROCESS_SCORE),
                "70% × min(96.0%, 100%) + 30% × (? × 20) = 67.20 + ? = ?"},
            {"neither", DEFAULTS, null, null, "",
                Set.of(CompositeInput.ACHIEVEMENT_RATE, CompositeInput.PROCESS_SCORE),
                "70% × min(?, 100%) + 30% × (? × 20) = ? + ? = ?"},
            {"score below the scale", DEFAULTS, 0.96, 0,
                "appraisal.process-score-out-of-range@processScore:1,5", null, null},
            {"score above the scale", DEFAULTS, 0.96, 6,
                "appraisal.process-score-out-of-range@processScore:1,5", null, null},
            {"negative score", SCALE_0_10, 0.96, -1,
                "appraisal.process-score-out-of-range@processScore:0,10", null, null},
            {"score above a 0-10 scale", SCALE_0_10, 0.96, 11,
                "appraisal.process-score-out-of-range@processScore:0,10", null, null},
            {"invalid score even when the rate is missing", DEFAULTS, null, 7,
                "appraisal.process-score-out-of-range@processScore:1,5", null, null},
        });
    }

    private final AppraisalScheme scheme;
    private final Double rate;
    private final Integer score;
    private final String expectedViolations;
    private final Set<CompositeInput> expectedMissing;
    private final String expectedExplanation;

    public CompositePolicyTest(String name, AppraisalScheme scheme, Double rate, Integer score,
            String expectedViolations, Set<CompositeInput> expectedMissing, String expectedExplanation) {
        this.scheme = scheme;
        this.rate = rate;
        this.score = score;
        this.expectedViolations = expectedViolations;
        this.expectedMissing = expectedMissing;
        this.expectedExplanation = expectedExplanation;
    }

    @Test
    public void shouldBeIncompleteOrRefusedWhenAnInputIsMissingOrWrong() {
        var result = new CompositePolicy().goalComposite(scheme, rate == null ? null : Rates.fraction(rate), score);

        assertEquals(expectedViolations, Findings.of(result.violations()));
        if (expectedMissing == null) {
            assertFalse(result.isValid());
            return;
        }
        Composite composite = result.value();
        assertFalse(composite.isComplete());
        assertEquals(expectedMissing, composite.missing());
        assertEquals(expectedExplanation, composite.explanation());
        assertThrows(IllegalStateException.class, composite::score);
        assertThrows(IllegalStateException.class, composite::grade);
        assertEquals(rate == null, composite.resultsPoints().isEmpty());
        assertEquals(score == null, composite.processPoints().isEmpty());
    }
}
