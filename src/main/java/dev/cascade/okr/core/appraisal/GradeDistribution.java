package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.validation.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the people of a department (or the organisation) are graded for a period: a count per grade, each grade's
 * share of the people graded, how many are not graded yet (composite incomplete), and the scheme's advisory
 * warnings ({@link GradeDistributionCheck}).
 *
 * <p>Made by {@link GradeDistributionCheck#distribution}. Units: shares are per-cent with one decimal, rounded
 * half-up, of the people graded (so they may not add up to exactly 100 after rounding). Invariant: every grade has a
 * count (0 when nobody has it).
 */
public final class GradeDistribution {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<Grade, Integer> counts;
    private final int incomplete;
    private final List<Violation> warnings;

    GradeDistribution(Map<Grade, Integer> counts, int incomplete, List<Violation> warnings) {
        EnumMap<Grade, Integer> all = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            all.put(grade, counts.getOrDefault(grade, 0));
        }
        this.counts = Collections.unmodifiableMap(all);
        this.incomplete = incomplete;
        this.warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /** The people with each grade, best grade first; every grade present. */
    public Map<Grade, Integer> counts() {
        return counts;
    }

    /** How many people have a grade. */
    public int graded() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many people have no grade yet, because their composite is incomplete. */
    public int incomplete() {
        return incomplete;
    }

    /** The grade's share of the people graded, per-cent with one decimal; empty when nobody is graded. */
    public Optional<BigDecimal> share(Grade grade) {
        int graded = graded();
        return graded == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(counts.get(grade)).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(graded), 1, RoundingMode.HALF_UP));
    }

    /** The scheme's warnings (never errors): a grade above its guided share, in groups large enough to say so. */
    public List<Violation> warnings() {
        return warnings;
    }
}
