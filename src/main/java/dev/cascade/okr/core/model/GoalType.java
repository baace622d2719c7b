package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.WireCode;

/** What a goal is about; a person's goals are weighted by type. */
public enum GoalType {
    /** An outcome to reach (revenue, customers). */
    RESULT,
    /** How the work is done (behaviour, process). */
    PROCESS,
    /** The person's own growth (skills, training). */
    DEVELOPMENT;

    /** The i18n key of the type's name, e.g. {@code cascade.goal-type.result}. */
    public String messageKey() {
        return "cascade.goal-type." + WireCode.of(this);
    }
}
