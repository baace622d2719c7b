package dev.cascade.okr.core.appraisal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.Rates;
import java.math.BigDecimal;
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
public class CompositePolicyTest extends TableCase<CompositePolicyTest.Inputs, CompositePolicyTest.Incomplete> {

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

    public CompositePolicyTest(String name, AppraisalScheme scheme, Double rate, Integer score,
            String expectedViolations, Set<CompositeInput> expectedMissing, String expectedExplanation) {
        super(new Inputs(scheme, rate, score), new Incomplete(expectedViolations, expectedMissing,
                expectedExplanation));
    }

    @Test
    public void shouldBeIncompleteOrRefusedWhenAnInputIsMissingOrWrong() {
        BigDecimal rate = given.rate() == null ? null : Rates.fraction(given.rate());
        var result = new CompositePolicy().goalComposite(given.scheme(), rate, given.score());

        assertEquals(expected.violations(), Findings.of(result.violations()));
        if (expected.missing() == null) {
            assertFalse(result.isValid());
            return;
        }
        Composite composite = result.value();
        assertFalse(composite.isComplete());
        assertEquals(expected.missing(), composite.missing());
        assertEquals(expected.explanation(), composite.explanation());
        assertThrows(IllegalStateException.class, composite::score);
        assertThrows(IllegalStateException.class, composite::grade);
        assertEquals(given.rate() == null, composite.resultsPoints().isEmpty());
        assertEquals(given.score() == null, composite.processPoints().isEmpty());
    }

    /** The scheme and the two inputs of a goal's composite, either of which may be missing. */
    record Inputs(AppraisalScheme scheme, Double rate, Integer score) {
    }

    /** The findings, what is missing ({@code null} where refused) and the explanation of the incomplete composite. */
    record Incomplete(String violations, Set<CompositeInput> missing, String explanation) {
    }
}
