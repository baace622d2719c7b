package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.validation.WireCode;

/** Why a deviation rate cannot be computed: shown to people instead of a misleading 0%. */
public enum NoDeviationReason {

    /** No actual value has been reported for the period yet. */
    NO_ACTUAL,
    /** Nothing was planned for the period (planned is 0), so there is nothing to divide by. */
    NOTHING_PLANNED;

    /** The i18n key of the text shown in place of the rate. */
    public String messageKey() {
        return "cascade.tracking.deviation." + WireCode.of(this);
    }
}
