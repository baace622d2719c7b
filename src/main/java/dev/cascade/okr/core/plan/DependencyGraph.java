package dev.cascade.okr.core.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The "waits for" relation between the items of a plan: each item waits for its stated dependencies, and an
 * initiative also waits for its own tasks, because it is finished only when they are. The second rule is why a task
 * that depends on its own initiative closes a cycle.
 */
final class DependencyGraph {

    private final Map<PlanItemId, PlanItem> items = new LinkedHashMap<>();
    private final Map<PlanItemId, List<PlanItemId>> waitsFor = new HashMap<>();

    /** The relation over {@code all}; dependencies on items not among them are left out. */
    DependencyGraph(Collection<? extends PlanItem> all) {
        for (PlanItem item : all) {
            items.put(item.id(), item);
        }
        for (PlanItem item : all) {
            List<PlanItemId> targets = new ArrayList<>();
            for (PlanItemId dependency : item.dependencies()) {
                if (items.containsKey(dependency)) {
                    targets.add(dependency);
                }
            }
            waitsFor.put(item.id(), targets);
        }
        for (PlanItem item : all) {
            if (item instanceof Task task && items.containsKey(task.initiative())
                    && !waitsFor.get(task.initiative()).contains(task.id())) {
                waitsFor.get(task.initiative()).add(task.id());
            }
        }
    }

    /**
     * The shortest cycle through {@code start}, as the items from {@code start} back to it (both ends included), or
     * an empty list when {@code start} is on no cycle.
     */
    List<PlanItemId> cycleThrough(PlanItemId start) {
        Map<PlanItemId, PlanItemId> parent = new HashMap<>();
        Deque<PlanItemId> queue = new ArrayDeque<>();
        queue.add(start);
        parent.put(start, start);
        while (!queue.isEmpty()) {
            PlanItemId current = queue.remove();
            for (PlanItemId next : waitsFor.getOrDefault(current, List.of())) {
                if (next.equals(start)) {
                    List<PlanItemId> path = new ArrayList<>();
                    for (PlanItemId at = current; !at.equals(start); at = parent.get(at)) {
                        path.add(at);
                    }
                    path.add(start);
                    Collections.reverse(path);
                    path.add(start);
                    return List.copyOf(path);
                }
                if (!parent.containsKey(next)) {
                    parent.put(next, current);
                    queue.add(next);
                }
            }
        }
        return List.of();
    }

    /**
     * Every item after everything it waits for; among items that are free at the same time, the one that comes first
     * by {@code tieBreak}. Items on or behind a cycle are missing, so the result is shorter than the plan exactly when
     * there is a cycle.
     */
    List<PlanItem> order(Comparator<PlanItem> tieBreak) {
        Map<PlanItemId, Integer> waiting = new HashMap<>();
        Map<PlanItemId, List<PlanItemId>> waitedOnBy = new HashMap<>();
        PriorityQueue<PlanItem> free = new PriorityQueue<>(tieBreak);
        for (PlanItem item : items.values()) {
            List<PlanItemId> targets = waitsFor.get(item.id());
            waiting.put(item.id(), targets.size());
            for (PlanItemId target : targets) {
                waitedOnBy.computeIfAbsent(target, k -> new ArrayList<>()).add(item.id());
            }
            if (targets.isEmpty()) {
                free.add(item);
            }
        }
        List<PlanItem> ordered = new ArrayList<>();
        while (!free.isEmpty()) {
            PlanItem done = free.remove();
            ordered.add(done);
            for (PlanItemId follower : waitedOnBy.getOrDefault(done.id(), List.of())) {
                int left = waiting.merge(follower, -1, Integer::sum);
                if (left == 0) {
                    free.add(items.get(follower));
                }
            }
        }
        return List.copyOf(ordered);
    }
}
