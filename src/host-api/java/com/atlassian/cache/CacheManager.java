package com.atlassian.cache;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Creates the host's cluster-aware
 * caches.
 *
 * <p>Source: atlassian-cache-api {@code CacheManager}; {@code getCache(String, CacheLoader, CacheSettings)} with a
 * {@code null} loader compiled by Atlassian's Slack plugin on Jira 9/10 (U) and forwarded by Confluence's
 * {@code DelegatingCacheManager} (V, host-api-platform7.md §5.1). Only the member Cascade calls is mirrored.
 */
public interface CacheManager {

    /** The cache of this name, created with these settings on first use; the loader fills misses. */
    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings);
}
