package dev.cascade.okr.store.goal;


import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalStore.GoalSlice;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.store.kernel.Columns;
import dev.cascade.okr.store.kernel.InList;
import dev.cascade.okr.store.kernel.OptimisticLock;
import dev.cascade.okr.store.kernel.StaleWriteException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Alignments between objectives and the cascades they make, on Active Objects ({@link AlignmentStore}). */
@JiraComponent
public final class AoAlignmentStore extends AoGoalRows implements AlignmentStore {

    /** Creates the store over the host's Active Objects. */
    public AoAlignmentStore(@ComponentImport ActiveObjects ao) {
        super(ao);
    }

    @Override
    public StoreWrite<Versioned<Alignment>> align(Alignment alignment, String createdBy, Instant at) {
        try {
            return ao.executeInTransaction(() -> {
                AlignmentAo existing = alignmentRow(alignment.child(), alignment.parent());
                if (existing != null) {
                    return new StoreWrite.Stale<>(toAlignment(existing));
                }
                if (ao.get(ObjectiveAo.class, alignment.child().value()) == null
                        || ao.get(ObjectiveAo.class, alignment.parent().value()) == null) {
                    return new StoreWrite.Missing<>();
                }
                try {
                    return new StoreWrite.Written<>(toAlignment(ao.create(AlignmentAo.class,
                            new DBParam("CHILD_ID", alignment.child().value()),
                            new DBParam("PARENT_ID", alignment.parent().value()),
                            new DBParam("PAIR_KEY", pairKey(alignment.child(), alignment.parent())),
                            new DBParam("CONTRIBUTION_BP", alignment.contribution().basisPoints()),
                            new DBParam("VERSION", 1L),
                            new DBParam("CREATED_BY", createdBy),
                            new DBParam("CREATED_AT", Date.from(at)))));
                } catch (RuntimeException e) {
                    if (OptimisticLock.isUniqueViolation(e)) {
                        throw new StaleWriteException(pairKey(alignment.child(), alignment.parent()), e);
                    }
                    throw e;
                }
            });
        } catch (RuntimeException e) {
            if (!isStale(e)) {
                throw e;
            }
            return ao.executeInTransaction(() -> {
                AlignmentAo winner = alignmentRow(alignment.child(), alignment.parent());
                return winner == null ? new StoreWrite.Missing<>() : new StoreWrite.Stale<>(toAlignment(winner));
            });
        }
    }

    @Override
    public StoreWrite<Versioned<Alignment>> changeContribution(ObjectiveId child, ObjectiveId parent,
            long expectedVersion, Weight contribution) {
        return versionedWrite(() -> {
            AlignmentAo row = alignmentRow(child, parent);
            if (row == null) {
                return new StoreWrite.Missing<>();
            }
            if (row.getVersion() != expectedVersion) {
                return new StoreWrite.Stale<>(toAlignment(row));
            }
            OptimisticLock.claim(ao, ALIGNMENT, row.getID(), expectedVersion + 1);
            row.setContributionBp(contribution.basisPoints());
            row.setVersion(expectedVersion + 1);
            row.save();
            return new StoreWrite.Written<>(toAlignment(row));
        }, () -> Optional.ofNullable(alignmentRow(child, parent)).map(AoAlignmentStore::toAlignment));
    }

