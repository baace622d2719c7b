package dev.cascade.okr.service;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.port.GoalStore;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;

/**
 * The rolled-up cascades below goals, cached cluster-wide: each node keeps the cascades it read (they hold core
 * objects, never AO proxies), and {@link #changed()} empties the cache on every node. Every service that writes goals,
 * key results, links, alignments or progress calls {@link #changed()} after the write.
 *
 * <p>A cascade is read whole ({@value GoalService#MAX_TREE_DEPTH} levels), so rolled-up progress is the same whatever
 * depth a caller asks for; visibility is applied per request, never cached.
 */
@JiraComponent
public final class GoalTrees {

    /** The cache's name, prefixed with the plugin key as the host asks. */
    static final String CACHE_NAME = "dev.cascade.okr.goal-trees";

    private final Cache<Long, RolledCascade> cache;

    /** Creates the cache over the host's cache manager; misses are read from the goal store. */
    @Inject
    public GoalTrees(@ComponentImport CacheManager caches, GoalStore goals) {
        this.cache = caches.getCache(CACHE_NAME,
                root -> RolledCascade.of(goals.descendantsOf(new ObjectiveId(root), GoalService.MAX_TREE_DEPTH)),
                new CacheSettingsBuilder().remote().replicateViaInvalidation().replicateSynchronously()
                        .expireAfterWrite(30, TimeUnit.MINUTES).maxEntries(200).flushable().build());
    }

    /** The rolled-up cascade below a goal (the goal alone when nothing is aligned to it; empty when it is unknown). */
    RolledCascade below(ObjectiveId root) {
        return cache.get(root.value());
    }

    /** Forgets every cached cascade on every node: called after any write that a cascade shows. */
    public void changed() {
        cache.removeAll();
    }
}
