package dev.cascade.okr.service.kernel;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import org.junit.Test;

/**
 * The host's caches of goals and cascades are emptied when the plugin starts and when it stops: their values are the
 * plugin's own classes, and the host keeps a cache by name across an upgrade.
 */
public class GoalTreesLifecycleTest {

    private final CacheManager caches = mock(CacheManager.class);
    @SuppressWarnings("unchecked")
    private final Cache<Object, Object> cascades = mock(Cache.class);
    @SuppressWarnings("unchecked")
    private final Cache<Object, Object> goals = mock(Cache.class);
    private final GoalTrees trees;

    public GoalTreesLifecycleTest() {
        when(caches.getCache(eq(GoalTrees.CACHE_NAME), any(), any())).thenReturn(cascades);
        when(caches.getCache(eq(GoalTrees.GOALS_CACHE_NAME), any(), any())).thenReturn(goals);
        trees = new GoalTrees(caches, null, null); // the goal stores are read only on a cache miss, never here
    }

    @Test
    public void shouldLeaveTheCachesAloneWhenSpringBuildsTheBean() {
        verify(cascades, never()).removeAll();
        verify(goals, never()).removeAll();
    }

    @Test
    public void shouldEmptyBothCachesWhenThePluginStarts() {
        trees.onStart();

        verify(cascades).removeAll();
        verify(goals).removeAll();
    }

    @Test
    public void shouldEmptyBothCachesWhenThePluginStops() {
        trees.onStop();

        verify(cascades).removeAll();
        verify(goals).removeAll();
    }
}
