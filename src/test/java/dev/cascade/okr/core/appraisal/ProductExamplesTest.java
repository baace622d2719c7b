package dev.cascade.okr.core.appraisal;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.model.Rates;
import java.math.BigDecimal;
import org.junit.Test;

/**
 * The worked examples of PRODUCT.md's appraisal table under the default scheme.
 *
 * <p>PRODUCT.md publishes 甲 (target 50, actual 48 → 96%, process 4) → 92, Good, and 乙 (target 20,000, actual 23,000
 * → 115%, process 5) → 98, Excellent, and says no single formula produces both. Our one documented rule (70% ×
 * min(rate, 100%) + 30% × score × 20) gives 91.2 for 甲 (0.8 below the published 92) and 100.0 for 乙 (2.0 above the
 * published 98): the grades, Good and Excellent, are the published ones. These tests assert our numbers, not the
 * published ones.
 */
public class ProductExamplesTest {

    private final CompositePolicy policy = new CompositePolicy();

    private static BigDecimal rate(int actual, int target) {
        // As the achievement rate arrives from the tracking rule: actual ÷ target at the rate scale.
        return Rates.ratio(BigDecimal.valueOf(actual), BigDecimal.valueOf(target));
    }

    @Test
    public void shouldGive91Point2AndGoodWhenAppraisingJia() {
        Composite jia = policy.goalComposite(AppraisalScheme.defaults(), rate(48, 50), 4).value();

        assertEquals(new BigDecimal("0.960000"), jia.achievementRate().orElseThrow());
        assertEquals(new BigDecimal("91.2"), jia.score());
        assertEquals(Grade.GOOD, jia.grade());
        assertEquals("70% × min(96.0%, 100%) + 30% × (4 × 20) = 67.20 + 24.00 = 91.2", jia.explanation());
    }

    @Test
    public void shouldGive100AndExcellentWhenAppraisingYi() {
        Composite yi = policy.goalComposite(AppraisalScheme.defaults(), rate(23_000, 20_000), 5).value();

        assertEquals(new BigDecimal("100.0"), yi.score());
        assertEquals(Grade.EXCELLENT, yi.grade());
        assertEquals("70% × min(115.0%, 100%) + 30% × (5 × 20) = 70.00 + 30.00 = 100.0", yi.explanation());
        assertEquals(new BigDecimal("1.150000"), yi.achievementRate().orElseThrow());
    }

    @Test
    public void shouldHoldYiAt100WhenTheCapIs120Percent() {
        AppraisalScheme cap120 = SchemeBuilder.defaults().cap("1.20").build();

        Composite yi = policy.goalComposite(cap120, rate(23_000, 20_000), 5).value();

        // 0.7 × 115 + 30 = 110.5, above the 100 a composite can reach.
        assertEquals(new BigDecimal("110.50"), yi.resultsPoints().orElseThrow().add(yi.processPoints().orElseThrow()));
        assertEquals(new BigDecimal("100.0"), yi.score());
        assertEquals(Grade.EXCELLENT, yi.grade());
        assertEquals("70% × min(115.0%, 120%) + 30% × (5 × 20) = 80.50 + 30.00 = min(110.50, 100) = 100.0",
                yi.explanation());
    }

    @Test
    public void shouldAgreeWithThePublishedGradesWhenThePublishedFiguresAreGraded() {
        AppraisalScheme scheme = AppraisalScheme.defaults();

        assertEquals(scheme.grade(new BigDecimal(92)), policy.goalComposite(scheme, rate(48, 50), 4).value().grade());
        assertEquals(scheme.grade(new BigDecimal(98)),
                policy.goalComposite(scheme, rate(23_000, 20_000), 5).value().grade());
    }
}
