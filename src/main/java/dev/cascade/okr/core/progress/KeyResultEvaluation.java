package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Progress;
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
 */
public final class KeyResultEvaluation {

    private final Progress computedProgress;
    private final AchievementRate achievementRate;
    private final Zone zone;
    private final BigDecimal actual;
    private final Observation evidence;
    private final ManualOverride override;

    /**
     * An evaluation from its parts.
     *
     * @param computedProgress the progress computed from the evidence
     * @param achievementRate the achievement rate computed from the evidence
     * @param zone the tier reached
     * @param actualOrNull the measured value compared with the target (a check-in, or a numeric field's sum), in
     *     the key result's unit; {@code null} for kinds without one
     * @param evidence what the values were computed from
     * @param overrideOrNull a person's manual progress, or {@code null}
     * @throws IllegalArgumentException when the parts break the invariants
     */
    public KeyResultEvaluation(Progress computedProgress, AchievementRate achievementRate, Zone zone,
            BigDecimal actualOrNull, Observation evidence, ManualOverride overrideOrNull) {
        this.computedProgress = Objects.requireNonNull(computedProgress, "computedProgress");
        this.achievementRate = Objects.requireNonNull(achievementRate, "achievementRate");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.actual = actualOrNull;
        this.override = overrideOrNull;
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

    /** An evaluation without data, for the given reason. */
    public static KeyResultEvaluation noData(NoDataReason reason, Observation evidence) {
        return new KeyResultEvaluation(Progress.noData(reason), AchievementRate.undefined(
                AchievementRate.Undefined.NO_DATA), Zone.NONE, null, evidence, null);
    }

    /** This evaluation with a person's manual progress over the computed one (replacing any earlier override). */
    public KeyResultEvaluation withOverride(ManualOverride manualOverride) {
        return new KeyResultEvaluation(computedProgress, achievementRate, zone, actual, evidence,
                Objects.requireNonNull(manualOverride, "manualOverride"));
    }

    /** The progress to show: the manual one when overridden (marked manual), else the computed one. */
    public Progress progress() {
        return override == null ? computedProgress : override.progress();
    }

    /** The progress computed from the evidence, whether or not it was overridden. */
    public Progress computedProgress() {
        return computedProgress;
    }

    /** The computed progress a manual value replaced; empty when not overridden. */
    public Optional<Progress> replacedProgress() {
        return override == null ? Optional.empty() : Optional.of(computedProgress);
    }

    /** Whether a person set the progress by hand. */
    public boolean isManual() {
        return override != null;
    }

    /** The manual override with its reason, author and time; empty when computed. */
    public Optional<ManualOverride> override() {
        return Optional.ofNullable(override);
    }

    /** The achievement rate (actual ÷ target for an increase), not clamped; computed from the evidence. */
    public AchievementRate achievementRate() {
        return achievementRate;
    }

    /** The tier reached; {@link Zone#NONE} when there is no data. */
    public Zone zone() {
        return zone;
    }

    /** The measured value compared with the target, in the key result's unit, when the kind has one. */
    public Optional<BigDecimal> actual() {
        return Optional.ofNullable(actual);
    }

    /** What the evaluation was computed from, to be shown as its evidence. */
    public Observation evidence() {
        return evidence;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyResultEvaluation that
                && computedProgress.equals(that.computedProgress) && achievementRate.equals(that.achievementRate)
                && zone == that.zone && Objects.equals(actual, that.actual) && evidence.equals(that.evidence)
                && Objects.equals(override, that.override);
    }

    @Override
    public int hashCode() {
        return Objects.hash(computedProgress, achievementRate, zone, actual, evidence, override);
    }

    @Override
    public String toString() {
        return "KeyResultEvaluation[progress=" + progress() + (isManual() ? ", computed=" + computedProgress : "")
                + ", rate=" + achievementRate + ", zone=" + zone + ", actual=" + actual + ", evidence=" + evidence
                + "]";
    }
}
