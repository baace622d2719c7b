package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.Rates;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** The deviation rate (actual − planned) ÷ |planned|, its display rounding and its undefined states. */
@RunWith(Parameterized.class)
public class DeviationTest extends TableCase<DeviationTest.Amounts, DeviationTest.Shown> {

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            // name, planned, actual, rate (null = undefined), display per-cent or undefined reason
            {"甲 Q1: plan 12, actual 10", "12", "10", -1.0 / 6, "-16.7"},
            {"乙 Q3: plan 12,000, actual 15,000", "12000", "15000", 0.25, "25.0"},
            {"on plan", "12", "12", 0.0, "0.0"},
            {"actual 0 is -100%, not undefined", "10", "0", -1.0, "-100.0"},
            {"overshoot is not clamped", "10", "25", 1.5, "150.0"},
            {"negative actual below a positive plan", "10", "-5", -1.5, "-150.0"},
            {"exactly -10%", "3", "2.7", -0.1, "-10.0"},
            {"a tie rounds away from zero below plan", "2000", "1667", -0.1665, "-16.7"},
            {"a tie rounds away from zero above plan", "2000", "2333", 0.1665, "16.7"},
            {"just under a tie rounds down", "20000", "16671", -0.16645, "-16.6"},
            {"negative plan, better than planned", "-10", "-5", 0.5, "50.0"},
            {"negative plan, worse than planned", "-10", "-15", -0.5, "-50.0"},
            {"tiny plan, huge actual", "0.000001", "1000000000000000", 1.000000000000000e21,
                "99999999999999999999900.0"},
            {"decimals in plan and actual", "7.912088", "7.2", (7.2 - 7.912088) / 7.912088, "-9.0"},
            {"planned 0 with an actual", "0", "5", null, "NOTHING_PLANNED"},
            {"planned 0 and actual 0", "0.000", "0", null, "NOTHING_PLANNED"},
            {"no actual", "12", null, null, "NO_ACTUAL"},
            {"planned 0 and no actual names the missing actual", "0", null, null, "NO_ACTUAL"},
        });
    }

    public DeviationTest(String name, String planned, String actual, Double rate, String display) {
        super(new Amounts(dec(planned), dec(actual)), new Shown(rate, display));
    }

    @Test
    public void shouldComputeRateAndDisplayWhenGivenPlannedAndActual() {
        Deviation deviation = Deviation.of(given.planned(), given.actual());

        if (expected.rate() == null) {
            assertFalse(deviation.isDefined());
            assertEquals(NoDeviationReason.valueOf(expected.display()), deviation.reason());
        } else {
            assertTrue(deviation.isDefined());
            // exact to the rate scale: within the old relative tolerance plus half a unit in the 6th decimal
            assertEquals(expected.rate(), deviation.rate().doubleValue(), Math.abs(expected.rate()) * 1e-12 + 5e-7);
            assertEquals(Rates.SCALE, deviation.rate().scale());
            assertEquals(dec(expected.display()), deviation.percentForDisplay());
        }
    }

    @Test
    public void shouldNeverLeakNaNOrZeroWhenUndefined() {
        Deviation deviation = Deviation.of(given.planned(), given.actual());

        if (!deviation.isDefined()) {
            try {
                deviation.rate();
                throw new AssertionError("rate() must refuse an undefined deviation, got a number");
            } catch (IllegalStateException expected) {
                // the caller is forced to ask isDefined() first
            }
        } else {
            assertEquals(Rates.SCALE, deviation.rate().scale());
        }
    }

    /** The planned and actual amounts; either may be missing. */
    record Amounts(BigDecimal planned, BigDecimal actual) {
    }

    /** The rate as a fraction, {@code null} where undefined, and the per-cent shown or the reason there is none. */
    record Shown(Double rate, String display) {
    }
}
