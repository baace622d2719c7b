package dev.cascade.okr.core.validation;

/** Whether a finding stops the operation or only warns about it. */
public enum Severity {
    /** The operation is refused; nothing is stored. */
    ERROR,
    /** The operation goes ahead; the finding is shown to the person. */
    WARNING
}
