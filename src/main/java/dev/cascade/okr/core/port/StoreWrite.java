package dev.cascade.okr.core.port;

import java.util.Objects;

/**
 * What a store answers to a write that names the version it was based on (optimistic concurrency).
 *
 * <p>{@link Written} carries the stored value with its new version; {@link Stale} means somebody else wrote first and
 * carries the current state, with nothing overwritten; {@link Missing} means the row does not exist (any more).
 *
 * @param <T> the stored value's type
 */
public sealed interface StoreWrite<T> {

    /** The write went through. */
    record Written<T>(T value) implements StoreWrite<T> {
        /** Checks presence. */
        public Written {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The write was based on an old version; nothing was changed. */
    record Stale<T>(T current) implements StoreWrite<T> {
        /** Checks presence. */
        public Stale {
            Objects.requireNonNull(current, "current");
        }
    }

    /** There is no such row. */
    record Missing<T>() implements StoreWrite<T> {
    }
}
