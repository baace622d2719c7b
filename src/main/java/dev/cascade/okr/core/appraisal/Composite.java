package dev.cascade.okr.core.appraisal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One goal's composite score (0–100) with its inputs, its two parts, its grade and the arithmetic that produced it;
 * or, while an input is missing, an explicit incomplete state that names the missing inputs (never a silent 0).
 *
 * <p>Made by {@link CompositePolicy#goalComposite}. Units: the achievement rate is a fraction at the rate scale
 * ({@link dev.cascade.okr.core.model.Rates}; 1.15 = 115%, not capped); the parts are points out of 100, scale 2;
 * the score is scale 1. Invariant: complete exactly when both inputs are present, and then score and grade are
 * present.
 */
public final class Composite {

    private final BigDecimal achievementRate;
    private final Integer processScore;
    private final BigDecimal resultsPoints;
    private final BigDecimal processPoints;
    private final BigDecimal score;
    private final Grade grade;
    private final String explanation;
    private final AchievementOverride override;

    Composite(BigDecimal achievementRate, Integer processScore, BigDecimal resultsPoints, BigDecimal processPoints,
            BigDecimal score, Grade grade, String explanation, AchievementOverride override) {
        boolean complete = achievementRate != null && processScore != null;
        if ((achievementRate == null) != (resultsPoints == null) || (processScore == null) != (processPoints == null)
                || complete != (score != null) || complete != (grade != null)) {
            throw new IllegalArgumentException("inconsistent composite: rate " + achievementRate + ", process "
                    + processScore + ", score " + score + ", grade " + grade);
        }
        this.achievementRate = achievementRate;
        this.processScore = processScore;
        this.resultsPoints = resultsPoints;
        this.processPoints = processPoints;
        this.score = score;
        this.grade = grade;
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        if (override != null && (achievementRate == null || !override.rate().equals(achievementRate))) {
            throw new IllegalArgumentException("an override's rate is the composite's rate: " + override + ", "
                    + achievementRate);
        }
        this.override = override;
    }

    /**
     * The manager's rate in place of the computed one, with its reason, when the rate was overridden; the rate of
     * this composite is then the override's.
     */
    public Optional<AchievementOverride> override() {
        return Optional.ofNullable(override);
    }

    /** Whether both inputs are known, so there is a score and a grade. */
    public boolean isComplete() {
        return score != null;
    }

    /** The inputs still missing; empty when complete. */
    public Set<CompositeInput> missing() {
        Set<CompositeInput> missing = EnumSet.noneOf(CompositeInput.class);
        if (achievementRate == null) {
            missing.add(CompositeInput.ACHIEVEMENT_RATE);
        }
        if (processScore == null) {
            missing.add(CompositeInput.PROCESS_SCORE);
        }
        return Set.copyOf(missing);
    }

    /** Actual ÷ target as a fraction, not capped (1.15 = 115%), when known. */
    public Optional<BigDecimal> achievementRate() {
        return Optional.ofNullable(achievementRate);
    }

    /** The process score on the scheme's scale, when given. */
    public OptionalInt processScore() {
        return processScore == null ? OptionalInt.empty() : OptionalInt.of(processScore);
    }

    /** The points results contribute: resultsWeight × achievement used × 100, scale 2; when the rate is known. */
    public Optional<BigDecimal> resultsPoints() {
        return Optional.ofNullable(resultsPoints);
    }

    /** The points the process score contributes: processWeight × score × 100 ÷ max, scale 2; when it is known. */
    public Optional<BigDecimal> processPoints() {
        return Optional.ofNullable(processPoints);
    }

    /**
     * The composite, 0–100, scale 1.
     *
     * @throws IllegalStateException when incomplete: ask {@link #isComplete()} first
     */
    public BigDecimal score() {
        if (score == null) {
            throw new IllegalStateException("composite incomplete, missing " + missing());
        }
        return score;
    }

    /**
     * The grade the score earns under the scheme it was computed with.
     *
     * @throws IllegalStateException when incomplete: ask {@link #isComplete()} first
     */
    public Grade grade() {
        if (grade == null) {
            throw new IllegalStateException("composite incomplete, missing " + missing());
        }
        return grade;
    }

    /**
     * The inputs and the arithmetic, in numbers and symbols only, e.g.
     * {@code 70% × min(96.0%, 100%) + 30% × (4 × 20) = 67.20 + 24.00 = 91.2}; a missing input and the unknown result
     * are {@code ?}.
     */
    public String explanation() {
        return explanation;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Composite that && Objects.equals(achievementRate, that.achievementRate)
                && Objects.equals(processScore, that.processScore) && Objects.equals(score, that.score)
                && grade == that.grade && explanation.equals(that.explanation)
                && Objects.equals(override, that.override);
    }

    @Override
    public int hashCode() {
        return Objects.hash(achievementRate, processScore, score, grade, explanation, override);
    }

    @Override
    public String toString() {
        return "Composite[" + explanation + (grade == null ? "" : " " + grade) + "]";
    }
}
