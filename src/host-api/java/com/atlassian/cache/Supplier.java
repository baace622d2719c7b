package com.atlassian.cache;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Computes a value a cache lacks.
 *
 * <p>Source: atlassian-cache-api {@code Supplier} (an interface with the single abstract method {@code get}, the type
 * of {@code Cache.get(K, Supplier)}; host-api.md §10.1, host-api-platform7.md §5.2: it is not
 * {@code java.util.function.Supplier}). Only the members Cascade calls are mirrored.
 */
public interface Supplier<T> {

    /** The value. */
    T get();
}
