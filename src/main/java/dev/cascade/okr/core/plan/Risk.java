package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.validation.Require;

/**
 * What could go wrong with an initiative or a task, how likely and serious it is, and what is done if it happens.
 *
 * <p>Invariants: a non-blank description and a level; the contingency may be {@code null}.
 *
 * @param description the risk, e.g. "the vendor delivers late"
 * @param contingency the fallback if it happens, or {@code null} when none is planned
 * @param level how serious it is
 */
public record Risk(String description, String contingency, RiskLevel level) {

    /** Checks the invariants. */
    public Risk {
        Require.present("description", description, "level", level);
        if (description.isBlank()) {
            throw new IllegalArgumentException("risk description must not be blank");
        }
    }
}
