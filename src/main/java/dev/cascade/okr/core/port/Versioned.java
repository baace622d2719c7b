package dev.cascade.okr.core.port;

import java.util.Objects;

/**
 * A stored value with the version of its row, for optimistic concurrency: a write names the version it was based on
 * and is refused ({@link StoreWrite.Stale}) when the row has moved on.
 *
 * <p>Invariants: the value is present; stored rows have versions from 1 that grow by 1 with every write; 0 stands for
 * "nothing stored yet" (e.g. an adjustment history without adjustments), so a first write names version 0.
 *
 * @param value the stored value
 * @param version the row's version, from 1; 0 when nothing is stored yet
 * @param <T> the value's type
 */
public record Versioned<T>(T value, long version) {

    /** Checks the invariants. */
    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < 0) {
            throw new IllegalArgumentException("negative version: " + version);
        }
    }
}
