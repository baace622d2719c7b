package dev.cascade.okr.core.model;

import static org.junit.Assert.assertEquals;

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
public class WeightPolicyTest {

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

    private final List<Weight> weights;
    private final Lifecycle lifecycle;
    private final Severity severity;
    private final String sum;

    public WeightPolicyTest(int[] basisPoints, Lifecycle lifecycle, Severity severity, String sum) {
        this.weights = Arrays.stream(basisPoints).mapToObj(Weight::new).toList();
        this.lifecycle = lifecycle;
        this.severity = severity;
        this.sum = sum;
    }

    @Test
    public void shouldFlagSumOtherThanHundredWhenChecked() {
        List<Violation> found = new WeightPolicy().checkSum(weights, lifecycle, "keyResults");

        if (severity == null) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(List.of(new Violation(ViolationCode.WEIGHTS_NOT_100, "keyResults", List.of(sum), severity)),
                    found);
        }
    }
}
