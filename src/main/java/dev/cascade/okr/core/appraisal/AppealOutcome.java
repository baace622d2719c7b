package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.validation.WireCode;

/** How an appeal ended: the result stands, or the process score was revised and the composite recomputed. */
public enum AppealOutcome {
    /** The manager's assessment stands. */
    UPHELD,
    /** The process score was changed and the composite recomputed. */
    REVISED;

    /** The i18n key of the outcome's name, e.g. {@code cascade.appraisal.appeal-outcome.upheld}. */
    public String i18nKey() {
        return "cascade.appraisal.appeal-outcome." + WireCode.of(this);
    }
}
