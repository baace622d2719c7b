package dev.cascade.okr.rest.tracking;

import dev.cascade.okr.core.tracking.CheckInDue;
import dev.cascade.okr.core.tracking.Deviation;
import dev.cascade.okr.core.tracking.TrackingRow;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.rest.http.RequestNumbers;
import dev.cascade.okr.service.tracking.TrackingService.TrackingLine;
import dev.cascade.okr.service.tracking.TrackingService.TrackingTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The tracking table of one goal for a quarter or month (PRODUCT.md table 4).
 *
 * @param objectiveId the goal
 * @param period the year, quarter or month, cut to the goal's period
 * @param rows one per key result
 */
public record TrackingTableDto(long objectiveId, TrackingPeriodDto period, List<TrackingRowDto> rows) {

    static TrackingTableDto of(TrackingTable table) {
        return new TrackingTableDto(table.goal().id().value(), TrackingPeriodDto.of(table.period()),
                table.lines().stream().map(TrackingTableDto::row).toList());
    }

    private static TrackingRowDto row(TrackingLine line) {
        Optional<TrackingRow> row = line.row();
        Optional<Deviation> deviation = row.map(TrackingRow::deviation);
        boolean defined = deviation.map(Deviation::isDefined).orElse(false);
        CheckInDue due = line.due();
        return new TrackingRowDto(line.keyResult().id().value(), line.keyResult().keyResult().title(),
                row.map(r -> r.who().key()).orElse(null), row.isPresent(), row.map(TrackingRow::planned).orElse(null),
                row.map(TrackingRow::periodPlan).orElse(null),
                line.actual().orElse(null),
                defined ? RequestNumbers.json(deviation.get().rate()) : null,
                defined ? deviation.get().percentForDisplay() : null,
                deviation.filter(d -> !d.isDefined()).map(d -> WireCode.of(d.reason())).orElse(null),
                WireCode.of(line.paceStatus()), row.map(TrackingRow::cause).orElse(""),
                row.map(TrackingRow::adjustment).orElse(""), row.map(r -> r.owner().key()).orElse(null),
                row.flatMap(TrackingRow::updatedOn).map(Object::toString).orElse(null),
                due.nextDue().map(Object::toString).orElse(null), due.isOverdue(), due.daysOverdue(),
                WireCode.of(due.cadence()));
    }

    /**
     * One key result's row.
     *
     * @param keyResultId the key result
     * @param goal the key result's title
     * @param who whose goal it is
     * @param planned whether the key result has a plan; without one, status is judged by pace and there is no
     *     deviation
     * @param plannedValue the amount planned for the period up to today, counting today (the period's plan pro-rated
     *     by elapsed days; the whole plan once the period has ended); the deviation and status compare with it
     * @param periodPlan the amount planned for the whole period
     * @param actual the amount achieved in the period, or {@code null} when nothing was reported
     * @param deviationRate (actual − planned) ÷ |planned| as a fraction, or {@code null} when undefined
     * @param deviationPercent the same in per-cent, one decimal, as shown (−16.7), or {@code null}
     * @param noDeviationReason {@code no-actual} or {@code nothing-planned} when the rate is undefined
     * @param status {@code on-track}, {@code at-risk}, {@code off-track} or {@code no-data}
     * @param cause the latest check-in's problems in the period
     * @param adjustment the latest check-in's solutions in the period
     * @param owner who follows it up
     * @param updatedOn the date of the latest check-in in the period
     * @param nextCheckInDue when the next check-in is due, or {@code null} when none is
     * @param overdue whether it is overdue
     * @param daysOverdue by how many days
     * @param cadence {@code weekly}, {@code biweekly} or {@code monthly}
     */
    public record TrackingRowDto(long keyResultId, String goal, String who, boolean planned, BigDecimal plannedValue,
            BigDecimal periodPlan, BigDecimal actual, BigDecimal deviationRate, BigDecimal deviationPercent,
            String noDeviationReason,
            String status, String cause, String adjustment, String owner, String updatedOn, String nextCheckInDue,
            boolean overdue, long daysOverdue, String cadence) {
    }
}
