package dev.cascade.okr.core.model;

/** What a goal is about; a person's goals are weighted by type. */
public enum GoalType {
    /** An outcome to reach (revenue, customers). */
    RESULT,
    /** How the work is done (behaviour, process). */
    PROCESS,
    /** The person's own growth (skills, training). */
    DEVELOPMENT
}
