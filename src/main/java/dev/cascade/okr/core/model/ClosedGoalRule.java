package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A closed goal is frozen: every change to it, its key results, their progress, check-ins and overrides is refused
 * with {@link ViolationCode#GOAL_CLOSED} naming the goal. Moving it back is reopening, which only an administrator
 * does with a reason ({@link #checkReason}).
 */
public final class ClosedGoalRule {

    /** The field a refusal names: the goal's state is what stops the change. */
    public static final String FIELD = "lifecycle";
    /** The longest reason for reopening a goal or clearing a manual progress, in characters. */
    public static final int MAX_REASON = 1000;
    /** The longest title shown in a refusal. */
    private static final int SHOWN_TITLE = 60;

    private ClosedGoalRule() {
    }

    /** The refusal of a change to this goal, when it is frozen; empty when it may change. */
    public static Optional<Violation> refuseChange(Objective goal) {
        if (!goal.lifecycle().isFrozen()) {
            return Optional.empty();
        }
        String title = goal.title().length() <= SHOWN_TITLE ? goal.title()
                : goal.title().substring(0, SHOWN_TITLE) + "\u2026";
        return Optional.of(Violation.of(ViolationCode.GOAL_CLOSED, FIELD, String.valueOf(goal.id().value()),
                title));
    }

    /**
     * The violations of a reason a person gave (for reopening a goal or clearing a manual progress): required, not
     * blank, at most {@value #MAX_REASON} characters after trimming, no control characters but line feed and tab.
     */
    public static List<Violation> checkReason(String reason, String field) {
        List<Violation> violations = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            violations.add(Violation.of(ViolationCode.REASON_REQUIRED, field));
        } else if (reason.strip().length() > MAX_REASON) {
            violations.add(Violation.of(ViolationCode.REASON_TOO_LONG, field, String.valueOf(MAX_REASON)));
        } else if (reason.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            violations.add(Violation.of(ViolationCode.TEXT_CONTROL_CHARACTERS, field));
        }
        return violations;
    }
}
