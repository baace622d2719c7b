package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.validation.Validated;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** The shape rules of a plan's values: one per sub-period, present, at most 10^15 and six decimals. */
@RunWith(Parameterized.class)
public class PlanValidationTest extends TableCase<PlanValidationTest.Entered, String> {

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"four quarters", PlanGranularity.QUARTER, Arrays.asList("12", "15", "17", "10"), ""},
            {"zeros are a plan", PlanGranularity.QUARTER, Arrays.asList("0", "0", "0", "0"), ""},
            {"negative increments for a falling metric", PlanGranularity.QUARTER,
                Arrays.asList("-10", "-10", "-5", "0"), ""},
            {"largest and six decimals", PlanGranularity.QUARTER,
                Arrays.asList("1000000000000000", "-1000000000000000", "0.000001", "1.1000000"), ""},
            {"twelve months", PlanGranularity.MONTH, Arrays.asList("1", "1", "1", "1", "1", "1", "1", "1", "1", "1",
                "1", "1"), ""},
            {"no values", PlanGranularity.QUARTER, null, "plan.values-count@plan.values[4,0]"},
            {"three values for four quarters", PlanGranularity.QUARTER, Arrays.asList("1", "2", "3"),
                "plan.values-count@plan.values[4,3]"},
            {"quarterly values for months", PlanGranularity.MONTH, Arrays.asList("1", "2", "3", "4"),
                "plan.values-count@plan.values[12,4]"},
            {"missing value", PlanGranularity.QUARTER, Arrays.asList("12", null, "17", "10"),
                "plan.value-required@plan.values[1][]"},
            {"too large", PlanGranularity.QUARTER, Arrays.asList("1000000000000000.000001", "1", "1", "1"),
                "amount.too-large@plan.values[0][1000000000000000]"},
            {"too small", PlanGranularity.QUARTER, Arrays.asList("1", "1", "1", "-1000000000000001"),
                "amount.too-large@plan.values[3][1000000000000000]"},
            {"seven decimals", PlanGranularity.QUARTER, Arrays.asList("1", "0.0000001", "1", "1"),
                "amount.too-many-decimals@plan.values[1][6]"},
            {"every bad value is named", PlanGranularity.QUARTER, Arrays.asList(null, "1", "0.1234567", null),
                "plan.value-required@plan.values[0][],amount.too-many-decimals@plan.values[2][6],"
                    + "plan.value-required@plan.values[3][]"},
        });
    }

    public PlanValidationTest(String name, PlanGranularity granularity, List<String> values, String expected) {
        super(new Entered(granularity, values), expected);
    }

    @Test
    public void shouldNameEveryBadValueWhenValidating() {
        List<String> entered = given.values();
        List<BigDecimal> amounts = entered == null ? null
                : entered.stream().map(v -> v == null ? null : dec(v)).toList();
        Validated<Plan> plan = Plan.of(Period.year(2024), given.granularity(), amounts);

        String found = String.join(",", plan.violations().stream()
                .map(v -> v.code().code() + "@" + v.field() + v.args().toString().replace(", ", ","))
                .toList());
        assertEquals(expected, found);
        assertEquals(expected.isEmpty(), plan.isValid());
    }

    /** The granularity and the values as entered, {@code null} for a missing list or value. */
    record Entered(PlanGranularity granularity, List<String> values) {
    }
}
