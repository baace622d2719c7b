package dev.cascade.okr.web.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Thins a long series for drawing: a chart of three years of daily values would otherwise carry a thousand points no
 * eye can tell apart. Keeps the first and the last point, and of the points between, the lowest and the highest of
 * each of equal runs, in day order, so the series' extremes and its current value are always drawn.
 */
final class Downsampling {

    /** The most points a series keeps. */
    static final int MAX_POINTS = 200;

    private Downsampling() {
    }

    /** {@code points} when there are at most {@code max} (at least 4), else at most {@code max} of them. */
    static List<ChartPoint> keep(List<ChartPoint> points, int max) {
        if (max < 4) {
            throw new IllegalArgumentException("keep at least 4 points, not " + max);
        }
        if (points.size() <= max) {
            return points;
        }
        int inner = points.size() - 2;
        int buckets = (max - 2) / 2;
        List<ChartPoint> kept = new ArrayList<>(max);
        kept.add(points.get(0));
        for (int b = 0; b < buckets; b++) {
            int first = 1 + (int) ((long) b * inner / buckets);
            int end = 1 + (int) ((long) (b + 1) * inner / buckets);
            int low = first;
            int high = first;
            for (int i = first + 1; i < end; i++) {
                if (points.get(i).value().compareTo(points.get(low).value()) < 0) {
                    low = i;
                }
                if (points.get(i).value().compareTo(points.get(high).value()) > 0) {
                    high = i;
                }
            }
            kept.add(points.get(Math.min(low, high)));
            if (low != high) {
                kept.add(points.get(Math.max(low, high)));
            }
        }
        kept.add(points.get(points.size() - 1));
        return kept;
    }
}
