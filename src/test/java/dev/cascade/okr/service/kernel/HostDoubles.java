package dev.cascade.okr.service.kernel;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import dev.cascade.okr.core.port.HostAccess;
import dev.cascade.okr.core.port.WorkCatalog;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The host as the service tests over real stores need it (Mockito for the host's interfaces): who may browse and
 * administer what, which projects exist, and cluster locks that are always free.
 */
public final class HostDoubles {

    private HostDoubles() {
    }

    /** The host as an administrator sees it: may do and browse everything; every user exists. */
    public static HostAccess admin() {
        return host(project -> true, true);
    }

    /** The host as a member of {@code project} sees it: browses that project alone, administers nothing. */
    public static HostAccess memberOf(String project) {
        return host(project::equals, false);
    }

    /** Every project exists; no work is linked through it. */
    public static WorkCatalog everyProject() {
        WorkCatalog catalog = mock(WorkCatalog.class);
        when(catalog.projectExists(any())).thenReturn(true);
        when(catalog.linkableBy(any(), any()))
                .thenThrow(new UnsupportedOperationException("no links are written here"));
        return catalog;
    }

    /** Cluster locks that every node gets at once (one node, no contention). */
    public static ClusterLockService freeLocks() {
        ClusterLockService locks = mock(ClusterLockService.class);
        when(locks.getLockForName(anyString())).thenAnswer(call -> {
            ClusterLock lock = mock(ClusterLock.class);
            when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(true);
            return lock;
        });
        return locks;
    }

    /**
     * Browses the projects {@code browses} accepts; administers the app and every project, or nothing; in no group;
     * every user exists.
     */
    private static HostAccess host(Predicate<String> browses, boolean admin) {
        HostAccess host = mock(HostAccess.class);
        when(host.canBrowse(any(), any())).thenAnswer(call -> browses.test(call.getArgument(1)));
        when(host.isProjectAdmin(any(), any())).thenReturn(admin);
        when(host.isAppAdmin(any())).thenReturn(admin);
        when(host.userExists(any())).thenReturn(true);
        return host;
    }
}
