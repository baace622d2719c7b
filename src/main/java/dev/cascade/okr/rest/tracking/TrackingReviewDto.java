package dev.cascade.okr.rest.tracking;

import dev.cascade.okr.core.tracking.Deviation;
import dev.cascade.okr.core.tracking.QuarterlyReviewRow;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.service.tracking.TrackingService.Review;
import dev.cascade.okr.service.tracking.TrackingService.ReviewLine;
import java.math.BigDecimal;
import java.util.List;

/**
 * The quarterly review of one goal: core's rows for its planned key results and the notes written for the quarter.
 *
 * @param objectiveId the goal
 * @param quarter the quarter, cut to the goal's period
 * @param version the notes' version, 0 when none were written (send it back with a change)
 * @param subjectiveCauses causes within the team's control
 * @param objectiveCauses causes outside it
 * @param improvement what will be done better
 * @param nextQuarterAdjustment what changes next quarter
 * @param updatedBy who wrote the notes last, or {@code null}
 * @param updatedAt when, ISO-8601, or {@code null}
 * @param rows one per planned key result
 */
public record TrackingReviewDto(long objectiveId, TrackingPeriodDto quarter, long version, String subjectiveCauses,
        String objectiveCauses, String improvement, String nextQuarterAdjustment, String updatedBy, String updatedAt,
        List<TrackingReviewRowDto> rows) {

    static TrackingReviewDto of(Review review) {
        return new TrackingReviewDto(review.goal().id().value(), TrackingPeriodDto.of(review.quarter()),
                review.version(), review.notes().subjectiveCauses(), review.notes().objectiveCauses(),
                review.notes().improvement(), review.notes().nextQuarterAdjustment(),
                review.record().map(r -> r.updatedBy().key()).orElse(null),
                review.record().map(r -> r.updatedAt().toString()).orElse(null),
                review.rows().stream().map(TrackingReviewDto::row).toList());
    }

    private static TrackingReviewRowDto row(ReviewLine line) {
        QuarterlyReviewRow row = line.row();
        Deviation deviation = row.deviation();
        return new TrackingReviewRowDto(line.keyResult().id().value(), row.objectiveTitle(), row.quarterTarget(),
                row.actual().orElse(null), deviation.isDefined() ? deviation.percentForDisplay() : null,
                deviation.isDefined() ? null : WireCode.of(deviation.reason()));
    }

    /**
     * One key result's review row.
     *
     * @param keyResultId the key result
     * @param title its title
     * @param quarterTarget what was planned for the quarter
     * @param actual what was achieved in it, or {@code null}
     * @param deviationPercent the deviation in per-cent, one decimal, or {@code null}
     * @param noDeviationReason why there is none, or {@code null}
     */
    public record TrackingReviewRowDto(long keyResultId, String title, BigDecimal quarterTarget, BigDecimal actual,
            BigDecimal deviationPercent, String noDeviationReason) {
    }
}
