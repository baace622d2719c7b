package dev.cascade.okr.core.progress;

/** Why a progress has no value: shown to people instead of a misleading 0%. */
public enum NoDataReason {

    /** Nothing has been computed yet. */
    NOT_COMPUTED,

    /** The linked epic has no issues to count. */
    EMPTY_EPIC,

    /** The linked epic no longer exists. */
    BROKEN_LINK,

    /** None of the parts rolled up has data. */
    NOTHING_TO_ROLL_UP
}
