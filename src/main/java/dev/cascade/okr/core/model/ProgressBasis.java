package dev.cascade.okr.core.model;

/**
 * How an issue-driven key result turns linked issues into progress.
 *
 * <p>Constant names are stored in databases: never rename one, add a new one instead.
 */
public enum ProgressBasis {

    /** The share of linked issues whose status is in the Done category. */
    ISSUE_COUNT_DONE,

    /** The share of the linked issues' story points that sit on Done issues; unestimated issues weigh nothing. */
    STORY_POINTS_DONE,

    /** Partial credit: each issue counts with the weight of its status category ({@link StatusWeights}). */
    STATUS_WEIGHTED,

    /** The sum of a numeric field over Done issues, measured from 0 towards a target. */
    NUMERIC_FIELD
}
