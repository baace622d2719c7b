package dev.cascade.okr.devhost;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The dev host's stand-in for Beehive: one node, so a cluster lock is a re-entrant lock per name (the name is the
 * lock's identity, as in the product).
 */
public final class DevClusterLockService implements ClusterLockService {

    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public ClusterLock getLockForName(String lockName) {
        ReentrantLock lock = locks.computeIfAbsent(lockName, name -> new ReentrantLock());
        return new ClusterLock() {
            @Override
            public void lock() {
                lock.lock();
            }

            @Override
            public void lockInterruptibly() throws InterruptedException {
                lock.lockInterruptibly();
            }

            @Override
            public boolean tryLock() {
                return lock.tryLock();
            }

            @Override
            public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
                return lock.tryLock(time, unit);
            }

            @Override
            public void unlock() {
                lock.unlock();
            }

            @Override
            public Condition newCondition() {
                throw new UnsupportedOperationException("cluster locks have no conditions");
            }
        };
    }
}
