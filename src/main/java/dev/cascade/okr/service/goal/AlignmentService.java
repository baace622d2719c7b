package dev.cascade.okr.service.goal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.AlignmentGraph;
import dev.cascade.okr.core.model.AlignmentPolicy;
import dev.cascade.okr.core.model.Level;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Aligning goals: align a goal the caller may change to one they may see, change the contribution, remove the
 * alignment. {@link AlignmentPolicy} decides on the goals stored around the two, so cycles and depth are checked on
 * real data; a write forgets the cascades of the parent ({@link GoalTrees#cascadesChanged}).
 */
@JiraComponent
public final class AlignmentService {

    private final GoalStore goals;
    private final AlignmentStore alignments;
    private final GoalAccess goalAccess;
    private final SettingsStore settings;
    private final GoalTrees trees;
    private final Clock clock;

    /** Creates the service. */
    @Inject
    public AlignmentService(GoalStore goals, AlignmentStore alignments, GoalAccess goalAccess, SettingsStore settings,
            GoalTrees trees) {
        this(goals, alignments, goalAccess, settings, trees, Clock.systemUTC());
    }

    /** Creates the service with the given clock (a fixed one in tests). */
    public AlignmentService(GoalStore goals, AlignmentStore alignments, GoalAccess goalAccess, SettingsStore settings,
            GoalTrees trees, Clock clock) {
        this.goals = goals;
        this.alignments = alignments;
        this.goalAccess = goalAccess;
        this.settings = settings;
        this.trees = trees;
        this.clock = clock;
    }

    /**
     * Aligns the goal {@code childId} (which the caller may change) to {@code parentId} (which the caller may see) with
     * a contribution in per-cent. {@link AlignmentPolicy} decides on a graph of the goals above the parent and below
     * the child as stored, so cycles and depth are checked on real data.
     */
    public Outcome<Versioned<Alignment>> align(Caller caller, ObjectiveId childId, Long parentId,
            BigDecimal contribution) {
        Outcome<GoalAccess.Changeable> changeable = GoalWrites.changeableOpen(goalAccess, caller, childId);
        if (!changeable.isSuccess()) {
            return changeable.failed();
        }
        AccessFacts facts = changeable.value().facts();
        List<Violation> violations = new ArrayList<>();
        if (parentId == null) {
            violations.add(Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED, "parentId"));
        } else if (parentId <= 0 || goalAccess.visible(facts, new ObjectiveId(parentId)).isEmpty()) {
            violations.add(Violation.of(ViolationCode.ALIGNMENT_GOAL_UNKNOWN, "parentId", String.valueOf(parentId)));
        }
        Weight weight = contribution(contribution, violations);
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        ObjectiveId parent = new ObjectiveId(parentId);
        LevelScheme levels = settings.levelScheme().value();
        AlignmentGraph graph = graphAround(childId, parent, levels);
        List<Violation> errors = new AlignmentPolicy(levels).check(graph, childId, parent).stream()
                .filter(Violation::isError).map(v -> renamed(v, "parent", "parentId")).toList();
        if (!errors.isEmpty()) {
            return Outcome.failure(Failure.INVALID, errors);
        }
        StoreWrite<Versioned<Alignment>> written = alignments.align(new Alignment(childId, parent, weight),
                facts.user().key(), clock.instant());
        trees.cascadesChanged(List.of(parent));
        if (written instanceof StoreWrite.Written<Versioned<Alignment>> ok) {
            return Outcome.success(ok.value());
        }
        if (written instanceof StoreWrite.Stale<Versioned<Alignment>>) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.ALIGNMENT_DUPLICATE, "parentId"));
        }
        return GoalAccess.goalNotFound(childId);
    }

    /**
     * Changes the contribution of the alignment of {@code childId} (which the caller may change) to {@code parentId}
     * (which the caller may see) if the alignment is still at {@code version}; the version grows by 1. Not aligned,
     * or a parent the caller cannot see, answers 404 {@code alignment.not-found}; a stale version answers 409 with the
     * current alignment. Contribution is per-cent, 0 to 100 with at most two decimals.
     */
    public Outcome<Versioned<Alignment>> changeContribution(Caller caller, ObjectiveId childId, ObjectiveId parentId,
            Long version, BigDecimal contribution) {
        Outcome<GoalAccess.Changeable> changeable = GoalWrites.changeableOpen(goalAccess, caller, childId);
        if (!changeable.isSuccess()) {
            return changeable.failed();
        }
        AccessFacts facts = changeable.value().facts();
        if (goalAccess.visible(facts, parentId).isEmpty() || alignments.alignmentsAround(Set.of(childId)).stream()
                .noneMatch(a -> a.value().child().equals(childId) && a.value().parent().equals(parentId))) {
            return alignmentNotFound(parentId);
        }
        List<Violation> violations = new ArrayList<>();
        if (version == null) {
            violations.add(Violation.of(ViolationCode.VERSION_REQUIRED, "version"));
        } else if (version < 1) {
            violations.add(Violation.of(ViolationCode.VERSION_INVALID, "version", "1"));
        }
        Weight weight = contribution(contribution, violations);
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        StoreWrite<Versioned<Alignment>> written = alignments.changeContribution(childId, parentId, version, weight);
        trees.cascadesChanged(List.of(parentId));
        return GoalWrites.outcome(written, Function.identity(), Function.identity(),
                () -> alignmentNotFound(parentId));
    }

    /** Removes the alignment of {@code childId} (which the caller may change) to {@code parentId}. */
    public Outcome<ObjectiveId> unalign(Caller caller, ObjectiveId childId, ObjectiveId parentId) {
        Outcome<GoalAccess.Changeable> changeable = GoalWrites.changeableOpen(goalAccess, caller, childId);
        if (!changeable.isSuccess()) {
            return changeable.failed();
        }
        AccessFacts facts = changeable.value().facts();
        if (goalAccess.visible(facts, parentId).isEmpty() || !alignments.unalign(childId, parentId)) {
            return alignmentNotFound(parentId);
        }
        trees.cascadesChanged(List.of(parentId));
        return Outcome.success(parentId);
    }

    private static <T> Outcome<T> alignmentNotFound(ObjectiveId parentId) {
        return Outcome.failure(Failure.NOT_FOUND, Violation.of(ViolationCode.ALIGNMENT_NOT_FOUND, "parentId",
                String.valueOf(parentId.value())));
    }

    /**
     * The goals above {@code parent} and below {@code child} with the alignments among them, read level by level in
     * batches ({@link AlignmentStore#alignmentsAround}), at most one level deeper than the scheme allows each way
     * (enough
     * to see a chain that is too deep).
     */
    private AlignmentGraph graphAround(ObjectiveId child, ObjectiveId parent, LevelScheme levels) {
        Set<ObjectiveId> ids = new LinkedHashSet<>(List.of(child, parent));
        Map<String, Alignment> edges = new LinkedHashMap<>();
        walk(parent, true, levels.maxAlignmentDepth() + 1, ids, edges);
        walk(child, false, levels.maxAlignmentDepth() + 1, ids, edges);
        List<AlignmentGraph.Node> nodes = new ArrayList<>();
        for (StoredObjective stored : goals.goals(ids)) {
            Objective o = stored.objective();
            int rank = levels.level(o.levelKey()).map(Level::rank).orElse(levels.levels().size());
            nodes.add(new AlignmentGraph.Node(o.id(), o.period(), rank));
        }
        Set<ObjectiveId> present = new HashSet<>(nodes.stream().map(AlignmentGraph.Node::id).toList());
        return AlignmentGraph.of(nodes, edges.values().stream()
                .filter(a -> present.contains(a.child()) && present.contains(a.parent())).toList());
    }

    private void walk(ObjectiveId from, boolean up, int maxLevels, Set<ObjectiveId> ids,
            Map<String, Alignment> edges) {
        Set<ObjectiveId> frontier = Set.of(from);
        Set<ObjectiveId> reached = new HashSet<>(frontier);
        for (int level = 0; level < maxLevels && !frontier.isEmpty(); level++) {
            Set<ObjectiveId> next = new LinkedHashSet<>();
            for (Versioned<Alignment> around : alignments.alignmentsAround(frontier)) {
                Alignment a = around.value();
                ObjectiveId near = up ? a.child() : a.parent();
                ObjectiveId far = up ? a.parent() : a.child();
                if (frontier.contains(near)) {
                    edges.put(a.child().value() + ">" + a.parent().value(), a);
                    if (reached.add(far)) {
                        next.add(far);
                    }
                }
            }
            ids.addAll(next);
            frontier = next;
        }
    }

    private static Violation renamed(Violation violation, String from, String to) {
        return from.equals(violation.field())
                ? new Violation(violation.code(), to, violation.args(), violation.severity()) : violation;
    }

    /**
     * The contribution as a weight; {@code null}, with {@code alignment.contribution-invalid} noted, when it is
     * none.
     */
    private static Weight contribution(BigDecimal contribution, List<Violation> violations) {
        Weight weight = Weight.ofPercentOrNull(contribution);
        if (weight == null) {
            violations.add(Violation.of(ViolationCode.ALIGNMENT_CONTRIBUTION_INVALID, "contribution",
                    String.valueOf(contribution)));
        }
        return weight;
    }
}
