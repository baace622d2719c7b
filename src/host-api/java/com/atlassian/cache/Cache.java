package com.atlassian.cache;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A cache; with a loader, {@link #get}
 * loads what is missing.
 *
 * <p>Source: atlassian-cache-api {@code Cache}; {@code get(K)}, {@code remove(K)}, {@code removeAll()} compiled on Platform 7 by
 * Atlassian's Slack plugin (U, host-api-platform7.md §5.2). Only the members Cascade calls are mirrored.
 */
public interface Cache<K, V> {

    /** The value of the key, loaded by the cache's loader when absent. */
    V get(K key);

    /** Drops one entry, on every node of the cluster. */
    void remove(K key);

    /** Drops every entry, on every node of the cluster. */
    void removeAll();
}
