package dev.cascade.okr.rest.tracking;

import java.math.BigDecimal;

/**
 * The body of {@code POST /key-results/{id}/adjustments}.
 *
 * @param version the history version read
 * @param newTarget the target proposed
 * @param reason why
 * @param approverKey the user key of who decides; not the requester
 * @param effectiveFrom the first day the new target counts, {@code YYYY-MM-DD} inside the goal's period; omitted or
 *     {@code null} for the day it is approved
 */
public record TrackingAdjustmentProposalDto(Long version, BigDecimal newTarget, String reason, String approverKey,
        String effectiveFrom) {
}
