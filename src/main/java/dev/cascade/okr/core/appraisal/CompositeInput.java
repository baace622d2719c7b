package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.validation.WireCode;

/** An input of a goal's composite score that can be missing, so the composite is shown as incomplete. */
public enum CompositeInput {
    /** Actual ÷ target is not known yet (no actual, or no data behind the key result). */
    ACHIEVEMENT_RATE,
    /** The manager has not given the process score yet. */
    PROCESS_SCORE;

    /** The i18n key that says this input is missing, e.g. {@code cascade.appraisal.missing.process-score}. */
    public String i18nKey() {
        return "cascade.appraisal.missing." + WireCode.of(this);
    }
}
