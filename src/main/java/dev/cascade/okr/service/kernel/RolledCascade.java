package dev.cascade.okr.service.kernel;

import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalStore.GoalSlice;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.progress.RollupNetwork;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The goals and alignments of a slice with their progress rolled up by core's {@code RollupNetwork} over the whole
 * slice (a closed goal at the progress it had at closing): immutable once built, so that one instance can be cached
 * and read by many requests at once.
 */
public final class RolledCascade {

    private final Map<ObjectiveId, StoredObjective> byId;
    private final Map<ObjectiveId, List<Alignment>> children;
    private final RollupNetwork rolled;

    private RolledCascade(Map<ObjectiveId, StoredObjective> byId, Map<ObjectiveId, List<Alignment>> children,
            RollupNetwork rolled) {
        this.byId = byId;
        this.children = children;
        this.rolled = rolled;
    }

    /** Rolls up a slice; alignments to goals outside it are ignored. */
    public static RolledCascade of(GoalSlice slice) {
        Map<ObjectiveId, StoredObjective> byId = new HashMap<>();
        for (StoredObjective stored : slice.objectives()) {
            byId.put(stored.objective().id(), stored);
        }
        Map<ObjectiveId, List<Alignment>> children = new HashMap<>();
        for (Versioned<Alignment> alignment : slice.alignments()) {
            Alignment a = alignment.value();
            if (byId.containsKey(a.child()) && byId.containsKey(a.parent())) {
                children.computeIfAbsent(a.parent(), id -> new ArrayList<>()).add(a);
            }
        }
        children.replaceAll((parent, list) -> List.copyOf(list));
        return new RolledCascade(Map.copyOf(byId), Map.copyOf(children), network(slice));
    }

    /**
     * Core's roll-up network over a slice, with each key result's stored progress; alignments to goals outside the
     * slice are ignored. The one wiring of a slice into a network: the cached cascades and the daily progress history
     * (which then sets each day's key-result progress) both use it.
     */
    public static RollupNetwork network(GoalSlice slice) {
        RollupNetwork.Builder network = RollupNetwork.builder();
        Set<ObjectiveId> inSlice = new HashSet<>();
        for (StoredObjective stored : slice.objectives()) {
            inSlice.add(stored.objective().id());
            network.objective(stored.objective().id(), stored.objective().rollsUpFromChildren());
            for (KeyResult keyResult : stored.objective().keyResults()) {
                network.keyResult(stored.objective().id(), keyResult.id(), keyResult.weight(), keyResult.progress());
            }
            stored.closed().ifPresent(closing -> network.frozen(stored.objective().id(), closing.progress(),
                    closing.coverage()));
        }
        for (Versioned<Alignment> alignment : slice.alignments()) {
            Alignment a = alignment.value();
            if (inSlice.contains(a.child()) && inSlice.contains(a.parent())) {
                network.alignment(a.child(), a.parent(), a.contribution());
            }
        }
        return network.build().value();
    }

    /**
     * This cascade after a progress change, rolled up incrementally by core ({@link RollupNetwork#updateKeyResult}
     * on a copy of its network, so that this instance stays as it is for the requests reading it): the goals given
     * replace their cached selves and each of their key results moves to its new progress; goals not in this cascade
     * are ignored. Only progress may have changed: when a goal of this cascade is missing from {@code fresh} (deleted)
     * or its structure differs (its key results or their weights, whether it rolls up from its children, its closing),
     * the answer is empty and the caller forgets the cascade instead.
     *
     * @param fresh the goals whose key results' progress changed, as stored now
     * @param changed the ids of those goals (a goal among them but not in {@code fresh} no longer exists)
     */
    public Optional<RolledCascade> withProgress(Collection<ObjectiveId> changed,
            Map<ObjectiveId, StoredObjective> fresh) {
        Map<ObjectiveId, StoredObjective> updated = null;
        RollupNetwork network = null;
        for (ObjectiveId id : changed) {
            StoredObjective before = byId.get(id);
            if (before == null) {
                continue;
            }
            StoredObjective after = fresh.get(id);
            if (after == null || !sameStructure(before, after)) {
                return Optional.empty();
            }
            if (updated == null) {
                updated = new HashMap<>(byId);
                network = rolled.copy();
            }
            updated.put(id, after);
            for (KeyResult keyResult : after.objective().keyResults()) {
                network.updateKeyResult(keyResult.id(), keyResult.progress());
            }
        }
        return Optional.of(updated == null ? this : new RolledCascade(Map.copyOf(updated), children, network));
    }

    /** Whether two states of a goal roll up alike but for their key results' progress. */
    private static boolean sameStructure(StoredObjective before, StoredObjective after) {
        List<KeyResult> was = before.objective().keyResults();
        List<KeyResult> is = after.objective().keyResults();
        if (was.size() != is.size() || before.objective().rollsUpFromChildren() != after.objective()
                .rollsUpFromChildren() || !before.closed().equals(after.closed())) {
            return false;
        }
        for (int i = 0; i < was.size(); i++) {
            if (!was.get(i).id().equals(is.get(i).id())
                    || Double.compare(was.get(i).weight().fraction(), is.get(i).weight().fraction()) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rolled-up progress and coverage of a goal of this cascade.
     *
     * @throws IllegalArgumentException when the goal is not part of it
     */
    public GoalTree root(ObjectiveId id) {
        return new GoalTree(byId.get(id), rolled.progress(id), rolled.coverage(id), List.of());
    }

    /** Whether the goal is part of this cascade. */
    public boolean contains(ObjectiveId id) {
        return byId.containsKey(id);
    }

    /**
     * The tree below a goal of this cascade, {@code depth} alignment levels deep, leaving out every goal {@code canSee}
     * refuses together with everything below it. A goal aligned to two parents appears under each.
     */
    public GoalTree tree(ObjectiveId root, int depth, Predicate<StoredObjective> canSee) {
        Map<ObjectiveId, Boolean> seen = new HashMap<>();
        return node(root, null, depth, id -> seen.computeIfAbsent(id, key -> canSee.test(byId.get(key))));
    }

    private GoalTree node(ObjectiveId id, Weight contribution, int depth, Predicate<ObjectiveId> canSee) {
        List<GoalTree> below = new ArrayList<>();
        if (depth > 0) {
            for (Alignment child : children.getOrDefault(id, List.of())) {
                if (canSee.test(child.child())) {
                    below.add(node(child.child(), child.contribution(), depth - 1, canSee));
                }
            }
        }
        return new GoalTree(byId.get(id), rolled.progress(id), rolled.coverage(id), below, contribution);
    }
}
