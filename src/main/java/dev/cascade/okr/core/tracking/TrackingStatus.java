package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.validation.WireCode;

/** Whether a key result keeps to its plan, decided by {@link TrackingPolicy} from {@link TrackingThresholds}. */
public enum TrackingStatus {

    /** At or above the on-track threshold. */
    ON_TRACK,
    /** Below the on-track threshold but at or above the at-risk threshold. */
    AT_RISK,
    /** Below the at-risk threshold. */
    OFF_TRACK,
    /** Nothing reported yet, so nothing to judge. */
    NO_DATA;

    /** The i18n key of this status's name. */
    public String messageKey() {
        return "cascade.tracking.status." + WireCode.of(this);
    }
}
