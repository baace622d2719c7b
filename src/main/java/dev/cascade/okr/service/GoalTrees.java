package dev.cascade.okr.service;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;

/**
 * Two cluster-wide caches of what goal pages show: the rolled-up cascades below goals, and single goals with their key
 * results. Each node keeps what it read (core objects, never AO proxies); removals reach every node. Every service
 * that writes calls {@link #goalsChanged} with the goals it wrote (their entries go, and every cascade, since a
 * cascade shows them), or {@link #cascadesChanged()} after an alignment changed.
 *
 * <p>A cascade is read whole ({@value GoalService#MAX_TREE_DEPTH} levels), so rolled-up progress is the same whatever
 * depth a caller asks for; visibility is applied per request, never cached.
 *
 * <p>Both caches are emptied when the plugin starts and when it stops ({@link LifecycleAware}): their values are the
 * plugin's own classes, and the host keeps a cache by name across a plugin upgrade, so a new version must never meet
 * values built by the old one (a {@code ClassCastException} at best, stale shapes at worst).
 */
@JiraComponent
@ExportAsService(LifecycleAware.class)
public final class GoalTrees implements LifecycleAware {

    /** The cascades cache's name, prefixed with the plugin key as the host asks. */
    static final String CACHE_NAME = "dev.cascade.okr.goal-trees";
    /** The goals cache's name. */
    static final String GOALS_CACHE_NAME = "dev.cascade.okr.goals";

    private final Cache<Long, RolledCascade> cache;
    private final Cache<Long, Held> goals;

    /** A cached answer: the goal, or none when it does not exist (the host's caches hold no nulls). */
    private record Held(StoredObjective goalOrNull) {
    }

    /** Creates the cache over the host's cache manager; misses are read from the goal store. */
    @Inject
    public GoalTrees(@ComponentImport CacheManager caches, GoalStore store) {
        this.cache = caches.getCache(CACHE_NAME,
                root -> RolledCascade.of(store.descendantsOf(new ObjectiveId(root), GoalService.MAX_TREE_DEPTH)),
                new CacheSettingsBuilder().remote().replicateViaInvalidation().replicateSynchronously()
                        .expireAfterWrite(30, TimeUnit.MINUTES).maxEntries(200).flushable().build());
        this.goals = caches.getCache(GOALS_CACHE_NAME,
                id -> new Held(store.goal(new ObjectiveId(id)).orElse(null)),
                new CacheSettingsBuilder().remote().replicateViaInvalidation().replicateSynchronously()
                        .expireAfterWrite(30, TimeUnit.MINUTES).maxEntries(10_000).flushable().build());
    }

    /** These goals as stored, in the given order; goals that do not exist (any more) are left out. */
    List<StoredObjective> goals(List<ObjectiveId> ids) {
        List<StoredObjective> found = new ArrayList<>(ids.size());
        for (ObjectiveId id : ids) {
            StoredObjective goal = goals.get(id.value()).goalOrNull();
            if (goal != null) {
                found.add(goal);
            }
        }
        return found;
    }

    /**
     * Forgets these goals and every cascade on every node: called after a goal, its key results or progress
     * changed.
     */
    public void goalsChanged(Collection<ObjectiveId> changed) {
        for (ObjectiveId id : changed) {
            goals.remove(id.value());
        }
        cache.removeAll();
    }

    /** Forgets one goal and every cascade. */
    public void goalsChanged(ObjectiveId changed) {
        goalsChanged(List.of(changed));
    }

    /** Forgets every cascade on every node: called after an alignment changed. */
    public void cascadesChanged() {
        cache.removeAll();
    }

    /** The rolled-up cascade below a goal (the goal alone when nothing is aligned to it; empty when it is unknown). */
    RolledCascade below(ObjectiveId root) {
        return cache.get(root.value());
    }

    /** Forgets everything on every node: after a change whose goals are not known one by one. */
    public void changed() {
        goals.removeAll();
        cache.removeAll();
    }

    /** Empties both caches: nothing a previous version of the plugin cached survives its start. */
    @Override
    public void onStart() {
        changed();
    }

    /** Empties both caches: nothing this version cached is left for the next one. */
    @Override
    public void onStop() {
        changed();
    }
}
