package dev.cascade.okr.rest.tracking;

import dev.cascade.okr.core.tracking.AdjustmentHistory;
import dev.cascade.okr.core.tracking.TargetAdjustment;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.service.tracking.TrackingService.Adjustments;
import java.math.BigDecimal;
import java.util.List;

/**
 * A key result's target adjustments, oldest first.
 *
 * @param keyResultId the key result
 * @param version the history's version, 0 when there is none yet (send it back with a proposal or decision)
 * @param originalTarget the target the key result was set up with
 * @param currentTarget the target in force today
 * @param latestTarget the last approved target (in force today or from a later effective date), else the original:
 *     what a new proposal changes
 * @param targets the target's history: the original target ({@code from} null), then each approved target from its
 *     effective date, in order
 * @param adjustments every adjustment, whatever its state
 */
public record TrackingAdjustmentsDto(long keyResultId, long version, BigDecimal originalTarget,
        BigDecimal currentTarget, BigDecimal latestTarget, List<TargetStepDto> targets,
        List<TrackingAdjustmentDto> adjustments) {

    static TrackingAdjustmentsDto of(Adjustments adjustments) {
        AdjustmentHistory history = adjustments.history().value();
        return new TrackingAdjustmentsDto(adjustments.keyResultId().value(), adjustments.history().version(),
                history.originalTarget(), adjustments.targetToday(), history.currentTarget(),
                history.targetSteps().stream().map(step -> new TargetStepDto(
                        step.from().map(Object::toString).orElse(null), step.target())).toList(),
                history.adjustments().stream().map(TrackingAdjustmentsDto::adjustment).toList());
    }

    private static TrackingAdjustmentDto adjustment(TargetAdjustment a) {
        return new TrackingAdjustmentDto(a.oldTarget(), a.newTarget(), a.reason(), a.requestedBy().key(),
                a.approver().key(), a.requestedAt().toString(), WireCode.of(a.state()),
                a.decidedAt().map(Object::toString).orElse(null), a.decisionComment(),
                a.effectiveFrom().map(Object::toString).orElse(null),
                a.effectiveDay().map(Object::toString).orElse(null));
    }

    /**
     * One step of the target's history.
     *
     * @param from the first day, {@code YYYY-MM-DD}; {@code null} for the original target
     * @param target the target in force from then on
     */
    public record TargetStepDto(String from, BigDecimal target) {
    }

    /**
     * One adjustment.
     *
     * @param oldTarget the target it replaces
     * @param newTarget the target proposed
     * @param reason why
     * @param requestedBy who proposed it
     * @param approver who decides
     * @param requestedAt when, ISO-8601
     * @param state {@code proposed}, {@code approved} or {@code rejected}
     * @param decidedAt when it was decided, or {@code null}
     * @param comment the approver's comment
     * @param effectiveFrom the effective date proposed, or {@code null} for "from the day it is approved"
     * @param effectiveDay the first day the new target is (or was) in force once approved, or {@code null}
     */
    public record TrackingAdjustmentDto(BigDecimal oldTarget, BigDecimal newTarget, String reason,
            String requestedBy, String approver, String requestedAt, String state, String decidedAt,
            String comment, String effectiveFrom, String effectiveDay) {
    }
}
