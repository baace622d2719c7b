package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Optional;
import org.junit.Test;

/** Deviation as a value: normalised amounts, equality and the guards around it. */
public class DeviationValueTest {

    @Test
    public void shouldBeEqualWhenAmountsDifferOnlyInTrailingZeros() {
        assertEquals(Deviation.of(dec("12"), dec("10")), Deviation.of(dec("12.000"), dec("1E+1")));
        assertEquals(Optional.of(dec("10")), Deviation.of(dec("12"), dec("10.00")).actual());
        assertEquals("12000", Deviation.of(dec("1.2E+4"), dec("15000")).planned().toString());
    }

    @Test
    public void shouldRefuseDisplayAndReasonWhenInTheWrongState() {
        assertThrows(IllegalStateException.class, () -> Deviation.of(dec("12"), null).percentForDisplay());
        assertThrows(IllegalStateException.class, () -> Deviation.of(dec("12"), dec("10")).reason());
    }

    @Test
    public void shouldRejectWhenRateWouldOverflowADouble() {
        assertThrows(IllegalArgumentException.class, () -> Deviation.of(dec("1E-400"), dec("1E+400")));
    }

    @Test
    public void shouldRejectWhenPlannedIsMissing() {
        assertThrows(NullPointerException.class, () -> Deviation.of(null, dec("1")));
    }
}
