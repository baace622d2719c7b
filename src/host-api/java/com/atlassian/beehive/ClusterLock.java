package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A cluster-wide lock.
 *
 * <p>Source: beehive-api {@code ClusterLock extends java.util.concurrent.locks.Lock} (V, decompiled,
 * host-api-platform7.md §5.3); Cascade calls only the {@code Lock} members.
 */
public interface ClusterLock extends Lock {
}
