package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A manager's achievement rate in place of the one the evidence gives ({@link AchievementPolicy}), always with a
 * reason; the composite's explanation names it and keeps the computed rate beside it.
 *
 * <p>Invariants: the rate is finite; the reason is trimmed, not blank, at most {@value Texts#MAX} characters.
 *
 * @param rate the rate used instead, a fraction (0.9 = 90%), not capped
 * @param reason why the evidence is not the whole story
 * @param computedRate what the evidence gave when the override was made, or {@code null} when it gave nothing
 */
public record AchievementOverride(double rate, String reason, Double computedRate) {

    /** Checks the invariants. */
    public AchievementOverride {
        Objects.requireNonNull(reason, "reason");
        if (!Double.isFinite(rate) || reason.isBlank() || (computedRate != null && !Double.isFinite(computedRate))) {
            throw new IllegalArgumentException("invalid override: " + rate + ", '" + reason + "', " + computedRate);
        }
    }

    /**
     * An override from what a manager entered, or the violations: a rate without a reason is
     * {@code appraisal.override-reason-required} at {@code reason}; a reason without a rate is
     * {@code appraisal.override-rate-required} at {@code achievementRate}; a rate that is not finite
     * {@code appraisal.achievement-rate-invalid}. Neither given is no override (empty).
     *
     * @param rate the rate entered, or {@code null}
     * @param reason the reason entered, or {@code null}
     * @param computed what the evidence gives now
     */
    public static Validated<Optional<AchievementOverride>> of(Double rate, String reason, GoalAchievement computed) {
        Objects.requireNonNull(computed, "computed");
        List<Violation> violations = new ArrayList<>();
        boolean hasReason = reason != null && !reason.isBlank();
        if (rate == null) {
            if (hasReason) {
                violations.add(Violation.of(ViolationCode.APPRAISAL_OVERRIDE_RATE_REQUIRED, "achievementRate"));
                return Validated.invalid(violations);
            }
            return Validated.valid(Optional.empty());
        }
        if (!Double.isFinite(rate)) {
            violations.add(Violation.of(ViolationCode.APPRAISAL_ACHIEVEMENT_RATE_INVALID, "achievementRate"));
        }
        String text = Texts.check(reason, "reason", ViolationCode.APPRAISAL_OVERRIDE_REASON_REQUIRED, violations);
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        OptionalDouble now = computed.rate();
        return Validated.valid(Optional.of(
                new AchievementOverride(rate, text, now.isPresent() ? now.getAsDouble() : null)));
    }
}
