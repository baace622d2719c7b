package dev.cascade.okr.rest.tracking;

import dev.cascade.okr.service.tracking.ProgressSeriesService.DayProgress;
import dev.cascade.okr.service.tracking.ProgressSeriesService.Series;
import java.math.BigDecimal;
import java.util.List;

/**
 * A daily progress series for a chart: a key result's, from its snapshots, or a goal's rolled-up progress.
 *
 * @param from the first day of the range, {@code YYYY-MM-DD}
 * @param to the last day of the range
 * @param points one per day with data, oldest first
 */
public record ProgressHistoryDto(String from, String to, List<PointDto> points) {

    static ProgressHistoryDto of(Series series) {
        return new ProgressHistoryDto(series.from().toString(), series.to().toString(),
                series.days().stream().map(ProgressHistoryDto::point).toList());
    }

    private static PointDto point(DayProgress day) {
        boolean known = day.progress().hasData();
        return new PointDto(day.day().toString(), known ? day.progress().fraction() : null,
                known ? day.progress().percent() : null, known && day.progress().isManual(),
                known ? null : day.progress().reason().name(), day.value().orElse(null));
    }

    /**
     * One day.
     *
     * @param date the day, {@code YYYY-MM-DD}, as of its end (UTC)
     * @param progress the progress as a fraction 0 to 1, or {@code null} when that day had no data
     * @param percent the same in whole per-cent, or {@code null}
     * @param manual whether the progress was a manual override that day
     * @param noDataReason why there was no progress, or {@code null}
     * @param value a key result's value that day in its own unit (Done issues, story points, credited issues, the
     *     field's sum, or the checked-in value), or {@code null} when unknown and always for a goal
     */
    public record PointDto(String date, Double progress, Integer percent, boolean manual, String noDataReason,
            BigDecimal value) {
    }
}
