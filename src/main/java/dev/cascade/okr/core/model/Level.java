package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Require;

/**
 * A level of the goal cascade, such as company, department, team or individual.
 *
 * <p>Invariant: {@code rank >= 0}; rank 0 is the top. Names are configured by administrators; the key is stable.
 *
 * @param key a stable key, e.g. {@code company}
 * @param name the name people read, as configured
 * @param rank the position from the top, starting at 0
 */
public record Level(String key, String name, int rank) {

    /** Checks the invariants. */
    public Level {
        Require.present("key", key, "name", name);
        if (rank < 0) {
            throw new IllegalArgumentException("rank must not be negative: " + rank);
        }
    }
}
