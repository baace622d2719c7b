package com.atlassian.cache;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). How a cache behaves; built by
 * {@link CacheSettingsBuilder}.
 *
 * <p>Source: atlassian-cache-api {@code CacheSettings}, an interface (V, shared/host-api.md §10.1). Cascade calls no
 * member of it.
 */
public interface CacheSettings {
}
