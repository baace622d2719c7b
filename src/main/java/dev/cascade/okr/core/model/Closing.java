package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Require;
import java.time.Instant;

/**
 * What a goal was when it was closed: who closed it, when, and its rolled-up progress and coverage at that moment.
 * From then on these are the goal's progress in every view (a closed goal is frozen, see
 * {@link Lifecycle#isFrozen()}), and a goal above it rolls up this value, not one computed again from its inputs.
 *
 * <p>Invariants: every field present; the coverage is from 0 to 1. The progress is never manual (a goal's progress is
 * rolled up; manual overrides live on key results).
 *
 * @param at when it was closed
 * @param by who closed it (a person, or the administrator who closed its period)
 * @param progress its rolled-up progress at closing, possibly "no data"
 * @param coverage the share (0 to 1) of its input weight that had data at closing
 */
public record Closing(Instant at, UserRef by, Progress progress, double coverage) {

    /** Checks the invariants. */
    public Closing {
        Require.present("at", at, "by", by, "progress", progress);
        if (!(coverage >= 0.0 && coverage <= 1.0)) {
            throw new IllegalArgumentException("coverage must be in [0, 1]: " + coverage);
        }
        if (progress.hasData() && progress.isManual()) {
            throw new IllegalArgumentException("a goal's closing progress is rolled up, never manual");
        }
    }
}
