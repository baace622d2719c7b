package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.day;
import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Optional;
import org.junit.Test;

/** The check-in value type guards its invariants against programming errors. */
public class CheckInTest {

    @Test
    public void shouldRejectWhenConfidenceIsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new CheckIn(Fixtures.KR, Optional.empty(), 0, "", "", "",
                "", Fixtures.JIA, day("2024-01-02"), Fixtures.T0));
        assertThrows(IllegalArgumentException.class, () -> new CheckIn(Fixtures.KR, Optional.empty(), 11, "", "", "",
                "", Fixtures.JIA, day("2024-01-02"), Fixtures.T0));
    }

    @Test
    public void shouldRejectWhenATextIsNull() {
        assertThrows(NullPointerException.class, () -> new CheckIn(Fixtures.KR, Optional.empty(), 5, "", null, "",
                "", Fixtures.JIA, day("2024-01-02"), Fixtures.T0));
    }

    @Test
    public void shouldBeEqualWhenValuesDifferOnlyInTrailingZeros() {
        assertEquals(Fixtures.checkIn("2024-01-02", "10", 0), Fixtures.checkIn("2024-01-02", "10.000", 0));
        assertEquals(Optional.of(dec("12000")), Fixtures.checkIn("2024-01-02", "1.2E+4", 0).value());
    }
}
