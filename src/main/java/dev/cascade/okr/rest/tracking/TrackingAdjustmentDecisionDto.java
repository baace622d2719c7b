package dev.cascade.okr.rest.tracking;

/**
 * The body of {@code POST /key-results/{id}/adjustments/decision}.
 *
 * @param version the history version read
 * @param approve {@code true} to approve, {@code false} to reject
 * @param comment optional
 */
public record TrackingAdjustmentDecisionDto(Long version, Boolean approve, String comment) {
}
