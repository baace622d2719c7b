package com.atlassian.cache;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A cache; with a loader, {@link #get}
 * loads what is missing.
 *
 * <p>Source: atlassian-cache-api {@code Cache}; {@code get(K)}, {@code remove(K)}, {@code removeAll()},
 * {@code put(K, V)} and {@code get(K, Supplier)} compiled on Platform 7 by Atlassian's Slack plugin (U,
 * host-api-platform7.md §5.2); {@code replace(K, V, V)} in the published atlassian-cache-api 2.0.7 API documentation
 * of {@code Cache} ("atomically replaces the entry for a key only if currently mapped to a given value"),
 * {@code containsKey(K)} in that of 2.4.2 (V, both older than every host Cascade supports). Only the members Cascade
 * calls are mirrored. With {@code replicateViaInvalidation}, a put or replace on one node removes the key on the
 * others; a value loaded by the loader or a supplier stays on its node.
 */
public interface Cache<K, V> {

    /** The value of the key, loaded by the cache's loader when absent. */
    V get(K key);

    /** The value of the key, computed by the supplier (and kept on this node) when absent. */
    V get(K key, Supplier<? extends V> supplier);

    /** Whether this node holds a value for the key (nothing is loaded). */
    boolean containsKey(K key);

    /** Puts a value, replacing any; on every other node of the cluster the key is removed. */
    void put(K key, V value);

    /**
     * Replaces the value of the key only while it is {@code oldValue}; on every other node of the cluster the key is
     * removed.
     *
     * @return whether it was replaced
     */
    boolean replace(K key, V oldValue, V newValue);

    /** Drops one entry, on every node of the cluster. */
    void remove(K key);

    /** Drops every entry, on every node of the cluster. */
    void removeAll();
}
