package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a whole objective must meet in its lifecycle state, and the moves between states.
 *
 * <p>A draft may be incomplete: off-100% weights and SMART findings are warnings. From confirmation on, the level
 * must be configured, there must be at least one key result, and the key-result weights must sum to exactly 100%;
 * SMART findings stay warnings (a person decides), never errors.
 */
public final class GoalPolicy {

    private final LevelScheme levels;
    private final WeightPolicy weights = new WeightPolicy();
    private final SmartCheck smart = new SmartCheck();

    /** A policy for the configured levels. */
    public GoalPolicy(LevelScheme levels) {
        this.levels = levels;
    }

    /** Every finding for the objective as it is, errors and warnings, in field order. */
    public List<Violation> check(Objective objective) {
        List<Violation> found = new ArrayList<>();
        boolean draft = objective.lifecycle() == Lifecycle.DRAFT;
        if (levels.level(objective.levelKey()).isEmpty()) {
            found.add(draft ? Violation.warning(ViolationCode.LEVEL_UNKNOWN, "level", objective.levelKey())
                    : Violation.of(ViolationCode.LEVEL_UNKNOWN, "level", objective.levelKey()));
        }
        if (objective.keyResults().isEmpty()) {
            found.add(draft ? Violation.warning(ViolationCode.KEY_RESULTS_REQUIRED, "keyResults")
                    : Violation.of(ViolationCode.KEY_RESULTS_REQUIRED, "keyResults"));
        }
        found.addAll(weights.checkSum(objective.keyResults().stream().map(KeyResult::weight).toList(),
                objective.lifecycle(), "keyResults"));
        // An objective is measured by its key results: a missing one is key-results.required, not a SMART finding.
        found.addAll(smart.check(new SmartSubject(objective.title(), objective.description(), true, BigDecimal.ONE,
                objective.period().end(), objective.owner(), objective.period())));
        for (int i = 0; i < objective.keyResults().size(); i++) {
            KeyResult keyResult = objective.keyResults().get(i);
            for (Violation warning : smart.check(new SmartSubject(keyResult.title(), null, true,
                    targetOf(keyResult.measure()), objective.period().end(), objective.owner(), objective.period()))) {
                found.add(new Violation(warning.code(), "keyResults[" + i + "]." + warning.field(), warning.args(),
                        warning.severity()));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The objective moved to {@code target}, or why not: the move must be allowed by {@link Lifecycle}, and the
     * objective must meet the rules of the state it moves to.
     */
    public Validated<Objective> moveTo(Objective objective, Lifecycle target) {
        if (!objective.lifecycle().canMoveTo(target)) {
            return Validated.invalid(List.of(Violation.of(ViolationCode.LIFECYCLE_TRANSITION_INVALID, "lifecycle",
                    objective.lifecycle().messageKey(), target.messageKey())));
        }
        Objective moved = objective.withLifecycle(target);
        return Validated.of(moved, check(moved));
    }

    /** The target a measure states; a share of issues, a band or a milestone has an implicit one (all done). */
    private static BigDecimal targetOf(Measure measure) {
        if (measure instanceof MetricMeasure metric) {
            return metric.target();
        }
        if (measure instanceof IssueMeasure issues && issues.target() != null) {
            return issues.target();
        }
        if (measure instanceof BandMeasure band) {
            return band.high();
        }
        return measure instanceof MilestoneMeasure || measure instanceof IssueMeasure ? BigDecimal.ONE : null;
    }
}
