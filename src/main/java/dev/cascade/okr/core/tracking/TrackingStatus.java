package dev.cascade.okr.core.tracking;

/** Whether a key result keeps to its plan, decided by {@link TrackingPolicy} from {@link TrackingThresholds}. */
public enum TrackingStatus {

    /** At or above the on-track threshold. */
    ON_TRACK("cascade.tracking.status.on-track"),
    /** Below the on-track threshold but at or above the at-risk threshold. */
    AT_RISK("cascade.tracking.status.at-risk"),
    /** Below the at-risk threshold. */
    OFF_TRACK("cascade.tracking.status.off-track"),
    /** Nothing reported yet, so nothing to judge. */
    NO_DATA("cascade.tracking.status.no-data");

    private final String messageKey;

    TrackingStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of this status's name. */
    public String messageKey() {
        return messageKey;
    }
}
