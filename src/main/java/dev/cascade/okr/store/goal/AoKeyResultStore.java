package dev.cascade.okr.store.goal;

import static dev.cascade.okr.store.goal.KeyResultColumns.checkLinks;
import static dev.cascade.okr.store.goal.KeyResultColumns.checkStorable;
import static dev.cascade.okr.store.goal.KeyResultColumns.toLink;
import static dev.cascade.okr.store.goal.KeyResultColumns.toMeasure;
import static dev.cascade.okr.store.goal.KeyResultColumns.toStoredKeyResult;
import static dev.cascade.okr.store.goal.KeyResultColumns.writeMeasure;
import static dev.cascade.okr.store.goal.KeyResultColumns.writeOverride;
import static dev.cascade.okr.store.goal.KeyResultColumns.writeProgress;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.LinkedWork;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.KeyResultStore;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.store.kernel.InList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.Query;

/** Key results, their links and their measured progress on Active Objects ({@link KeyResultStore}). */
@JiraComponent
public final class AoKeyResultStore extends AoGoalRows implements KeyResultStore {

    /** Creates the store over the host's Active Objects. */
    public AoKeyResultStore(@ComponentImport ActiveObjects ao) {
        super(ao);
    }

    @Override
    public void storeProgress(Map<KeyResultId, Measured> progress, Instant at) {
        ao.executeInTransaction(() -> {
            for (List<Long> batch : InList.batches(progress.keySet().stream().map(KeyResultId::value).toList())) {
                for (KeyResultAo row : ao.find(KeyResultAo.class,
                        Query.select().where(InList.in("ID", batch.size()), batch.toArray()))) {
                    writeProgress(row, progress.get(new KeyResultId(row.getID())), at);
                    row.save();
                }
            }
            return null;
        });
    }

    @Override
    public StoreWrite<StoredKeyResult> addKeyResult(ObjectiveId objective, NewKeyResult keyResult, Instant at) {
        checkStorable(keyResult);
        return ao.executeInTransaction(() -> {
            if (ao.get(ObjectiveAo.class, objective.value()) == null) {
                return new StoreWrite.Missing<>();
            }
            KeyResultAo[] last = ao.find(KeyResultAo.class, Query.select().where("OBJECTIVE_ID = ?",
                    objective.value()).order("POSITION DESC").limit(1));
            int position = last.length == 0 ? 0 : last[0].getPosition() + 1;
            KeyResultAo row = createKeyResult(objective.value(), position, keyResult, at);
            return new StoreWrite.Written<>(toStoredKeyResult(row, writeLinks(row, keyResult.fields().measure())));
        });
    }

    @Override
    public Optional<StoredKeyResult> keyResult(KeyResultId id) {
        return ao.executeInTransaction(() -> currentKeyResult(id));
    }

    @Override
    public StoreWrite<StoredKeyResult> updateKeyResult(KeyResultId id, long expectedVersion, KeyResultFields fields) {
        checkLinks(fields.measure());
        return keyResultWrite(id, expectedVersion, row -> {
            row.setTitle(fields.title());
            row.setWeightBp(fields.weight().basisPoints());
            writeMeasure(row, fields.measure());
            writeOverride(row, fields.override());
            return writeLinks(row, fields.measure());
        });
    }

    @Override
    public StoreWrite<StoredKeyResult> deleteKeyResult(KeyResultId id, long expectedVersion) {
        return versionedDelete(KeyResultAo.class, KEY_RESULT, id.value(), expectedVersion, KeyResultAo::getVersion,
                row -> toStoredKeyResult(row, linksOf(List.of(row.getID())).getOrDefault(row.getID(), List.of())),
                (row, current) -> ao.deleteWithSQL(WorkLinkAo.class, "KEY_RESULT_ID = ?", row.getID()));
    }

    @Override
    public StoreWrite<StoredKeyResult> setLinks(KeyResultId id, long expectedVersion, List<WorkLink> links) {
        links.forEach(KeyResultColumns::checkLink);
        return keyResultWrite(id, expectedVersion, row -> {
            if (!Measure.Kind.ISSUES.name().equals(row.getMeasureKind())) {
                throw new IllegalArgumentException("key result " + row.getID() + " is not issue-driven ("
                        + row.getMeasureKind() + "); it has no links");
            }
            IssueMeasure measure = (IssueMeasure) toMeasure(row, List.of());
            IssueMeasure relinked = measure.withLinks(links);
            return writeLinks(row, relinked);
        });
    }

    @Override
    public List<LinkedWork> keyResultsLinkedToIssues(Set<String> issueKeys) {
        return ao.executeInTransaction(() -> {
            List<WorkLinkAo> rows = findIn(WorkLinkAo.class, "ISSUE_KEY", issueKeys, null);
            rows.sort(Comparator.comparingLong(WorkLinkAo::getKeyResultId).thenComparingInt(WorkLinkAo::getPosition));
            List<LinkedWork> linked = new ArrayList<>(rows.size());
            for (WorkLinkAo row : rows) {
                linked.add(new LinkedWork(new KeyResultId(row.getKeyResultId()), toLink(row)));
            }
            return linked;
        });
    }

    @Override
    public List<StoredKeyResult> keyResults(Collection<KeyResultId> ids) {
        List<Long> wanted = ids.stream().map(KeyResultId::value).distinct().sorted().toList();
        return ao.executeInTransaction(() -> {
            List<KeyResultAo> rows = findIn(KeyResultAo.class, "ID", wanted, null);
            rows.sort(Comparator.comparingLong(KeyResultAo::getID));
            Map<Long, List<WorkLinkAo>> links = linksOf(rows.stream().map(KeyResultAo::getID).toList());
            List<StoredKeyResult> stored = new ArrayList<>(rows.size());
            for (KeyResultAo row : rows) {
                stored.add(toStoredKeyResult(row, links.getOrDefault(row.getID(), List.of())));
            }
            return stored;
        });
    }

    @Override
    public List<KeyResultId> keyResultsWithLinks(WorkLink.Kind kind) {
        return linkedKeyResults(Query.select("ID, KEY_RESULT_ID").where("LINK_KIND = ?", kind.name()));
    }

    @Override
    public List<KeyResultId> linkedKeyResults() {
        return linkedKeyResults(Query.select("ID, KEY_RESULT_ID"));
    }

    private List<KeyResultId> linkedKeyResults(Query query) {
        return ao.executeInTransaction(() -> {
            Set<Long> ids = new TreeSet<>();
            for (WorkLinkAo row : ao.find(WorkLinkAo.class, query)) {
                ids.add(row.getKeyResultId());
            }
            return ids.stream().map(KeyResultId::new).toList();
        });
    }

    @Override
    public int applySiteWeights(StatusWeights weights) {
        java.util.Objects.requireNonNull(weights, "weights");
        return ao.executeInTransaction(() -> {
            KeyResultAo[] rows = ao.find(KeyResultAo.class, Query.select().where(
                    "MEASURE_KIND = ? AND OWN_WEIGHTS = ?", Measure.Kind.ISSUES.name(), Boolean.FALSE));
            Set<ObjectiveId> closed = new AoGoalStateStore(ao).frozenAmong(java.util.Arrays.stream(rows)
                    .map(row -> new ObjectiveId(row.getObjectiveId())).toList());
            int applied = 0;
            for (KeyResultAo row : rows) {
                if (!closed.contains(new ObjectiveId(row.getObjectiveId()))) {
                    row.setWeightToDo(weights.toDo());
                    row.setWeightInProgress(weights.inProgress());
                    row.setWeightDone(weights.done());
                    row.save();
                    applied++;
                }
            }
            return applied;
        });
    }
}
