package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.WireCode;

/**
 * Why a progress has no value: shown to people instead of a misleading 0%.
 *
 * <p>Names are stored in databases: never rename one, add a new one instead. Each has the i18n key
 * {@code cascade.progress.no-data.<name in lower case with dashes>}.
 */
public enum NoDataReason {

    /** Nothing has been computed yet. */
    NOT_COMPUTED,

    /** The linked epic has no issues to count. */
    EMPTY_EPIC,

    /** The linked epic no longer exists. */
    BROKEN_LINK,

    /** None of the parts rolled up has data. */
    NOTHING_TO_ROLL_UP,

    /** A measured key result (metric, band, milestone) has no check-in yet. */
    NO_CHECK_IN,

    /** Progress is by story points, but none of the linked issues is estimated. */
    NO_ESTIMATES,

    /** Progress is by a numeric field, but none of the linked issues has a value in it. */
    NO_FIELD_VALUES,

    /** What was measured does not fit the key result's kind (e.g. issue counts for a metric), so nothing is shown. */
    MISMATCHED_OBSERVATION;

    /** The i18n key of the text people read, e.g. {@code cascade.progress.no-data.empty-epic}. */
    public String messageKey() {
        return "cascade.progress.no-data." + WireCode.of(this);
    }
}
