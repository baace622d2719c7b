package dev.cascade.okr.service.kernel;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.Versioned;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Two cluster-wide caches of what goal pages show: the rolled-up cascades below goals, and single goals with their key
 * results. Each node keeps what it read (core objects, never AO proxies); removals reach every node. A service that
 * stored progress only calls {@link #progressChanged}: the entries showing those goals are updated in place on this
 * node and dropped on the others (decision 0019). Every other write calls {@link #goalsChanged} with the goals it
 * wrote, or {@link #cascadesChanged} with the parent of an alignment it added, changed or removed: exactly the entries
 * those goals are in go, nothing else (decision 0006).
 * A cascade is cached by its root and holds every goal up to {@value #MAX_DEPTH} levels below it, so
 * the cascades a goal is in are the goal's own and those of its ancestors up to that many levels.
 *
 * <p>A cascade is read whole ({@value #MAX_DEPTH} levels), so rolled-up progress is the same whatever
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
    public static final String CACHE_NAME = "dev.cascade.okr.goal-trees";
    /** The goals cache's name. */
    public static final String GOALS_CACHE_NAME = "dev.cascade.okr.goals";
    /** How deep a cascade is read, in alignment levels below its root: also the deepest tree a caller may ask for. */
    public static final int MAX_DEPTH = 50;

    private final Cache<Long, RolledCascade> cache;
    private final Cache<Long, Held> goals;
    private final GoalStore store;
    private final AlignmentStore alignments;
    /** Serialises this node's in-place updates, so that a later read of the store is applied after an earlier one. */
    private final Object updates = new Object();

    /** A cached answer: the goal, or none when it does not exist (the host's caches hold no nulls). */
    private record Held(StoredObjective goalOrNull) {
    }

    /** Creates the cache over the host's cache manager; misses are read from the goal store. */
    @Inject
    public GoalTrees(@ComponentImport CacheManager caches, GoalStore store, AlignmentStore alignments) {
        this.store = store;
        this.alignments = alignments;
        this.cache = caches.getCache(CACHE_NAME,
                root -> RolledCascade.of(alignments.descendantsOf(new ObjectiveId(root), MAX_DEPTH)),
                new CacheSettingsBuilder().remote().replicateViaInvalidation().replicateSynchronously()
                        .expireAfterWrite(30, TimeUnit.MINUTES).maxEntries(200).flushable().build());
        this.goals = caches.getCache(GOALS_CACHE_NAME,
                id -> new Held(store.goal(new ObjectiveId(id)).orElse(null)),
                new CacheSettingsBuilder().remote().replicateViaInvalidation().replicateSynchronously()
                        .expireAfterWrite(30, TimeUnit.MINUTES).maxEntries(10_000).flushable().build());
    }

    /**
     * These goals as stored, in the given order; goals that do not exist (any more) are left out. The goals this node
     * does not hold are read from the store in one call, never one by one.
     */
    public List<StoredObjective> goals(List<ObjectiveId> ids) {
        List<ObjectiveId> missing = new ArrayList<>();
        for (ObjectiveId id : ids) {
            if (!goals.containsKey(id.value())) {
                missing.add(id);
            }
        }
        Map<ObjectiveId, StoredObjective> read = missing.isEmpty() ? Map.of() : byId(store.goals(missing));
        Set<ObjectiveId> wasMissing = Set.copyOf(missing);
        List<StoredObjective> found = new ArrayList<>(ids.size());
        for (ObjectiveId id : ids) {
            Held held = wasMissing.contains(id) ? goals.get(id.value(), () -> new Held(read.get(id)))
                    : goals.get(id.value());
            if (held.goalOrNull() != null) {
                found.add(held.goalOrNull());
            }
        }
        return found;
    }

    /**
     * After the progress of key results of these goals was stored, and nothing else about them changed (an issue
     * recompute, a check-in, a target taking effect): updates in place what this node holds and makes every other
     * node drop it (decision 0019). The goals are read again in one store call (only when this node holds one of
     * them or a cascade showing them); each held goal is replaced by its fresh state, and each held cascade that shows
     * one of them is rolled up incrementally by core ({@link RolledCascade#withProgress}) and replaced. A replace
     * is atomic against the value read, so a removal from another node in between wins; cascades this node does not
     * hold, and any it cannot update (a goal's structure changed meanwhile), are removed. A put, replace or remove
     * of a key reaches every other node as the key's removal, so no node keeps a value older than this write.
     * Called after the write was committed.
     */
    public void progressChanged(Collection<ObjectiveId> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Set<ObjectiveId> roots = withAncestors(changed);
        synchronized (updates) {
            Map<ObjectiveId, StoredObjective> fresh = anyHeld(changed, roots) ? byId(store.goals(changed)) : null;
            for (ObjectiveId id : changed) {
                Held before = fresh == null || !goals.containsKey(id.value()) ? null : goals.get(id.value());
                if (before == null || !goals.replace(id.value(), before, new Held(fresh.get(id)))) {
                    goals.remove(id.value());
                }
            }
            for (ObjectiveId root : roots) {
                RolledCascade before = fresh == null || !cache.containsKey(root.value()) ? null
                        : cache.get(root.value());
                Optional<RolledCascade> after = before == null ? Optional.empty()
                        : before.withProgress(changed, fresh);
                if (after.isEmpty() || !cache.replace(root.value(), before, after.get())) {
                    cache.remove(root.value());
                }
            }
        }
    }

    private boolean anyHeld(Collection<ObjectiveId> changed, Set<ObjectiveId> roots) {
        return changed.stream().anyMatch(id -> goals.containsKey(id.value()))
                || roots.stream().anyMatch(id -> cache.containsKey(id.value()));
    }

    private static Map<ObjectiveId, StoredObjective> byId(List<StoredObjective> read) {
        Map<ObjectiveId, StoredObjective> byId = new HashMap<>();
        for (StoredObjective goal : read) {
            byId.put(goal.id(), goal);
        }
        return byId;
    }

    /**
     * Forgets, on every node, these goals and every cascade that shows one of them (their own, and those of their
     * ancestors): called after a goal, its key results, its progress or its state changed. A deleted goal has no
     * ancestors any more: its former parents go to {@link #cascadesChanged} as well.
     */
    public void goalsChanged(Collection<ObjectiveId> changed) {
        for (ObjectiveId id : changed) {
            goals.remove(id.value());
        }
        cascadesChanged(changed);
    }

    /** Forgets one goal and every cascade that shows it. */
    public void goalsChanged(ObjectiveId changed) {
        goalsChanged(List.of(changed));
    }

    /**
     * Forgets, on every node, every cascade that shows one of these goals (the goal's own, and those of its ancestors
     * up to {@value #MAX_DEPTH} levels), and nothing else: called with the parent after an alignment
     * below it was added, changed or removed (the child's own cascade does not show its parents), and with a deleted
     * goal's former parents.
     */
    public void cascadesChanged(Collection<ObjectiveId> changed) {
        for (ObjectiveId root : withAncestors(changed)) {
            cache.remove(root.value());
        }
    }

    /**
     * These goals and every goal they are aligned to, directly or through others, up to the depth a cascade is read
     * to: exactly the roots of the cached cascades that show one of them. Read breadth first, one store read per
     * level; a goal reached twice is walked once.
     */
    private Set<ObjectiveId> withAncestors(Collection<ObjectiveId> changed) {
        Set<ObjectiveId> found = new LinkedHashSet<>(changed);
        Set<ObjectiveId> level = Set.copyOf(changed);
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
            Set<ObjectiveId> above = new HashSet<>();
            for (Versioned<Alignment> around : alignments.alignmentsAround(level)) {
                Alignment alignment = around.value();
                if (level.contains(alignment.child()) && found.add(alignment.parent())) {
                    above.add(alignment.parent());
                }
            }
            level = above;
        }
        return found;
    }

    /** The rolled-up cascade below a goal (the goal alone when nothing is aligned to it; empty when it is unknown). */
    public RolledCascade below(ObjectiveId root) {
        return cache.get(root.value());
    }

    /**
     * Forgets everything on every node. Used only where every goal really changed or every cached value is suspect:
     * the plugin starting and stopping (below), and the dev host seeding its sample cascade straight into the store.
     */
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
