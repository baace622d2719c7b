package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How appraisals are scored and graded: the weights of results and process, the cap on achievement, the process
 * score scale, the grade bands, the advisory grade-distribution guidance and the appeal window.
 *
 * <p>Invariants: {@code resultsWeight + processWeight = 100%}; {@code 0.50 <= achievementCap <= 3.00} (a fraction,
 * whole per-cent); {@code 0 <= processScaleMin < processScaleMax <= 10}; one to three grade bands, best grade first,
 * for distinct grades other than {@link Grade#NEEDS_IMPROVEMENT}, minimum scores in (0, 100] with at most one
 * decimal and strictly falling; {@code 1 <= appealWindowDays <= 365}.
 *
 * <p>A process score {@code s} is worth {@code s × 100 ÷ processScaleMax} points out of 100 (on 1–5: 20, 40, 60, 80,
 * 100): linear from zero rather than from the scale's minimum, so that the lowest score still counts for something,
 * as the published examples (4 of 5 = 80) assume.
 *
 * @param resultsWeight the weight of results (achievement) in a goal's composite
 * @param processWeight the weight of the process score in a goal's composite
 * @param achievementCap the highest achievement rate that counts, as a fraction with scale 2 (1.00 = 100%)
 * @param processScaleMin the lowest process score
 * @param processScaleMax the highest process score; it is worth 100 points
 * @param gradeBands the grade bands, best grade first, minimum scores strictly falling
 * @param distributionMaxShares per grade, the share of a department above which the distribution check warns;
 *     absent grades have none
 * @param appealWindowDays days after sign-off in which the person appraised may appeal
 */
public record AppraisalScheme(Weight resultsWeight, Weight processWeight, BigDecimal achievementCap,
        int processScaleMin, int processScaleMax, List<GradeBand> gradeBands,
        Map<Grade, Weight> distributionMaxShares, int appealWindowDays) {

    /** The lowest cap on achievement, as a fraction. */
    public static final BigDecimal MIN_CAP = new BigDecimal("0.50");
    /** The highest cap on achievement, as a fraction. */
    public static final BigDecimal MAX_CAP = new BigDecimal("3.00");
    /** The highest top of the process score scale. */
    public static final int MAX_SCALE = 10;
    /** The fewest days an appeal window may have. */
    public static final int MIN_APPEAL_WINDOW_DAYS = 1;
    /** The most days an appeal window may have. */
    public static final int MAX_APPEAL_WINDOW_DAYS = 365;
    /** Days after sign-off in which an appeal may be made, by default. */
    public static final int DEFAULT_APPEAL_WINDOW_DAYS = 14;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the invariants ({@link #of} reports each broken one on its field) and keeps the cap at two decimals and
     * the band scores at one, so that equal schemes are equal whether a band was typed as 95 or 95.0.
     *
     * @throws IllegalArgumentException when the parts break an invariant
     */
    public AppraisalScheme {
        Objects.requireNonNull(distributionMaxShares, "distributionMaxShares");
        List<Violation> violations = violations(new AppraisalSchemeDraft(resultsWeight, processWeight, achievementCap,
                processScaleMin, processScaleMax, gradeBands, distributionMaxShares, appealWindowDays));
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("invalid appraisal scheme: " + violations);
        }
        achievementCap = achievementCap.setScale(2, RoundingMode.UNNECESSARY);
        gradeBands = gradeBands.stream()
                .map(band -> new GradeBand(band.grade(), band.minScore().setScale(1, RoundingMode.UNNECESSARY)))
                .toList();
        EnumMap<Grade, Weight> shares = new EnumMap<>(Grade.class);
        shares.putAll(distributionMaxShares);
        distributionMaxShares = Collections.unmodifiableMap(shares);
    }

    /**
     * Results 70%, process 30%; achievement counted up to 100%; process scored 1–5; Excellent from 95, Good from 85,
     * Pass from 70, otherwise Needs improvement; guidance of at most 20% Excellent and 40% Good per department;
     * appeals within 14 days of sign-off.
     *
     * <p>The guidance follows the common 2–3–4–1 practice (20% top, 30–40% next) but only as a ceiling on the two
     * top grades: it exists to flag leniency, and a department with many weak results should not be told to grade
     * more people as weak.
     */
    public static AppraisalScheme defaults() {
        return new AppraisalScheme(Weight.ofPercent(70), Weight.ofPercent(30), BigDecimal.ONE, 1, 5,
                List.of(GradeBand.of(Grade.EXCELLENT, 95), GradeBand.of(Grade.GOOD, 85), GradeBand.of(Grade.PASS, 70)),
                Map.of(Grade.EXCELLENT, Weight.ofPercent(20), Grade.GOOD, Weight.ofPercent(40)),
                DEFAULT_APPEAL_WINDOW_DAYS);
    }

    /** A scheme from the admin's settings, or every violation that stops it, each on its field. */
    public static Validated<AppraisalScheme> of(AppraisalSchemeDraft draft) {
        Objects.requireNonNull(draft, "draft");
        List<Violation> violations = violations(draft);
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        return Validated.valid(new AppraisalScheme(draft.resultsWeight(), draft.processWeight(),
                draft.achievementCap(), draft.processScaleMin(), draft.processScaleMax(), draft.gradeBands(),
                sharesOf(draft), draft.appealWindowDays()));
    }

    private static Map<Grade, Weight> sharesOf(AppraisalSchemeDraft draft) {
        return draft.distributionMaxShares() == null ? Map.of() : draft.distributionMaxShares();
    }

    private static List<Violation> violations(AppraisalSchemeDraft draft) {
        List<Violation> violations = new ArrayList<>();
        checkWeights(draft.resultsWeight(), draft.processWeight(), violations);
        checkCap(draft.achievementCap(), violations);
        checkScale(draft.processScaleMin(), draft.processScaleMax(), violations);
        checkBands(draft.gradeBands(), violations);
        sharesOf(draft).forEach((grade, share) -> {
            Objects.requireNonNull(grade, "grade of a distribution share");
            if (share == null) {
                violations.add(Violation.of(ViolationCode.WEIGHT_INVALID, "distributionMaxShares." + grade.code()));
            }
        });
        Integer window = draft.appealWindowDays();
        if (window == null || window < MIN_APPEAL_WINDOW_DAYS || window > MAX_APPEAL_WINDOW_DAYS) {
            violations.add(Violation.of(ViolationCode.APPRAISAL_APPEAL_WINDOW_INVALID, "appealWindowDays",
                    String.valueOf(MIN_APPEAL_WINDOW_DAYS), String.valueOf(MAX_APPEAL_WINDOW_DAYS)));
        }
        return violations;
    }

    private static void checkWeights(Weight results, Weight process, List<Violation> violations) {
        if (results == null) {
            violations.add(Violation.of(ViolationCode.WEIGHT_INVALID, "resultsWeight"));
        }
        if (process == null) {
            violations.add(Violation.of(ViolationCode.WEIGHT_INVALID, "processWeight"));
        }
        if (results != null && process != null && results.basisPoints() + process.basisPoints() != 10_000) {
            violations.add(Violation.of(ViolationCode.WEIGHTS_NOT_100, "resultsWeight",
                    BigDecimal.valueOf(results.basisPoints() + process.basisPoints(), 2).toPlainString()));
        }
    }

    private static void checkCap(BigDecimal cap, List<Violation> violations) {
        if (cap == null || cap.compareTo(MIN_CAP) < 0 || cap.compareTo(MAX_CAP) > 0
                || cap.stripTrailingZeros().scale() > 2) {
            violations.add(Violation.of(ViolationCode.APPRAISAL_CAP_OUT_OF_RANGE, "achievementCap",
                    MIN_CAP.movePointRight(2).stripTrailingZeros().toPlainString(),
                    MAX_CAP.movePointRight(2).stripTrailingZeros().toPlainString()));
        }
    }

    private static void checkScale(Integer min, Integer max, List<Violation> violations) {
        String[] limits = {"0", String.valueOf(MAX_SCALE)};
        if (min == null || min < 0) {
            violations.add(Violation.of(ViolationCode.APPRAISAL_PROCESS_SCALE_INVALID, "processScaleMin", limits));
        }
        if (max == null || max > MAX_SCALE || (min != null && min >= 0 && max <= min)) {
            violations.add(Violation.of(ViolationCode.APPRAISAL_PROCESS_SCALE_INVALID, "processScaleMax", limits));
        }
    }

    private static void checkBands(List<GradeBand> bands, List<Violation> violations) {
        if (bands == null || bands.isEmpty()) {
            violations.add(Violation.of(ViolationCode.APPRAISAL_GRADE_BANDS_REQUIRED, "gradeBands"));
            return;
        }
        Grade previousGrade = null;
        BigDecimal previousScore = null;
        for (int i = 0; i < bands.size(); i++) {
            GradeBand band = bands.get(i);
            Grade grade = band == null ? null : band.grade();
            BigDecimal score = band == null ? null : band.minScore();
            // Enum order is best first, so "best first, each once" is "ordinals strictly rising".
            if (grade == null || grade == Grade.NEEDS_IMPROVEMENT
                    || (previousGrade != null && grade.ordinal() <= previousGrade.ordinal())) {
                violations.add(Violation.of(ViolationCode.APPRAISAL_GRADE_BAND_GRADE_INVALID,
                        "gradeBands[" + i + "].grade"));
            } else {
                previousGrade = grade;
            }
            if (score == null || score.signum() <= 0 || score.compareTo(HUNDRED) > 0
                    || score.stripTrailingZeros().scale() > 1) {
                violations.add(Violation.of(ViolationCode.APPRAISAL_GRADE_BAND_SCORE_INVALID,
                        "gradeBands[" + i + "].minScore", "0", "100"));
            } else if (previousScore != null && score.compareTo(previousScore) >= 0) {
                violations.add(Violation.of(ViolationCode.APPRAISAL_GRADE_BAND_SCORE_NOT_DESCENDING,
                        "gradeBands[" + i + "].minScore", previousScore.stripTrailingZeros().toPlainString()));
            } else {
                previousScore = score;
            }
        }
    }

    /** These settings as a draft, for an admin form to start from. */
    public AppraisalSchemeDraft toDraft() {
        return new AppraisalSchemeDraft(resultsWeight, processWeight, achievementCap, processScaleMin,
                processScaleMax, gradeBands, distributionMaxShares, appealWindowDays);
    }

    /** The grade a composite score (0–100) earns: the best band it reaches, otherwise Needs improvement. */
    public Grade grade(BigDecimal score) {
        Objects.requireNonNull(score, "score");
        for (GradeBand band : gradeBands) {
            if (score.compareTo(band.minScore()) >= 0) {
                return band.grade();
            }
        }
        return Grade.NEEDS_IMPROVEMENT;
    }

    /** Whether a process score is on this scheme's scale. */
    public boolean isOnScale(int processScore) {
        return processScore >= processScaleMin && processScore <= processScaleMax;
    }

    @Override
    public String toString() {
        return "AppraisalScheme[results " + resultsWeight.percent() + "%, process " + processWeight.percent()
                + "%, cap " + achievementCap + ", scale " + processScaleMin + "-" + processScaleMax + ", bands "
                + gradeBands + ", guidance " + distributionMaxShares + ", appeal " + appealWindowDays + " days]";
    }
}
