package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.validation.WireCode;

/** How serious a risk to an initiative or task is; a {@link #HIGH} risk should come with a contingency. */
public enum RiskLevel {
    /** Unlikely or of little consequence. */
    LOW,
    /** Worth watching. */
    MEDIUM,
    /** Likely to hurt the goal if nothing is done. */
    HIGH;

    /** The i18n key of the name people read, e.g. {@code cascade.risk.high}. */
    public String messageKey() {
        return "cascade.risk." + WireCode.of(this);
    }
}
