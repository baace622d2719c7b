package dev.cascade.okr.core.appraisal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A grade and the lowest composite score (0–100, inclusive) that earns it.
 *
 * <p>Either part may be missing while an admin is still typing: bands are checked as a list by
 * {@link AppraisalScheme#of}, which is the only way into a scheme.
 *
 * @param grade the grade earned
 * @param minScore the lowest composite that earns it, on the 0–100 scale
 */
public record GradeBand(Grade grade, BigDecimal minScore) {

    /** A band from a whole-number minimum. */
    public static GradeBand of(Grade grade, int minScore) {
        return new GradeBand(Objects.requireNonNull(grade, "grade"), BigDecimal.valueOf(minScore));
    }
}
