package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Require;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The goals of a cascade and who supports whom: the structure that alignment rules are checked against.
 *
 * <p>Invariants: every alignment names goals of the graph; the graph itself is not checked for cycles here (see
 * {@code AlignmentPolicy}, which refuses the alignment that would close one).
 */
public final class AlignmentGraph {

    /**
     * One goal as the alignment rules see it.
     *
     * @param id the goal
     * @param period its period
     * @param levelRank the rank of its level, 0 at the top
     */
    public record Node(ObjectiveId id, Period period, int levelRank) {
        /** Checks the fields. */
        public Node {
            Require.present("id", id, "period", period);
        }
    }

    private final Map<ObjectiveId, Node> nodes;
    private final Map<ObjectiveId, List<Alignment>> parentsOf;
    private final Map<ObjectiveId, List<Alignment>> childrenOf;

    private AlignmentGraph(Map<ObjectiveId, Node> nodes, List<Alignment> alignments) {
        this.nodes = Map.copyOf(nodes);
        Map<ObjectiveId, List<Alignment>> up = new HashMap<>();
        Map<ObjectiveId, List<Alignment>> down = new HashMap<>();
        for (Alignment alignment : alignments) {
            if (!nodes.containsKey(alignment.child()) || !nodes.containsKey(alignment.parent())) {
                throw new IllegalArgumentException("alignment names a goal outside the graph: " + alignment);
            }
            up.computeIfAbsent(alignment.child(), id -> new ArrayList<>()).add(alignment);
            down.computeIfAbsent(alignment.parent(), id -> new ArrayList<>()).add(alignment);
        }
        this.parentsOf = up;
        this.childrenOf = down;
    }

    /** A graph of these goals and alignments. */
    public static AlignmentGraph of(List<Node> nodes, List<Alignment> alignments) {
        Map<ObjectiveId, Node> byId = new LinkedHashMap<>();
        for (Node node : nodes) {
            if (byId.put(node.id(), node) != null) {
                throw new IllegalArgumentException("goal listed twice: " + node.id());
            }
        }
        return new AlignmentGraph(byId, alignments);
    }

    /** The goal with this id, if it is in the graph. */
    public Optional<Node> node(ObjectiveId id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The alignments in which this goal is the child. */
    public List<Alignment> parentsOf(ObjectiveId id) {
        return List.copyOf(parentsOf.getOrDefault(id, List.of()));
    }

    /** The alignments in which this goal is the parent. */
    public List<Alignment> childrenOf(ObjectiveId id) {
        return List.copyOf(childrenOf.getOrDefault(id, List.of()));
    }

    /** The number of goals. */
    public int size() {
        return nodes.size();
    }
}
