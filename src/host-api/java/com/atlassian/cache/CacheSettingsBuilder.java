package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Builds {@link CacheSettings}.
 *
 * <p>Source: atlassian-cache-api {@code @PublicApi class CacheSettingsBuilder}; constructor and fluent methods V
 * (decompiled in public mirrors, shared/host-api.md §10.1), compiled on Platform 7 by Atlassian's Slack plugin.
 * Only the members Cascade calls are mirrored; in the product the real class runs, on the dev host these bodies do
 * (settings mean nothing to the dev host's single-node cache).
 */
public class CacheSettingsBuilder {

    /** A builder with the host's defaults. */
    public CacheSettingsBuilder() {
    }

    /** Entries expire this long after they were written. */
    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        return this;
    }

    /** At most this many entries. */
    public CacheSettingsBuilder maxEntries(int maxEntries) {
        return this;
    }

    /** A cluster-wide cache. */
    public CacheSettingsBuilder remote() {
        return this;
    }

    /** Values stay on the node that loaded them; removals reach every node. */
    public CacheSettingsBuilder replicateViaInvalidation() {
        return this;
    }

    /** Removals reach the other nodes before the call returns. */
    public CacheSettingsBuilder replicateSynchronously() {
        return this;
    }

    /** An administrator's "flush all caches" empties it. */
    public CacheSettingsBuilder flushable() {
        return this;
    }

    /** The settings. */
    public CacheSettings build() {
        return new CacheSettings() { };
    }
}
