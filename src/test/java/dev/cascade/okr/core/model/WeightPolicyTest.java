package dev.cascade.okr.core.model;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.validation.Severity;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Weights must sum to 100%: an error once confirmed, a warning on drafts. */
@RunWith(Parameterized.class)
public class WeightPolicyTest extends TableCase<WeightPolicyTest.Weights, WeightPolicyTest.Finding> {

    @Parameters(name = "{0} {1} -> {2} {3}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {new int[] {7000, 3000}, Lifecycle.CONFIRMED, null, null},
            {new int[] {3333, 3333, 3334}, Lifecycle.ACTIVE, null, null},
            {new int[] {10000}, Lifecycle.DRAFT, null, null},
            {new int[] {}, Lifecycle.CONFIRMED, null, null},
            {new int[] {5000, 4000}, Lifecycle.DRAFT, Severity.WARNING, "90.00"},
            {new int[] {5000, 4000}, Lifecycle.CONFIRMED, Severity.ERROR, "90.00"},
            {new int[] {6000, 6000}, Lifecycle.ACTIVE, Severity.ERROR, "120.00"},
            {new int[] {0, 0}, Lifecycle.CONFIRMED, Severity.ERROR, "0.00"},
            {new int[] {3333, 3333, 3333}, Lifecycle.CONFIRMED, Severity.ERROR, "99.99"},
            {new int[] {10000, 10000}, Lifecycle.CLOSED, Severity.ERROR, "200.00"},
        });
    }

    public WeightPolicyTest(int[] basisPoints, Lifecycle lifecycle, Severity severity, String sum) {
        super(new Weights(Arrays.stream(basisPoints).mapToObj(Weight::new).toList(), lifecycle),
                new Finding(severity, sum));
    }

    @Test
    public void shouldFlagSumOtherThanHundredWhenChecked() {
        List<Violation> found = new WeightPolicy().checkSum(given.weights(), given.lifecycle(), "keyResults");

        if (expected.severity() == null) {
            assertEquals(List.of(), found);
        } else {
            Violation sum = new Violation(ViolationCode.WEIGHTS_NOT_100, "keyResults", List.of(expected.sum()),
                    expected.severity());
            assertEquals(List.of(sum), found);
        }
    }

    /** The weights of a goal's key results and the state the goal is in. */
    record Weights(List<Weight> weights, Lifecycle lifecycle) {
    }

    /** How the sum is reported ({@code null} where it is fine) and the sum in per-cent. */
    record Finding(Severity severity, String sum) {
    }
}
