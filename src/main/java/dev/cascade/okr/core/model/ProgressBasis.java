package dev.cascade.okr.core.model;

/** How an issue-driven key result turns linked issues into progress. */
public enum ProgressBasis {

    /** The share of linked issues whose status is in the Done category. */
    ISSUE_COUNT_DONE
}
