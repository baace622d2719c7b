package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.validation.WireCode;

/** Where a target adjustment stands: proposed, then approved or rejected by its approver, once. */
public enum AdjustmentState {

    /** Waiting for the approver. */
    PROPOSED,
    /** Approved: its new target is in force. */
    APPROVED,
    /** Rejected: the target stays as it was. */
    REJECTED;

    /** The i18n key of this state's name. */
    public String messageKey() {
        return "cascade.tracking.adjustment." + WireCode.of(this);
    }
}
