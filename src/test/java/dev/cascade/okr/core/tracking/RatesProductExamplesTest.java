package dev.cascade.okr.core.tracking;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.model.Rates;
import dev.cascade.okr.core.progress.AchievementRate;
import java.math.BigDecimal;
import org.junit.Test;

/** The PRODUCT.md figures as the rates core carries them: exact BigDecimal fractions, 6 decimals, half up. */
public class RatesProductExamplesTest {

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    public void shouldGive96PercentExactlyWhen48Of50() {
        AchievementRate rate = AchievementRate.of(Rates.ratio(dec("48"), dec("50")));

        assertEquals(dec("0.960000"), rate.rate());
        assertEquals(dec("96.0"), Rates.percentForDisplay(rate.rate()));
        assertEquals(96, rate.percent());
    }

    @Test
    public void shouldGive115PercentExactlyWhen23000Of20000() {
        AchievementRate rate = AchievementRate.of(Rates.ratio(dec("23000"), dec("20000")));

        assertEquals(dec("1.150000"), rate.rate());
        assertEquals(dec("115.0"), Rates.percentForDisplay(rate.rate()));
    }

    @Test
    public void shouldDropBinaryNoiseWhenAShareArrivesAsADouble() {
        assertEquals(dec("0.960000"), AchievementRate.of(0.9600000000000001).rate());
    }

    @Test
    public void shouldGiveTheDeviationsOfTheProductExamplesExactly() {
        assertDeviation("12", "10", "-0.166667", "-16.7");
        assertDeviation("12000", "15000", "0.250000", "25.0");
        // plan 8 / 15 / 17 / 10: Q1 actual 6, Q2 actual 16
        assertDeviation("8", "6", "-0.250000", "-25.0");
        assertDeviation("15", "16", "0.066667", "6.7");
    }

    private static void assertDeviation(String planned, String actual, String rate, String percent) {
        Deviation deviation = Deviation.of(dec(planned), dec(actual));

        assertEquals(dec(rate), deviation.rate());
        assertEquals(dec(percent), deviation.percentForDisplay());
        assertEquals(dec(percent), Rates.percentForDisplay(deviation.rate()));
    }
}
