package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether a goal may support a parent goal: both exist, not itself, not already, no cycle, the child's period inside
 * the parent's, the child's level not above the parent's, and the chain no deeper than the scheme allows.
 *
 * <p>Fields named: {@code child}, {@code parent}. Depth counts alignment edges on the longest chain through the new
 * alignment.
 */
public final class AlignmentPolicy {

    private final LevelScheme scheme;

    /** A policy for the configured levels and depth limit. */
    public AlignmentPolicy(LevelScheme scheme) {
        this.scheme = scheme;
    }

    /** The errors that stop {@code child} from supporting {@code parent} in {@code graph}; empty when allowed. */
    public List<Violation> check(AlignmentGraph graph, ObjectiveId child, ObjectiveId parent) {
        List<Violation> violations = new ArrayList<>();
        Optional<AlignmentGraph.Node> childNode = graph.node(child);
        Optional<AlignmentGraph.Node> parentNode = graph.node(parent);
        if (childNode.isEmpty()) {
            violations.add(Violation.of(ViolationCode.ALIGNMENT_GOAL_UNKNOWN, "child", String.valueOf(child.value())));
        }
        if (parentNode.isEmpty()) {
            violations.add(Violation.of(ViolationCode.ALIGNMENT_GOAL_UNKNOWN, "parent",
                    String.valueOf(parent.value())));
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        if (child.equals(parent)) {
            return List.of(Violation.of(ViolationCode.ALIGNMENT_SELF, "parent"));
        }
        if (graph.parentsOf(child).stream().anyMatch(a -> a.parent().equals(parent))) {
            return List.of(Violation.of(ViolationCode.ALIGNMENT_DUPLICATE, "parent"));
        }
        Period childPeriod = childNode.get().period();
        Period parentPeriod = parentNode.get().period();
        if (!parentPeriod.contains(childPeriod)) {
            violations.add(Violation.of(ViolationCode.ALIGNMENT_PERIOD_OUTSIDE, "parent",
                    childPeriod.start() + ".." + childPeriod.end(), parentPeriod.start() + ".." + parentPeriod.end()));
        }
        if (childNode.get().levelRank() < parentNode.get().levelRank()) {
            violations.add(Violation.of(ViolationCode.ALIGNMENT_LEVEL_INVERTED, "parent"));
        }
        List<ObjectiveId> cycle = pathUp(graph, parent, child);
        if (cycle != null) {
            List<ObjectiveId> shown = new ArrayList<>();
            shown.add(child);
            shown.addAll(cycle);
            violations.add(Violation.of(ViolationCode.ALIGNMENT_CYCLE, "parent",
                    shown.stream().map(id -> String.valueOf(id.value())).collect(Collectors.joining(" \u2192 "))));
            return violations;
        }
        int depth = depthBelow(graph, child, new HashMap<>()) + 1 + depthAbove(graph, parent, new HashMap<>());
        if (depth > scheme.maxAlignmentDepth()) {
            violations.add(Violation.of(ViolationCode.ALIGNMENT_TOO_DEEP, "parent",
                    String.valueOf(scheme.maxAlignmentDepth())));
        }
        return violations;
    }

    /** A chain of supported goals from {@code from} up to {@code to}, or {@code null} when there is none. */
    private static List<ObjectiveId> pathUp(AlignmentGraph graph, ObjectiveId from, ObjectiveId to) {
        Map<ObjectiveId, ObjectiveId> cameFrom = new HashMap<>();
        Set<ObjectiveId> seen = new HashSet<>();
        Deque<ObjectiveId> queue = new ArrayDeque<>();
        queue.add(from);
        seen.add(from);
        while (!queue.isEmpty()) {
            ObjectiveId current = queue.poll();
            if (current.equals(to)) {
                List<ObjectiveId> path = new ArrayList<>();
                for (ObjectiveId at = to; at != null; at = cameFrom.get(at)) {
                    path.add(0, at);
                }
                return path;
            }
            for (Alignment up : graph.parentsOf(current)) {
                if (seen.add(up.parent())) {
                    cameFrom.put(up.parent(), current);
                    queue.add(up.parent());
                }
            }
        }
        return null;
    }

    private static int depthAbove(AlignmentGraph graph, ObjectiveId id, Map<ObjectiveId, Integer> memo) {
        return depth(id, memo, goal -> graph.parentsOf(goal).stream().map(Alignment::parent).toList());
    }

    private static int depthBelow(AlignmentGraph graph, ObjectiveId id, Map<ObjectiveId, Integer> memo) {
        return depth(id, memo, goal -> graph.childrenOf(goal).stream().map(Alignment::child).toList());
    }

    /** The longest path from {@code id} through {@code next} steps, in steps; memoized per goal. */
    private static int depth(ObjectiveId id, Map<ObjectiveId, Integer> memo,
            Function<ObjectiveId, List<ObjectiveId>> next) {
        Integer known = memo.get(id);
        if (known != null) {
            return known;
        }
        int deepest = 0;
        for (ObjectiveId neighbour : next.apply(id)) {
            deepest = Math.max(deepest, 1 + depth(neighbour, memo, next));
        }
        memo.put(id, deepest);
        return deepest;
    }
}
