package dev.cascade.okr.store.goal;

import static dev.cascade.okr.store.goal.KeyResultColumns.toStoredKeyResult;
import static dev.cascade.okr.store.goal.KeyResultColumns.writeMeasure;
import static dev.cascade.okr.store.goal.KeyResultColumns.writeOverride;
import static dev.cascade.okr.store.goal.KeyResultColumns.writeProgress;
import static dev.cascade.okr.store.goal.ObjectiveColumns.toStored;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.store.kernel.InList;
import dev.cascade.okr.store.kernel.OptimisticLock;
import dev.cascade.okr.store.kernel.StaleWriteException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * What the goal room's stores share over Active Objects: reading objectives and key results complete with their
 * links in batches ({@code IN} lists of at most {@value InList#BATCH} values), creating key-result and link rows, and
 * versioned writes by {@link OptimisticLock}: compare the version read, claim the next one (which the database lets
 * only one writer do), write; a writer that loses the claim rolls back and answers the current state.
 */
abstract class AoGoalRows {

    static final String OBJECTIVE = "OBJECTIVE";
    static final String KEY_RESULT = "KEY_RESULT";
    static final String ALIGNMENT = "ALIGNMENT";

    final ActiveObjects ao;

    AoGoalRows(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * The rows whose {@code column} is one of the values, read batch by batch ({@link InList}), each batch in
     * {@code order} when one is given.
     */
    final <R extends RawEntity<K>, K> List<R> findIn(Class<R> type, String column, Collection<?> values,
            String order) {
        List<R> rows = new ArrayList<>();
        for (List<?> batch : InList.batches(values)) {
            Query query = Query.select().where(InList.in(column, batch.size()), batch.toArray());
            rows.addAll(Arrays.asList(ao.find(type, order == null ? query : query.order(order))));
        }
        return rows;
    }

    /**
     * A versioned write of one objective in its own transaction: compare (also stale when {@code stale} holds for
     * the row), claim, apply {@code change} (which sets the new version), save.
     */
    final StoreWrite<StoredObjective> objectiveWrite(ObjectiveId id, long expectedVersion,
            Predicate<ObjectiveAo> stale, Consumer<ObjectiveAo> change) {
        return versionedWrite(() -> {
            ObjectiveAo row = ao.get(ObjectiveAo.class, id.value());
            if (row == null) {
                return new StoreWrite.Missing<>();
            }
            if (row.getVersion() != expectedVersion || stale.test(row)) {
                return new StoreWrite.Stale<>(read(new ObjectiveAo[] {row}).get(0));
            }
            OptimisticLock.claim(ao, OBJECTIVE, row.getID(), expectedVersion + 1);
            change.accept(row);
            row.save();
            return new StoreWrite.Written<>(read(new ObjectiveAo[] {row}).get(0));
        }, () -> currentGoal(id));
    }

    Optional<StoredObjective> currentGoal(ObjectiveId id) {
        ObjectiveAo row = ao.get(ObjectiveAo.class, id.value());
        return row == null ? Optional.empty() : Optional.of(read(new ObjectiveAo[] {row}).get(0));
    }

    Optional<StoredKeyResult> currentKeyResult(KeyResultId id) {
        KeyResultAo row = ao.get(KeyResultAo.class, id.value());
        return row == null ? Optional.empty()
                : Optional.of(toStoredKeyResult(row, linksOf(List.of(row.getID())).getOrDefault(row.getID(),
                        List.of())));
    }

    /** Objectives by id, ascending, with key results and links: three queries per batch of 500. */
    List<StoredObjective> objectivesById(Collection<Long> ids) {
        return read(findIn(ObjectiveAo.class, "ID", new TreeSet<>(ids), "ID ASC").toArray(new ObjectiveAo[0]));
    }

    /** The objectives complete with key results and links, in the given order. */
    List<StoredObjective> read(ObjectiveAo[] rows) {
        Map<Long, List<KeyResultAo>> keyResults = keyResultsOf(Arrays.stream(rows).map(ObjectiveAo::getID).toList());
        Map<Long, List<WorkLinkAo>> links = linksOf(keyResults.values().stream().flatMap(List::stream)
                .map(KeyResultAo::getID).toList());
        List<StoredObjective> objectives = new ArrayList<>(rows.length);
        for (ObjectiveAo row : rows) {
            objectives.add(toStored(row, keyResults.getOrDefault(row.getID(), List.of()), links));
        }
        return objectives;
    }

    private Map<Long, List<KeyResultAo>> keyResultsOf(Collection<Long> objectiveIds) {
        return findIn(KeyResultAo.class, "OBJECTIVE_ID", objectiveIds, "OBJECTIVE_ID ASC, POSITION ASC, ID ASC")
                .stream().collect(Collectors.groupingBy(KeyResultAo::getObjectiveId, LinkedHashMap::new,
                        Collectors.toList()));
    }

    Map<Long, List<WorkLinkAo>> linksOf(Collection<Long> keyResultIds) {
        return findIn(WorkLinkAo.class, "KEY_RESULT_ID", keyResultIds, "KEY_RESULT_ID ASC, POSITION ASC").stream()
                .collect(Collectors.groupingBy(WorkLinkAo::getKeyResultId));
    }

    KeyResultAo createKeyResult(long objectiveId, int position, NewKeyResult keyResult, Instant at) {
        KeyResultFields fields = keyResult.fields();
        KeyResultAo row = ao.create(KeyResultAo.class,
                new DBParam("OBJECTIVE_ID", objectiveId),
                new DBParam("POSITION", position),
                new DBParam("TITLE", fields.title()),
                new DBParam("WEIGHT_BP", fields.weight().basisPoints()),
                new DBParam("MEASURE_KIND", fields.measure().kind().name()),
                new DBParam("VERSION", 1L));
        writeMeasure(row, fields.measure());
        writeOverride(row, fields.override());
        writeProgress(row, keyResult.measured(), at);
        row.save();
        return row;
    }

    /** Replaces the key result's link rows by the measure's links (none unless issue-driven); saves nothing else. */
    List<WorkLinkAo> writeLinks(KeyResultAo row, Measure measure) {
        ao.deleteWithSQL(WorkLinkAo.class, "KEY_RESULT_ID = ?", row.getID());
        List<WorkLink> links = measure instanceof IssueMeasure issues ? issues.links() : List.of();
        List<WorkLinkAo> rows = new ArrayList<>(links.size());
        String firstEpic = null;
        for (int i = 0; i < links.size(); i++) {
            WorkLink link = links.get(i);
            WorkLinkAo linkRow = ao.create(WorkLinkAo.class,
                    new DBParam("KEY_RESULT_ID", row.getID()),
                    new DBParam("LINK_KIND", link.kind().name()),
                    new DBParam("POSITION", i));
            if (link instanceof WorkLink.Jql jql) {
                linkRow.setJql(jql.jql());
            } else {
                linkRow.setIssueKey(link.text());
            }
            linkRow.save();
            rows.add(linkRow);
            if (firstEpic == null && link instanceof WorkLink.Epic epic) {
                firstEpic = epic.issueKey();
            }
        }
        row.setEpicKey(firstEpic);
        row.save();
        return rows;
    }

    /**
     * A versioned write of one key result: compare, claim, apply {@code change} (which answers the links now
     * stored), bump the version, save.
     */
    StoreWrite<StoredKeyResult> keyResultWrite(KeyResultId id, long expectedVersion,
            Function<KeyResultAo, List<WorkLinkAo>> change) {
        return versionedWrite(() -> {
            KeyResultAo row = ao.get(KeyResultAo.class, id.value());
            if (row == null) {
                return new StoreWrite.Missing<>();
            }
            if (row.getVersion() != expectedVersion) {
                return new StoreWrite.Stale<>(toStoredKeyResult(row, linksOf(List.of(row.getID()))
                        .getOrDefault(row.getID(), List.of())));
            }
            OptimisticLock.claim(ao, KEY_RESULT, row.getID(), expectedVersion + 1);
            List<WorkLinkAo> links = change.apply(row);
            row.setVersion(expectedVersion + 1);
            row.save();
            return new StoreWrite.Written<>(toStoredKeyResult(row, links));
        }, () -> currentKeyResult(id));
    }

    /**
     * A versioned delete of one row in its own transaction: compare, claim, let {@code dependents} delete what hangs
     * on the row (it gets the row as stored), delete the row; answers the row as it was.
     */
    <R extends RawEntity<Long>, T> StoreWrite<T> versionedDelete(Class<R> type, String kind, long id,
            long expectedVersion, ToLongFunction<R> version, Function<R, T> stored, BiConsumer<R, T> dependents) {
        return versionedWrite(() -> {
            R row = ao.get(type, id);
            if (row == null) {
                return new StoreWrite.Missing<>();
            }
            T current = stored.apply(row);
            if (version.applyAsLong(row) != expectedVersion) {
                return new StoreWrite.Stale<>(current);
            }
            OptimisticLock.claim(ao, kind, id, expectedVersion + 1);
            dependents.accept(row, current);
            ao.delete(row);
            return new StoreWrite.Written<>(current);
        }, () -> Optional.ofNullable(ao.get(type, id)).map(stored));
    }

    /**
     * Runs a versioned write in its own transaction; when another writer claimed the version first (the
     * transaction rolled back), answers {@code Stale} with the state read in a new transaction.
     */
    <T> StoreWrite<T> versionedWrite(Supplier<StoreWrite<T>> write,
            Supplier<Optional<T>> current) {
        try {
            return ao.executeInTransaction(write::get);
        } catch (RuntimeException e) {
            if (!isStale(e)) {
                throw e;
            }
            return ao.executeInTransaction(() -> current.get()
                    .<StoreWrite<T>>map(StoreWrite.Stale::new)
                    .orElseGet(StoreWrite.Missing::new));
        }
    }

    static boolean isStale(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StaleWriteException) {
                return true;
            }
        }
        return false;
    }
}
