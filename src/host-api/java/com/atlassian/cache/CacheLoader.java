package com.atlassian.cache;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Computes a cache's missing value.
 *
 * <p>Source: atlassian-cache-api {@code CacheLoader} (an interface with the single abstract method {@code load});
 * Confidence: M (shared/host-api.md §10.1), the lambda form used by many public plugins.
 */
public interface CacheLoader<K, V> {

    /** The value for a key that is not cached. */
    V load(K key);
}
