package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.Rates;
import dev.cascade.okr.core.validation.Require;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
public record AchievementOverride(BigDecimal rate, String reason, BigDecimal computedRate) {

    /** Checks the invariants and carries both rates at the rate scale. */
    public AchievementOverride {
        Require.present("rate", rate, "reason", reason);
        rate = Rates.fraction(rate);
        computedRate = computedRate == null ? null : Rates.fraction(computedRate);
        if (reason.isBlank()) {
            throw new IllegalArgumentException("invalid override: " + rate + ", '" + reason + "', " + computedRate);
        }
    }

    /**
     * An override from what a manager entered, or the violations: a rate without a reason is
     * {@code appraisal.override-reason-required} at {@code reason}; a reason without a rate is
     * {@code appraisal.override-rate-required} at {@code achievementRate}. Neither given is no override (empty). The
     * rate is rounded to the rate scale ({@link Rates}).
     *
     * @param rate the rate entered, or {@code null}
     * @param reason the reason entered, or {@code null}
     * @param computed what the evidence gives now
     */
    public static Validated<Optional<AchievementOverride>> of(BigDecimal rate, String reason,
            GoalAchievement computed) {
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
        String text = Texts.check(reason, "reason", ViolationCode.APPRAISAL_OVERRIDE_REASON_REQUIRED, violations);
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        return Validated.valid(Optional.of(new AchievementOverride(rate, text, computed.rate().orElse(null))));
    }
}
