package dev.cascade.okr.core.tracking;

/** Where a target adjustment stands: proposed, then approved or rejected by its approver, once. */
public enum AdjustmentState {

    /** Waiting for the approver. */
    PROPOSED("cascade.tracking.adjustment.proposed"),
    /** Approved: its new target is in force. */
    APPROVED("cascade.tracking.adjustment.approved"),
    /** Rejected: the target stays as it was. */
    REJECTED("cascade.tracking.adjustment.rejected");

    private final String messageKey;

    AdjustmentState(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of this state's name. */
    public String messageKey() {
        return messageKey;
    }
}
