package dev.cascade.okr.core.plan;

/**
 * A risk as a person submits it; any part may be missing ({@code null}). All three blank means no risk.
 *
 * @param description the risk
 * @param contingency the fallback if it happens
 * @param level how serious it is
 */
public record RiskDraft(String description, String contingency, RiskLevel level) {
}
