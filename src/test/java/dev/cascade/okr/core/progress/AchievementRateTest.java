package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import org.junit.Test;

/** The achievement rate: unclamped when defined, explicit when not, never NaN. */
public class AchievementRateTest {

    @Test
    public void shouldKeepOvershootWhenDefined() {
        assertEquals(new BigDecimal("1.150000"), AchievementRate.of(1.15).rate());
        assertEquals(new BigDecimal("0.960000"), AchievementRate.of(0.9600000000000001).rate());
        assertEquals(115, AchievementRate.of(23000.0 / 20000).percent());
        assertEquals(96, AchievementRate.of(0.96).percent());
        assertEquals(-60, AchievementRate.of(-0.6).percent());
    }

    @Test
    public void shouldRefuseRateAndPercentWhenUndefined() {
        AchievementRate undefined = AchievementRate.undefined(AchievementRate.Undefined.ZERO_TARGET);

        assertFalse(undefined.isDefined());
        assertEquals(AchievementRate.Undefined.ZERO_TARGET, undefined.reason());
        assertThrows(IllegalStateException.class, undefined::rate);
        assertThrows(IllegalStateException.class, undefined::percent);
        assertThrows(IllegalStateException.class, () -> AchievementRate.of(1).reason());
    }

    @Test
    public void shouldRejectWhenNotFinite() {
        assertThrows(IllegalArgumentException.class, () -> AchievementRate.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> AchievementRate.of(Double.NEGATIVE_INFINITY));
    }

    @Test
    public void shouldCompareByValueOrReasonWhenEqual() {
        assertEquals(AchievementRate.of(0.0), AchievementRate.of(-0.0));
        assertEquals(AchievementRate.undefined(AchievementRate.Undefined.NO_DATA),
                AchievementRate.undefined(AchievementRate.Undefined.NO_DATA));
        assertNotEquals(AchievementRate.undefined(AchievementRate.Undefined.NO_DATA),
                AchievementRate.undefined(AchievementRate.Undefined.ZERO_ACTUAL));
        assertNotEquals(AchievementRate.of(1.0), AchievementRate.of(1.15));
    }
}
