package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares one department's grades with the scheme's distribution guidance and warns where a grade's share exceeds
 * its guided maximum.
 *
 * <p>Advisory only: it returns warnings, never errors, and never changes a grade (no forced curve). Groups of fewer
 * than {@value #MIN_GROUP_SIZE} people get no warning, because there one person already moves a share by 25 points
 * or more, which says nothing about leniency.
 */
public final class GradeDistributionCheck {

    /** The smallest group whose distribution is checked. */
    public static final int MIN_GROUP_SIZE = 5;

    /**
     * The distribution of a group's grades with the scheme's warnings.
     *
     * @param grades the grades of the people whose composite is complete, one per person
     * @param incomplete how many people of the group have no grade yet
     */
    public GradeDistribution distribution(AppraisalScheme scheme, List<Grade> grades, int incomplete) {
        Objects.requireNonNull(grades, "grades");
        if (incomplete < 0) {
            throw new IllegalArgumentException("incomplete must not be negative: " + incomplete);
        }
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        grades.forEach(grade -> counts.merge(Objects.requireNonNull(grade, "grade"), 1, Integer::sum));
        return new GradeDistribution(counts, incomplete, check(scheme, grades));
    }

    /**
     * One warning per grade whose share of {@code grades} is above the scheme's maximum for it, best grade first;
     * empty for small groups.
     *
     * @param grades the complete person grades of one department, one per person
     */
    public List<Violation> check(AppraisalScheme scheme, List<Grade> grades) {
        Objects.requireNonNull(scheme, "scheme");
        List<Violation> warnings = new ArrayList<>();
        if (grades.size() < MIN_GROUP_SIZE) {
            return warnings;
        }
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        for (Grade grade : grades) {
            counts.merge(Objects.requireNonNull(grade, "grade"), 1, Integer::sum);
        }
        for (Map.Entry<Grade, Weight> guidance : scheme.distributionMaxShares().entrySet()) {
            int count = counts.getOrDefault(guidance.getKey(), 0);
            // count ÷ size > basisPoints ÷ 10000, compared in whole numbers so no rounding can hide an excess
            if ((long) count * 10_000 > (long) guidance.getValue().basisPoints() * grades.size()) {
                warnings.add(Violation.warning(ViolationCode.APPRAISAL_DISTRIBUTION_EXCEEDS_GUIDANCE, "grades",
                        guidance.getKey().i18nKey(),
                        BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(grades.size()), 1,
                                RoundingMode.HALF_UP).toPlainString(),
                        guidance.getValue().percent().stripTrailingZeros().toPlainString()));
            }
        }
        return List.copyOf(warnings);
    }
}
