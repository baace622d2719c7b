package com.atlassian.beehive;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Hands out locks that hold across
 * every node of a cluster.
 *
 * <p>Source: beehive-api {@code @PublicApi interface ClusterLockService} with the single method
 * {@code getLockForName(String)}. Confidence: V (decompiled, host-api-platform7.md §5.3).
 */
public interface ClusterLockService {

    /** The lock of this name; the name is the lock's identity (calls may return different handles). */
    ClusterLock getLockForName(String lockName);
}
