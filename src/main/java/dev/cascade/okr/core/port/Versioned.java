package dev.cascade.okr.core.port;

import java.util.Objects;

/**
 * A stored value with the version of its row, for optimistic concurrency: a write names the version it was based on
 * and is refused ({@link StoreWrite.Stale}) when the row has moved on.
 *
 * <p>Invariants: the value is present; versions start at 1 and grow by 1 with every write.
 *
 * @param value the stored value
 * @param version the row's version, from 1
 * @param <T> the value's type
 */
public record Versioned<T>(T value, long version) {

    /** Checks the invariants. */
    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
    }
}
