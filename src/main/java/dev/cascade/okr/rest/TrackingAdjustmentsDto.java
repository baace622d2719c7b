package dev.cascade.okr.rest;

import dev.cascade.okr.core.tracking.AdjustmentHistory;
import dev.cascade.okr.core.tracking.TargetAdjustment;
import dev.cascade.okr.service.TrackingService.Adjustments;
import java.math.BigDecimal;
import java.util.List;

/**
 * A key result's target adjustments, oldest first.
 *
 * @param keyResultId the key result
 * @param version the history's version, 0 when there is none yet (send it back with a proposal or decision)
 * @param originalTarget the target the key result was set up with
 * @param currentTarget the target in force: the last approved one, else the original
 * @param adjustments every adjustment, whatever its state
 */
public record TrackingAdjustmentsDto(long keyResultId, long version, BigDecimal originalTarget,
        BigDecimal currentTarget, List<TrackingAdjustmentDto> adjustments) {

    static TrackingAdjustmentsDto of(Adjustments adjustments) {
        AdjustmentHistory history = adjustments.history().value();
        return new TrackingAdjustmentsDto(adjustments.keyResultId().value(), adjustments.history().version(),
                history.originalTarget(), history.currentTarget(),
                history.adjustments().stream().map(TrackingAdjustmentsDto::adjustment).toList());
    }

    private static TrackingAdjustmentDto adjustment(TargetAdjustment a) {
        return new TrackingAdjustmentDto(a.oldTarget(), a.newTarget(), a.reason(), a.requestedBy().key(),
                a.approver().key(), a.requestedAt().toString(), TrackingTableDto.code(a.state().name()),
                a.decidedAt().map(Object::toString).orElse(null), a.decisionComment());
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
     */
    public record TrackingAdjustmentDto(BigDecimal oldTarget, BigDecimal newTarget, String reason,
            String requestedBy, String approver, String requestedAt, String state, String decidedAt,
            String comment) {
    }
}
