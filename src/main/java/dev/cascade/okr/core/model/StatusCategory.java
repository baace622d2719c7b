package dev.cascade.okr.core.model;

/** The three status categories every Jira workflow status belongs to. */
public enum StatusCategory {

    /** Not started (Jira key {@code new}). */
    TO_DO,

    /** Started (Jira key {@code indeterminate}). */
    IN_PROGRESS,

    /** Finished (Jira key {@code done}). */
    DONE
}
