package dev.cascade.okr.store.goal;

import static dev.cascade.okr.store.goal.KeyResultColumns.writeOverride;
import static dev.cascade.okr.store.goal.ObjectiveColumns.writeClosing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.model.Closing;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Reopening;
import dev.cascade.okr.core.port.GoalStateStore;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.progress.ManualOverride;
import dev.cascade.okr.core.progress.OverrideClearing;
import dev.cascade.okr.store.kernel.InList;
import dev.cascade.okr.store.kernel.OptimisticLock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;

/** Closing and reopening objectives and a key result's manual progress on Active Objects ({@link GoalStateStore}). */
@JiraComponent
public final class AoGoalStateStore extends AoGoalRows implements GoalStateStore {

    /** Creates the store over the host's Active Objects. */
    public AoGoalStateStore(@ComponentImport ActiveObjects ao) {
        super(ao);
    }

    @Override
    public Set<ObjectiveId> frozenAmong(Collection<ObjectiveId> ids) {
        List<String> frozen = Arrays.stream(Lifecycle.values()).filter(Lifecycle::isFrozen).map(Lifecycle::name)
                .toList();
        List<Long> wanted = ids.stream().map(ObjectiveId::value).distinct().sorted().toList();
        return ao.executeInTransaction(() -> {
            Set<ObjectiveId> found = new HashSet<>();
            for (List<Long> batch : InList.batches(wanted)) {
                List<Object> parameters = new ArrayList<>(batch);
                parameters.addAll(frozen);
                for (ObjectiveAo row : ao.find(ObjectiveAo.class, Query.select("ID").where(
                        InList.in("ID", batch.size()) + " AND " + InList.in("LIFECYCLE", frozen.size()),
                        parameters.toArray()))) {
                    found.add(new ObjectiveId(row.getID()));
                }
            }
            return found;
        });
    }

    @Override
    public StoreWrite<StoredObjective> close(ObjectiveId id, long expectedVersion, Closing closing) {
        return objectiveWrite(id, expectedVersion, row -> false, row -> {
            writeClosing(row, closing);
            row.setVersion(expectedVersion + 1);
        });
    }

    @Override
    public List<ObjectiveId> closeAll(Map<ObjectiveId, Closing> closings) {
        // A goal written at the same moment makes the whole transaction stale; closing is idempotent, so try again.
        for (int attempt = 1; ; attempt++) {
            try {
                return closeAllOnce(closings);
            } catch (RuntimeException e) {
                if (!isStale(e) || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private List<ObjectiveId> closeAllOnce(Map<ObjectiveId, Closing> closings) {
        List<Long> wanted = closings.keySet().stream().map(ObjectiveId::value).distinct().sorted().toList();
        return ao.executeInTransaction(() -> {
            List<ObjectiveId> closed = new ArrayList<>();
            for (List<Long> batch : InList.batches(wanted)) {
                for (ObjectiveAo row : ao.find(ObjectiveAo.class, Query.select()
                        .where(InList.in("ID", batch.size()), batch.toArray()).order("ID ASC"))) {
                    if (Lifecycle.valueOf(row.getLifecycle()) == Lifecycle.CLOSED) {
                        continue;
                    }
                    OptimisticLock.claim(ao, OBJECTIVE, row.getID(), row.getVersion() + 1);
                    writeClosing(row, closings.get(new ObjectiveId(row.getID())));
                    row.setVersion(row.getVersion() + 1);
                    row.save();
                    closed.add(new ObjectiveId(row.getID()));
                }
            }
            return closed;
        });
    }

    @Override
    public StoreWrite<StoredObjective> reopen(ObjectiveId id, long expectedVersion, Reopening reopening) {
        return objectiveWrite(id, expectedVersion, row -> Lifecycle.valueOf(row.getLifecycle()) != Lifecycle.CLOSED,
                row -> {
                    row.setLifecycle(Lifecycle.ACTIVE.name());
                    row.setClosedAt(null);
                    row.setClosedBy(null);
                    row.setClosedProgress(null);
                    row.setClosedCoverage(null);
                    row.setReopenedAt(Date.from(reopening.at()));
                    row.setReopenedBy(reopening.by().key());
                    row.setReopenReason(reopening.reason());
                    row.setUpdatedBy(reopening.by().key());
                    row.setUpdatedAt(Date.from(reopening.at()));
                    row.setVersion(expectedVersion + 1);
                });
    }

    @Override
    public StoreWrite<StoredKeyResult> override(KeyResultId id, long expectedVersion, ManualOverride override,
            OverrideClearing clearing) {
        if ((override == null) == (clearing == null)) {
            throw new IllegalArgumentException("give exactly one of an override and a clearing");
        }
        return keyResultWrite(id, expectedVersion, row -> {
            writeOverride(row, override);
            if (clearing != null) {
                row.setClearedBy(clearing.by().key());
                row.setClearedAt(Date.from(clearing.at()));
                row.setClearedReason(clearing.reason());
            }
            return linksOf(List.of(row.getID())).getOrDefault(row.getID(), List.of());
        });
    }
}
