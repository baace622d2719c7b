package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.Rates;
import dev.cascade.okr.core.model.TargetTiers;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Metric key results: progress (actual − start) ÷ (target − start), direction-aware and clamped; achievement rate
 * actual ÷ target (increase) or target ÷ actual (decrease), unclamped or explicitly undefined.
 */
@RunWith(Parameterized.class)
public class MetricProgressTest extends TableCase<MetricProgressTest.CheckedIn, MetricProgressTest.Evaluated> {

    private static final Direction UP = Direction.INCREASE;
    private static final Direction DOWN = Direction.DECREASE;
    private static final AchievementRate.Undefined ZERO_TARGET = AchievementRate.Undefined.ZERO_TARGET;
    private static final AchievementRate.Undefined ZERO_ACTUAL = AchievementRate.Undefined.ZERO_ACTUAL;
    private static final AchievementRate.Undefined NEGATIVE = AchievementRate.Undefined.NEGATIVE_VALUE;

    @Parameters(name = "{0}: {1} {2} -> {3}, actual {4}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            // name, direction, start, target, actual, progress, rate (Double or Undefined), zone
            {"PRODUCT.md: 48 of 50", UP, "0", "50", "48", 0.96, 0.96, Zone.BELOW_FLOOR},
            {"PRODUCT.md: 23,000 of 20,000", UP, "0", "20000", "23000", 1.0, 1.15, Zone.TARGET},
            {"exactly on target", UP, "0", "20000", "20000", 1.0, 1.0, Zone.TARGET},
            {"half way from a non-zero start", UP, "10", "20", "15", 0.5, 0.75, Zone.BELOW_FLOOR},
            {"below the start", UP, "10", "20", "5", 0.0, 0.25, Zone.BELOW_FLOOR},
            {"at the start", UP, "10", "20", "10", 0.0, 0.5, Zone.BELOW_FLOOR},
            {"thirds", UP, "0", "3", "1", 1.0 / 3, 1.0 / 3, Zone.BELOW_FLOOR},
            {"start = target, met", UP, "10", "10", "10", 1.0, 1.0, Zone.TARGET},
            {"start = target, beyond", UP, "10", "10", "12", 1.0, 1.2, Zone.TARGET},
            {"start = target, missed", UP, "10", "10", "9", 0.0, 0.9, Zone.BELOW_FLOOR},
            {"decrease half way", DOWN, "40", "10", "25", 0.5, 0.4, Zone.BELOW_FLOOR},
            {"decrease on target", DOWN, "40", "10", "10", 1.0, 1.0, Zone.TARGET},
            {"decrease overshoot", DOWN, "40", "10", "8", 1.0, 1.25, Zone.TARGET},
            {"decrease got worse", DOWN, "40", "10", "50", 0.0, 0.2, Zone.BELOW_FLOOR},
            {"decrease, start = target, met", DOWN, "5", "5", "5", 1.0, 1.0, Zone.TARGET},
            {"decrease, start = target, beyond", DOWN, "5", "5", "4", 1.0, 1.25, Zone.TARGET},
            {"decrease, start = target, missed", DOWN, "5", "5", "6", 0.0, 5.0 / 6, Zone.BELOW_FLOOR},
            {"negative range -10 -> -2", UP, "-10", "-2", "-6", 0.5, NEGATIVE, Zone.BELOW_FLOOR},
            {"negative range met", UP, "-10", "-2", "-2", 1.0, NEGATIVE, Zone.TARGET},
            {"crossing zero -5 -> 5 at 0", UP, "-5", "5", "0", 0.5, 0.0, Zone.BELOW_FLOOR},
            {"crossing zero, still negative", UP, "-5", "5", "-3", 0.2, -0.6, Zone.BELOW_FLOOR},
            {"crossing zero, overshoot", UP, "-5", "5", "6", 1.0, 1.2, Zone.TARGET},
            {"decreasing negative range -2 -> -10", DOWN, "-2", "-10", "-6", 0.5, NEGATIVE, Zone.BELOW_FLOOR},
            {"decrease crossing zero 5 -> -5", DOWN, "5", "-5", "0", 0.5, NEGATIVE, Zone.BELOW_FLOOR},
            {"increase towards 0", UP, "-10", "0", "-5", 0.5, ZERO_TARGET, Zone.BELOW_FLOOR},
            {"target 0 = start", UP, "0", "0", "0", 1.0, ZERO_TARGET, Zone.TARGET},
            {"decrease to zero", DOWN, "10", "0", "3", 0.7, ZERO_TARGET, Zone.BELOW_FLOOR},
            {"decrease, actual 0", DOWN, "10", "2", "0", 1.0, ZERO_ACTUAL, Zone.TARGET},
            {"decrease, actual negative", DOWN, "10", "2", "-1", 1.0, NEGATIVE, Zone.TARGET},
            {"decimals", UP, "0.5", "1.5", "1.25", 0.75, 1.25 / 1.5, Zone.BELOW_FLOOR},
            {"largest numbers", UP, "-1000000000000000", "1000000000000000", "1000000000000000", 1.0, 1.0,
                Zone.TARGET},
            {"absurd actual stays finite", UP, "0", "0.000001", "1e400", 1.0, AchievementRate.MAX, Zone.TARGET},
        });
    }

    public MetricProgressTest(String name, Direction direction, String start, String target, String actual,
            double progress, Object rate, Zone zone) {
        super(new CheckedIn(metric(direction, start, target), new BigDecimal(actual)),
                new Evaluated(progress, rate, zone));
    }

    private static MetricMeasure metric(Direction direction, String start, String target) {
        return new MetricMeasure(direction, new BigDecimal(start), TargetTiers.of(new BigDecimal(target)), "");
    }

    private KeyResultEvaluation evaluate() {
        return new KeyResultProgressPolicy().evaluate(given.measure(), Observation.value(given.actual()));
    }

    @Test
    public void shouldBeShareOfTheWayFromStartToTargetWhenCheckedIn() {
        KeyResultEvaluation evaluation = evaluate();

        assertEquals(expected.progress(), evaluation.progress().fraction(), 1e-12);
        assertFalse(evaluation.progress().isManual());
    }

    @Test
    public void shouldKeepAchievementRateUnclampedWhenDefined() {
        AchievementRate achievementRate = evaluate().achievementRate();

        if (expected.rate() instanceof Double rate) {
            assertEquals(Rates.fraction(rate), achievementRate.rate());
        } else if (expected.rate() instanceof BigDecimal saturated) {
            assertEquals(Rates.fraction(saturated), achievementRate.rate());
        } else {
            assertEquals(expected.rate(), achievementRate.reason());
        }
    }

    @Test
    public void shouldReachTargetZoneOnlyWhenTargetMetInItsDirection() {
        assertEquals(expected.zone(), evaluate().zone());
    }

    @Test
    public void shouldShowTheActualAsEvidenceWhenCheckedIn() {
        KeyResultEvaluation evaluation = evaluate();

        assertEquals(given.actual(), evaluation.actual().orElseThrow());
        assertEquals(Observation.value(given.actual()), evaluation.evidence());
    }

    /** A metric and the actual checked in. */
    record CheckedIn(MetricMeasure measure, BigDecimal actual) {
    }

    /**
     * What the evaluation must show: the progress as a fraction, the achievement rate (a {@code Double}, a saturated
     * {@code BigDecimal} or the reason it is undefined) and the zone reached.
     */
    record Evaluated(double progress, Object rate, Zone zone) {
    }
}
