package dev.cascade.okr.core.tracking;

/** Why a deviation rate cannot be computed: shown to people instead of a misleading 0%. */
public enum NoDeviationReason {

    /** No actual value has been reported for the period yet. */
    NO_ACTUAL("cascade.tracking.deviation.no-actual"),
    /** Nothing was planned for the period (planned is 0), so there is nothing to divide by. */
    NOTHING_PLANNED("cascade.tracking.deviation.nothing-planned");

    private final String messageKey;

    NoDeviationReason(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the text shown in place of the rate. */
    public String messageKey() {
        return messageKey;
    }
}
