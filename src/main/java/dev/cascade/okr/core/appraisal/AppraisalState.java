package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.validation.WireCode;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where one appraisal is: not started, self-assessed, assessed by the manager, signed off, appealed, appeal resolved.
 *
 * <p>Self- and manager assessment may be redone before the next step; {@link #SIGNED_OFF} (when no appeal comes)
 * and {@link #APPEAL_RESOLVED} are final.
 */
public enum AppraisalState {
    /** Nothing recorded yet. */
    NOT_STARTED,
    /** The person appraised has scored themselves. */
    SELF_ASSESSED,
    /** The manager has given the process score, comment and suggestion. */
    MANAGER_ASSESSED,
    /** The person appraised has acknowledged the result; the appeal window runs from here. */
    SIGNED_OFF,
    /** The person appraised has appealed, with a reason. */
    APPEALED,
    /** A reviewer other than the assessing manager has upheld or revised the result. */
    APPEAL_RESOLVED;

    /** The states this one may move to (a state may list itself: a step redone). */
    public Set<AppraisalState> next() {
        return switch (this) {
            case NOT_STARTED -> EnumSet.of(SELF_ASSESSED);
            case SELF_ASSESSED -> EnumSet.of(SELF_ASSESSED, MANAGER_ASSESSED);
            case MANAGER_ASSESSED -> EnumSet.of(MANAGER_ASSESSED, SIGNED_OFF);
            case SIGNED_OFF -> EnumSet.of(APPEALED);
            case APPEALED -> EnumSet.of(APPEAL_RESOLVED);
            case APPEAL_RESOLVED -> EnumSet.noneOf(AppraisalState.class);
        };
    }

    /** Whether the move to {@code target} is allowed. */
    public boolean canMoveTo(AppraisalState target) {
        return next().contains(target);
    }

    /** The i18n key of the state's name, e.g. {@code cascade.appraisal.state.signed-off}. */
    public String i18nKey() {
        return "cascade.appraisal.state." + WireCode.of(this);
    }
}
