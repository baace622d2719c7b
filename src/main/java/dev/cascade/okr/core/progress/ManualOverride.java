package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Require;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A progress a person set by hand over the computed one, with why, who and when, so it is visibly manual and
 * traceable.
 *
 * <p>Invariants: {@code 0 <= fraction <= 1}; the reason is not blank and at most {@value #MAX_REASON} characters;
 * author and time are present. People's input becomes one through {@link #of}.
 *
 * @param fraction the progress set, as a fraction (1 = 100%)
 * @param reason why the computed value was replaced
 * @param author who set it
 * @param at when it was set
 */
public record ManualOverride(BigDecimal fraction, String reason, UserRef author, Instant at) {

    /** The longest reason, in characters. */
    public static final int MAX_REASON = 1000;

    /** The field names violations are reported on. */
    public static final String VALUE_FIELD = "override.value";
    /** The field name of the reason. */
    public static final String REASON_FIELD = "override.reason";

    /** Checks the invariants. */
    public ManualOverride {
        Require.present("fraction", fraction, "reason", reason, "author", author, "at", at);
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("override must be in [0, 1]: " + fraction);
        }
        if (reason.isBlank() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("override reason must be 1 to " + MAX_REASON + " characters");
        }
    }

    /**
     * An override from what a person entered, or the violations that stop it (on {@value #VALUE_FIELD} and
     * {@value #REASON_FIELD}). The reason is kept without surrounding white space.
     *
     * @param fraction the progress wanted, a fraction from 0 to 1; {@code null} when missing
     * @param reason why; {@code null} when missing
     * @param author the signed-in person
     * @param at now, from the caller's clock
     */
    public static Validated<ManualOverride> of(BigDecimal fraction, String reason, UserRef author, Instant at) {
        List<Violation> violations = new ArrayList<>();
        if (fraction == null) {
            violations.add(Violation.of(ViolationCode.OVERRIDE_VALUE_REQUIRED, VALUE_FIELD));
        } else if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            violations.add(Violation.of(ViolationCode.OVERRIDE_VALUE_OUT_OF_RANGE, VALUE_FIELD));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(Violation.of(ViolationCode.OVERRIDE_REASON_REQUIRED, REASON_FIELD));
        } else if (reason.strip().length() > MAX_REASON) {
            violations.add(Violation.of(ViolationCode.OVERRIDE_REASON_TOO_LONG, REASON_FIELD,
                    String.valueOf(MAX_REASON)));
        }
        return violations.isEmpty()
                ? Validated.valid(new ManualOverride(fraction, reason.strip(), author, at))
                : Validated.invalid(violations);
    }

    /** The progress this override stands for, marked as manual. */
    public Progress progress() {
        return Progress.manual(fraction.doubleValue());
    }
}
