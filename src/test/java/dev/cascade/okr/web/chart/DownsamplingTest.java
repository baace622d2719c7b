package dev.cascade.okr.web.chart;

import static dev.cascade.okr.web.chart.ChartFixtures.day;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Thinning keeps what a reader looks for: the first and the last point, the lowest and the highest, in order. */
@RunWith(Parameterized.class)
public class DownsamplingTest {

    @Parameters(name = "{0} points")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {{201}, {202}, {365}, {1000}, {1098}, {5000}});
    }

    private final int size;

    public DownsamplingTest(int size) {
        this.size = size;
    }

    /** A jagged series: a deep dip early, a peak late, and a last value that is neither. */
    private List<ChartPoint> series() {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            long value = (i * 37L) % 101;
            if (i == size / 7) {
                value = -500;
            }
            if (i == size * 5 / 6) {
                value = 9000;
            }
            points.add(new ChartPoint(day("2026-01-01").plusDays(i), BigDecimal.valueOf(value)));
        }
        points.set(size - 1, new ChartPoint(points.get(size - 1).day(), new BigDecimal("42")));
        return points;
    }

    @Test
    public void shouldKeepFirstLastAndExtremesInOrderWhenThinningToTwoHundred() {
        List<ChartPoint> points = series();
        List<ChartPoint> kept = Downsampling.keep(points, Downsampling.MAX_POINTS);

        assertTrue(kept.size() + " kept", kept.size() <= Downsampling.MAX_POINTS);
        assertEquals(points.get(0), kept.get(0));
        assertEquals(points.get(size - 1), kept.get(kept.size() - 1));
        assertTrue(kept.contains(points.stream().min(Comparator.comparing(ChartPoint::value)).orElseThrow()));
        assertTrue(kept.contains(points.stream().max(Comparator.comparing(ChartPoint::value)).orElseThrow()));
        for (int i = 1; i < kept.size(); i++) {
            assertTrue("day order at " + i, kept.get(i).day().isAfter(kept.get(i - 1).day()));
        }
        assertTrue(points.containsAll(kept));
    }

    @Test
    public void shouldGiveTheSeriesBackWhenItIsShortEnough() {
        List<ChartPoint> points = series().subList(0, 200);
        assertSame(points, Downsampling.keep(points, Downsampling.MAX_POINTS));
    }

    @Test
    public void shouldRefuseWhenAskedToKeepFewerThanFourPoints() {
        assertThrows(IllegalArgumentException.class, () -> Downsampling.keep(series(), 3));
    }
}
