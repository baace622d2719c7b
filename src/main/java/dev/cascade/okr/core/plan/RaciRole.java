package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.validation.WireCode;

/** The part a person plays in an initiative or a task (负责 / 审批 / 咨询 / 知会). */
public enum RaciRole {
    /** Does the work; at least one per item. */
    RESPONSIBLE,
    /** Approves the work and answers for it (the approver); exactly one per item. */
    ACCOUNTABLE,
    /** Is asked before decisions. */
    CONSULTED,
    /** Is told about progress and decisions. */
    INFORMED;

    /** The i18n key of the name people read, e.g. {@code cascade.raci.accountable}. */
    public String messageKey() {
        return "cascade.raci." + WireCode.of(this);
    }
}
