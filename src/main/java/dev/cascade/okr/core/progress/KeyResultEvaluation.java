package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.validation.Require;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything known about how far one key result has come: its progress (clamped, possibly manual), the computed
 * progress a manual value replaced, its achievement rate (not clamped), the tier reached, and the evidence.
 *
 * <p>Invariants: the computed progress is never manual; when it has no data the zone is {@link Zone#NONE} and the
 * achievement rate is undefined ({@link AchievementRate.Undefined#NO_DATA}), and when it has data the zone is not
 * {@code NONE}. A manual override replaces the progress only: rate, zone and actual stay computed from the evidence,
 * because an override is a judgement of progress, not a measured value.
 *
 * @param computedProgress the progress computed from the evidence, whether or not it was overridden
 * @param achievementRate the achievement rate (actual ÷ target for an increase), not clamped; computed from the
 *     evidence
 * @param zone the tier reached; {@link Zone#NONE} when there is no data
 * @param actual the measured value compared with the target (a check-in, or a numeric field's sum), in the key
 *     result's unit; empty for kinds without one
 * @param evidence what the values were computed from, to be shown as its evidence
 * @param override a person's manual progress with its reason, author and time; empty when computed
 */
public record KeyResultEvaluation(Progress computedProgress, AchievementRate achievementRate, Zone zone,
        Optional<BigDecimal> actual, Observation evidence, Optional<ManualOverride> override) {

    /**
     * Checks the invariants.
     *
     * @throws IllegalArgumentException when the parts break the invariants
     */
    public KeyResultEvaluation {
        Require.present("computedProgress", computedProgress, "achievementRate", achievementRate, "zone", zone,
                "actual", actual, "evidence", evidence, "override", override);
        if (computedProgress.hasData() && computedProgress.isManual()) {
            throw new IllegalArgumentException("a computed progress is not manual");
        }
        boolean consistent = computedProgress.hasData()
                ? zone != Zone.NONE
                : zone == Zone.NONE && !achievementRate.isDefined()
                        && achievementRate.reason() == AchievementRate.Undefined.NO_DATA;
        if (!consistent) {
            throw new IllegalArgumentException("inconsistent evaluation: " + computedProgress + ", "
                    + achievementRate + ", " + zone);
        }
    }

    /**
     * A computed evaluation (no manual override).
     *
     * @param actualOrNull the measured value compared with the target, or {@code null} for kinds without one
     */
    public static KeyResultEvaluation computed(Progress computedProgress, AchievementRate achievementRate, Zone zone,
            BigDecimal actualOrNull, Observation evidence) {
        return new KeyResultEvaluation(computedProgress, achievementRate, zone, Optional.ofNullable(actualOrNull),
                evidence, Optional.empty());
    }

    /** An evaluation without data, for the given reason. */
    public static KeyResultEvaluation noData(NoDataReason reason, Observation evidence) {
        return computed(Progress.noData(reason), AchievementRate.undefined(AchievementRate.Undefined.NO_DATA),
                Zone.NONE, null, evidence);
    }

    /** This evaluation with a person's manual progress over the computed one (replacing any earlier override). */
    public KeyResultEvaluation withOverride(ManualOverride manualOverride) {
        return new KeyResultEvaluation(computedProgress, achievementRate, zone, actual, evidence,
                Optional.of(Objects.requireNonNull(manualOverride, "manualOverride")));
    }

    /** The progress to show: the manual one when overridden (marked manual), else the computed one. */
    public Progress progress() {
        return override.map(ManualOverride::progress).orElse(computedProgress);
    }

    /** The computed progress a manual value replaced; empty when not overridden. */
    public Optional<Progress> replacedProgress() {
        return override.map(manual -> computedProgress);
    }

    /** Whether a person set the progress by hand. */
    public boolean isManual() {
        return override.isPresent();
    }

    @Override
    public String toString() {
        return "KeyResultEvaluation[progress=" + progress() + (isManual() ? ", computed=" + computedProgress : "")
                + ", rate=" + achievementRate + ", zone=" + zone + ", actual=" + actual.orElse(null) + ", evidence="
                + evidence + "]";
    }
}