    @Override
    public boolean unalign(ObjectiveId child, ObjectiveId parent) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(AlignmentAo.class, "PAIR_KEY = ?",
                pairKey(child, parent)) > 0);
    }

    @Override
    public List<Versioned<Alignment>> alignmentsAround(Set<ObjectiveId> goals) {
        return ao.executeInTransaction(() -> alignmentsTouching(goals.stream().map(ObjectiveId::value).toList())
                .stream().map(AoAlignmentStore::toAlignment).toList());
    }

    @Override
    public GoalSlice descendantsOf(ObjectiveId root, int maxDepth) {
        if (maxDepth < 0) {
            throw new IllegalArgumentException("depth must not be negative: " + maxDepth);
        }
        return ao.executeInTransaction(() -> {
            if (ao.get(ObjectiveAo.class, root.value()) == null) {
                return new GoalSlice(List.of(), List.of());
            }
            Set<Long> found = new LinkedHashSet<>(List.of(root.value()));
            List<AlignmentAo> alignments = new ArrayList<>();
            List<Long> frontier = List.of(root.value());
            for (int depth = 0; depth < maxDepth && !frontier.isEmpty(); depth++) {
                TreeSet<Long> next = new TreeSet<>();
                for (List<Long> batch : InList.batches(frontier)) {
                    for (AlignmentAo row : ao.find(AlignmentAo.class, Query.select()
                            .where(InList.in("PARENT_ID", batch.size()), batch.toArray()))) {
                        alignments.add(row);
                        if (!found.contains(row.getChildId())) {
                            next.add(row.getChildId());
                        }
                    }
                }
                found.addAll(next);
                frontier = List.copyOf(next);
            }
            Map<Long, StoredObjective> byId = new HashMap<>();
            for (StoredObjective objective : objectivesById(found)) {
                byId.put(objective.id().value(), objective);
            }
            List<StoredObjective> ordered = found.stream().map(byId::get).filter(o -> o != null).toList();
            return new GoalSlice(ordered, among(alignments, byId.keySet()));
        });
    }

    /**
     * Two narrow reads, streamed as read-only rows: the ids of the project's objectives of the period, then the
     * children of the alignments to them, one query per batch of ids; no objective is read whole.
     */
    @Override
    public List<ObjectiveId> cascadeRootsOfProject(String projectKey, Period period) {
        return ao.executeInTransaction(() -> {
            List<Long> ids = new ArrayList<>();
            ao.stream(ObjectiveAo.class, Query.select("ID")
                    .where("PROJECT_KEY = ? AND PERIOD_END >= ? AND PERIOD_START <= ?", projectKey,
                            Columns.day(period.start()), Columns.day(period.end()))
                    .order("ID ASC"), row -> ids.add(row.getID()));
            Set<Long> supporting = new HashSet<>();
            for (List<Long> batch : InList.batches(ids)) {
                ao.stream(AlignmentAo.class, Query.select("ID, CHILD_ID")
                        .where(InList.in("PARENT_ID", batch.size()), batch.toArray()),
                        row -> supporting.add(row.getChildId()));
            }
            return ids.stream().filter(id -> !supporting.contains(id)).map(ObjectiveId::new).toList();
        });
    }

    @Override
    public List<ObjectiveId> cascadeRootsOfPeriod(Period period, long afterId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more: " + limit);
        }
        Object start = Columns.day(period.start());
        Object end = Columns.day(period.end());
        int chunk = Math.min(InList.BATCH, Math.max(limit + 1, 50));
        return ao.executeInTransaction(() -> {
            List<ObjectiveId> roots = new ArrayList<>();
            long after = afterId;
            while (roots.size() < limit) {
                List<Long> ids = new ArrayList<>();
                ao.stream(ObjectiveAo.class, Query.select("ID")
                        .where("ID > ? AND PERIOD_END >= ? AND PERIOD_START <= ?", after, start, end)
                        .order("ID ASC").limit(chunk), row -> ids.add(row.getID()));
                if (ids.isEmpty()) {
                    break;
                }
                Set<Long> supporting = supportingInPeriod(ids, start, end);
                for (Long id : ids) {
                    if (!supporting.contains(id) && roots.size() < limit) {
                        roots.add(new ObjectiveId(id));
                    }
                }
                after = ids.get(ids.size() - 1);
                if (ids.size() < chunk) {
                    break;
                }
            }
            return roots;
        });
    }

    /** Which of these objectives are aligned to an objective whose period overlaps {@code start..end}. */
    private Set<Long> supportingInPeriod(List<Long> ids, Object start, Object end) {
        Map<Long, List<Long>> parentsOf = new HashMap<>();
        ao.stream(AlignmentAo.class, Query.select("ID, CHILD_ID, PARENT_ID")
                .where(InList.in("CHILD_ID", ids.size()), ids.toArray()),
                row -> parentsOf.computeIfAbsent(row.getParentId(), parent -> new ArrayList<>()).add(row.getChildId()));
        Set<Long> supporting = new HashSet<>();
        for (List<Long> batch : InList.batches(parentsOf.keySet())) {
            Object[] parameters = new Object[batch.size() + 2];
            System.arraycopy(batch.toArray(), 0, parameters, 0, batch.size());
            parameters[batch.size()] = start;
            parameters[batch.size() + 1] = end;
            ao.stream(ObjectiveAo.class, Query.select("ID").where(InList.in("ID", batch.size())
                    + " AND PERIOD_END >= ? AND PERIOD_START <= ?", parameters),
                    row -> supporting.addAll(parentsOf.get(row.getID())));
        }
        return supporting;
    }

    private AlignmentAo alignmentRow(ObjectiveId child, ObjectiveId parent) {
        AlignmentAo[] rows = ao.find(AlignmentAo.class, Query.select().where("PAIR_KEY = ?",
                pairKey(child, parent)));
        return rows.length == 0 ? null : rows[0];
    }

    /** Every alignment with a child or parent among the ids, each once, by child then parent id. */
    private List<AlignmentAo> alignmentsTouching(Collection<Long> objectiveIds) {
        Map<Long, AlignmentAo> byId = new HashMap<>();
        for (List<Long> batch : InList.batches(objectiveIds)) {
            Object[] both = new Object[batch.size() * 2];
            for (int i = 0; i < batch.size(); i++) {
                both[i] = batch.get(i);
                both[batch.size() + i] = batch.get(i);
            }
            String where = InList.in("CHILD_ID", batch.size()) + " OR " + InList.in("PARENT_ID", batch.size());
            for (AlignmentAo row : ao.find(AlignmentAo.class, Query.select().where(where, both))) {
                byId.putIfAbsent(row.getID(), row);
            }
        }
        return sorted(byId.values());
    }

    private static List<Versioned<Alignment>> among(Collection<AlignmentAo> rows, Set<Long> objectiveIds) {
        Map<Long, AlignmentAo> unique = new TreeMap<>();
        for (AlignmentAo row : rows) {
            if (objectiveIds.contains(row.getChildId()) && objectiveIds.contains(row.getParentId())) {
                unique.putIfAbsent(row.getID(), row);
            }
        }
        return sorted(unique.values()).stream().map(AoAlignmentStore::toAlignment).toList();
    }

    private static List<AlignmentAo> sorted(Collection<AlignmentAo> rows) {
        List<AlignmentAo> list = new ArrayList<>(rows);
        list.sort(Comparator.comparingLong(AlignmentAo::getChildId).thenComparingLong(AlignmentAo::getParentId));
        return list;
    }
    static Versioned<Alignment> toAlignment(AlignmentAo row) {
        return new Versioned<>(new Alignment(new ObjectiveId(row.getChildId()), new ObjectiveId(row.getParentId()),
                new Weight(row.getContributionBp())), row.getVersion());
    }

    private static String pairKey(ObjectiveId child, ObjectiveId parent) {
        return child.value() + ">" + parent.value();
    }
}
