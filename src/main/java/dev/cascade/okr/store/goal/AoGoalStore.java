package dev.cascade.okr.store.goal;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.access.Audience;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.CheckInValues;
import dev.cascade.okr.core.model.Closing;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.GoalCategory;
import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueCompletion.Tally;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.PeriodKind;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.Reopening;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.progress.ManualOverride;
import dev.cascade.okr.core.progress.OverrideClearing;
import dev.cascade.okr.core.progress.Zone;
import dev.cascade.okr.store.kernel.Columns;
import dev.cascade.okr.store.kernel.OptimisticLock;
import dev.cascade.okr.store.kernel.StaleWriteException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The goal store on Active Objects. Every method runs in one transaction and maps entities to core objects before
 * returning; look-ups go by indexed columns in batches ({@code IN} lists of at most {@value #BATCH} values), so a
 * page of objectives costs one query for the objectives, one for their key results and one for the links.
 *
 * <p>Versioned writes follow {@link OptimisticLock}: compare the version read, claim the next one (which the
 * database lets only one writer do), write; a writer that loses the claim rolls back and answers the current state.
 */
@JiraComponent
public final class AoGoalStore implements GoalStore {

    static final int BATCH = 500;

    private static final String OBJECTIVE = "OBJECTIVE";
    private static final String KEY_RESULT = "KEY_RESULT";
    private static final String ALIGNMENT = "ALIGNMENT";
    private static final String UNIT_PROJECT = "PROJECT";
    private static final String UNIT_GROUP = "GROUP";

    private final ActiveObjects ao;

    /** Creates the store over the host's Active Objects. */
    public AoGoalStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    // ---- reading one objective and storing measured progress ----

    @Override
    public Optional<Objective> objective(ObjectiveId id) {
        return goal(id).map(StoredObjective::objective);
    }

    @Override
    public void storeProgress(Map<KeyResultId, Measured> progress, Instant at) {
        ao.executeInTransaction(() -> {
            for (List<Long> batch : batches(progress.keySet().stream().map(KeyResultId::value).toList())) {
                for (KeyResultAo row : ao.find(KeyResultAo.class,
                        Query.select().where("ID IN (" + placeholders(batch.size()) + ")", batch.toArray()))) {
                    writeProgress(row, progress.get(new KeyResultId(row.getID())), at);
                    row.save();
                }
            }
            return null;
        });
    }

    // ---- objectives ----

    @Override
    public StoredObjective insert(NewObjective objective, String createdBy, Instant at) {
        objective.keyResults().forEach(AoGoalStore::checkStorable);
        return ao.executeInTransaction(() -> {
            ObjectiveFields fields = objective.fields();
            List<DBParam> columns = new ArrayList<>(List.of(
                    new DBParam("TITLE", fields.title()),
                    new DBParam("OWNER_KEY", fields.owner().key()),
                    new DBParam("LEVEL_KEY", fields.levelKey()),
                    new DBParam("PERIOD_KIND", fields.period().kind().name()),
                    new DBParam("PERIOD_START", Columns.day(fields.period().start())),
                    new DBParam("PERIOD_END", Columns.day(fields.period().end())),
                    new DBParam("UNIT_KIND", unitKind(fields.unit())),
                    new DBParam("UNIT_REF", unitRef(fields.unit())),
                    new DBParam("GOAL_TYPE", fields.type().name()),
                    new DBParam("LIFECYCLE", fields.lifecycle().name()),
                    new DBParam("VISIBILITY", fields.visibility().name()),
                    new DBParam("ROLLS_UP", fields.rollsUpFromChildren()),
                    new DBParam("VERSION", 1L),
                    new DBParam("CREATED_BY", createdBy),
                    new DBParam("CREATED_AT", Date.from(at)),
                    new DBParam("UPDATED_BY", createdBy),
                    new DBParam("UPDATED_AT", Date.from(at))));
            if (fields.description() != null) {
                columns.add(new DBParam("DESCRIPTION", fields.description()));
            }
            if (fields.unit() instanceof OrgUnit.Project project) {
                columns.add(new DBParam("PROJECT_KEY", project.key()));
            }
            ObjectiveAo row = ao.create(ObjectiveAo.class, columns.toArray(new DBParam[0]));
            if (!fields.details().equals(GoalDetails.NONE)) {
                writeDetails(row, fields.details());
                row.save();
            }
            List<KeyResultAo> keyResults = new ArrayList<>();
            Map<Long, List<WorkLinkAo>> links = new HashMap<>();
            for (int i = 0; i < objective.keyResults().size(); i++) {
                KeyResultAo keyResult = createKeyResult(row.getID(), i, objective.keyResults().get(i), at);
                keyResults.add(keyResult);
                links.put(keyResult.getID(), writeLinks(keyResult, objective.keyResults().get(i).fields().measure()));
            }
            return toStored(row, keyResults, links);
        });
    }

    @Override
    public Optional<StoredObjective> goal(ObjectiveId id) {
        return ao.executeInTransaction(() -> currentGoal(id));
    }

    @Override
    public List<StoredObjective> goals(Collection<ObjectiveId> ids) {
        return ao.executeInTransaction(() -> objectivesById(ids.stream().map(ObjectiveId::value).toList()));
    }

    @Override
    public StoreWrite<StoredObjective> update(ObjectiveId id, long expectedVersion, ObjectiveFields fields,
            String updatedBy, Instant at) {
        return versionedWrite(() -> {
            ObjectiveAo row = ao.get(ObjectiveAo.class, id.value());
            if (row == null) {
                return new StoreWrite.Missing<>();
            }
            if (row.getVersion() != expectedVersion) {
                return new StoreWrite.Stale<>(read(new ObjectiveAo[] {row}).get(0));
            }
            OptimisticLock.claim(ao, OBJECTIVE, row.getID(), expectedVersion + 1);
            writeFields(row, fields);
            row.setVersion(expectedVersion + 1);
            row.setUpdatedBy(updatedBy);
            row.setUpdatedAt(Date.from(at));
            row.save();
            return new StoreWrite.Written<>(read(new ObjectiveAo[] {row}).get(0));
        }, () -> currentGoal(id));
    }

    @Override
    public StoreWrite<StoredObjective> delete(ObjectiveId id, long expectedVersion) {
        return versionedWrite(() -> {
            ObjectiveAo row = ao.get(ObjectiveAo.class, id.value());
            if (row == null) {
                return new StoreWrite.Missing<>();
            }
            StoredObjective current = read(new ObjectiveAo[] {row}).get(0);
            if (row.getVersion() != expectedVersion) {
                return new StoreWrite.Stale<>(current);
            }
            OptimisticLock.claim(ao, OBJECTIVE, row.getID(), expectedVersion + 1);
            List<Long> keyResultIds = current.keyResults().stream().map(k -> k.id().value()).toList();
            for (List<Long> batch : batches(keyResultIds)) {
                ao.deleteWithSQL(WorkLinkAo.class, "KEY_RESULT_ID IN (" + placeholders(batch.size()) + ")",
                        batch.toArray());
            }
            ao.deleteWithSQL(KeyResultAo.class, "OBJECTIVE_ID = ?", row.getID());
            ao.deleteWithSQL(AlignmentAo.class, "CHILD_ID = ? OR PARENT_ID = ?", row.getID(), row.getID());
            ao.delete(row);
            return new StoreWrite.Written<>(current);
        }, () -> currentGoal(id));
    }

    @Override
    public Page<StoredObjective> find(GoalQuery query) {
        return ao.executeInTransaction(() -> {
            Page<ObjectiveAo> rows = findRows(query, Query.select());
            return new Page<>(read(rows.items().toArray(new ObjectiveAo[0])), rows.offset(), rows.limit(),
                    rows.total());
        });
    }

    @Override
    public Page<ObjectiveId> findIds(GoalQuery query) {
        return ao.executeInTransaction(() -> {
            Page<ObjectiveAo> rows = findRows(query, Query.select("ID"));
            return new Page<>(rows.items().stream().map(row -> new ObjectiveId(row.getID())).toList(), rows.offset(),
                    rows.limit(), rows.total());
        });
    }

    /** One page of matching rows (the columns {@code select} names) and the number of all matches. */
    private Page<ObjectiveAo> findRows(GoalQuery query, Query select) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        filters(query, clauses, parameters);
        if (query.audience() != null) {
            audience(query.audience(), clauses, parameters);
        }
        int total;
        if (clauses.isEmpty()) {
            total = ao.count(ObjectiveAo.class);
        } else {
            String where = String.join(" AND ", clauses);
            total = ao.count(ObjectiveAo.class, where, parameters.toArray());
            select = select.where(where, parameters.toArray());
        }
        ObjectiveAo[] rows = ao.find(ObjectiveAo.class,
                select.order(order(query)).offset(query.offset()).limit(query.limit()));
        return new Page<>(Arrays.asList(rows), query.offset(), query.limit(), total);
    }

    /**
     * One query for the page (key results joined to their objective, the objective filters and audience of
     * {@link #find} applied to the objective's columns, none of which the key-result table shares) and one count;
     * then the page's rows and their links by id.
     */
    @Override
    public Page<StoredKeyResult> findKeyResults(GoalQuery query) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        filters(query, clauses, parameters);
        if (query.audience() != null) {
            audience(query.audience(), clauses, parameters);
        }
        return ao.executeInTransaction(() -> {
            Query count = joined(Query.select("ID"));
            Query select = joined(Query.select("ID"));
            if (!clauses.isEmpty()) {
                String where = String.join(" AND ", clauses);
                count = count.where(where, parameters.toArray());
                select = select.where(where, parameters.toArray());
            }
            int total = ao.count(KeyResultAo.class, count);
            KeyResultAo[] ids = ao.find(KeyResultAo.class, select.order("OB.ID ASC, KR.POSITION ASC, KR.ID ASC")
                    .offset(query.offset()).limit(query.limit()));
            List<Long> order = Arrays.stream(ids).map(KeyResultAo::getID).toList();
            Map<Long, StoredKeyResult> byId = new HashMap<>();
            for (StoredKeyResult stored : keyResults(order.stream().map(KeyResultId::new).toList())) {
                byId.put(stored.id().value(), stored);
            }
            List<StoredKeyResult> items = order.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
            return new Page<>(items, query.offset(), query.limit(), total);
        });
    }

    private static Query joined(Query select) {
        return select.alias(KeyResultAo.class, "KR").alias(ObjectiveAo.class, "OB")
                .join(ObjectiveAo.class, "KR.OBJECTIVE_ID = OB.ID");
    }

    @Override
    public Set<OrgUnit> membersOnlyUnits(GoalQuery query) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        filters(query, clauses, parameters);
        clauses.add("VISIBILITY = ?");
        parameters.add(Visibility.MEMBERS.name());
        return ao.executeInTransaction(() -> {
            Set<OrgUnit> units = new HashSet<>();
            for (ObjectiveAo row : ao.find(ObjectiveAo.class, Query.select("ID, UNIT_KIND, UNIT_REF")
                    .where(String.join(" AND ", clauses), parameters.toArray()))) {
                units.add(unitOf(row));
            }
            return units;
        });
    }

    private static OrgUnit unitOf(ObjectiveAo row) {
        return UNIT_GROUP.equals(row.getUnitKind()) ? new OrgUnit.Group(row.getUnitRef())
                : new OrgUnit.Project(row.getUnitRef());
    }

    /**
     * Id order, spelled so that a composite index serves it: with a project, owner or level filter the column is
     * constant, so ordering by it first changes nothing, but lets the database read the {@code (column, ID)} index in
     * order and stop after one page instead of sorting every match (H2 does not see through the constant itself).
     */
    private static String order(GoalQuery query) {
        if (query.projectKey() != null) {
            return "PROJECT_KEY ASC, ID ASC";
        }
        if (query.ownerKey() != null) {
            return "OWNER_KEY ASC, ID ASC";
        }
        if (query.levelKey() != null) {
            return "LEVEL_KEY ASC, ID ASC";
        }
        return "ID ASC";
    }

    /** The query's filters as SQL with placeholders; values only ever travel as parameters. */
    private static void filters(GoalQuery query, List<String> clauses, List<Object> parameters) {
        if (query.periodFrom() != null) {
            clauses.add("PERIOD_END >= ?");
            parameters.add(Columns.day(query.periodFrom()));
        }
        if (query.periodTo() != null) {
            clauses.add("PERIOD_START <= ?");
            parameters.add(Columns.day(query.periodTo()));
        }
        if (query.levelKey() != null) {
            clauses.add("LEVEL_KEY = ?");
            parameters.add(query.levelKey());
        }
        if (query.projectKey() != null) {
            clauses.add("PROJECT_KEY = ?");
            parameters.add(query.projectKey());
        }
        if (query.groupName() != null) {
            clauses.add("UNIT_KIND = ? AND UNIT_REF = ?");
            parameters.add(UNIT_GROUP);
            parameters.add(query.groupName());
        }
        if (query.ownerKey() != null) {
            clauses.add("OWNER_KEY = ?");
            parameters.add(query.ownerKey());
        }
        if (query.lifecycle() != null) {
            clauses.add("LIFECYCLE = ?");
            parameters.add(query.lifecycle().name());
        }
    }

    /**
     * What the audience may see, as one clause: visible to everyone, or owned by one of its owners, or members-only
     * in one of its projects or groups (core's {@code AccessPolicy.canSee}, restated for the query).
     */
    private static void audience(Audience audience, List<String> clauses, List<Object> parameters) {
        StringBuilder clause = new StringBuilder("(VISIBILITY = ? OR OWNER_KEY IN (");
        parameters.add(Visibility.EVERYONE.name());
        placeholders(clause, audience.ownerKeys(), parameters);
        clause.append(')');
        if (!audience.memberProjects().isEmpty()) {
            clause.append(" OR (VISIBILITY = ? AND UNIT_KIND = ? AND UNIT_REF IN (");
            parameters.add(Visibility.MEMBERS.name());
            parameters.add(UNIT_PROJECT);
            placeholders(clause, audience.memberProjects(), parameters);
            clause.append("))");
        }
        if (!audience.memberGroups().isEmpty()) {
            clause.append(" OR (VISIBILITY = ? AND UNIT_KIND = ? AND UNIT_REF IN (");
            parameters.add(Visibility.MEMBERS.name());
            parameters.add(UNIT_GROUP);
            placeholders(clause, audience.memberGroups(), parameters);
            clause.append("))");
        }
        clauses.add(clause.append(')').toString());
    }

    private static void placeholders(StringBuilder clause, Set<String> values, List<Object> parameters) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(values));
        for (int i = 0; i < sorted.size(); i++) {
            clause.append(i == 0 ? "?" : ", ?");
            parameters.add(sorted.get(i));
        }
    }

    // ---- key results ----

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
        return versionedWrite(() -> {
            KeyResultAo row = ao.get(KeyResultAo.class, id.value());
            if (row == null) {
                return new StoreWrite.Missing<>();
            }
            StoredKeyResult current = toStoredKeyResult(row, linksOf(List.of(row.getID())).getOrDefault(
                    row.getID(), List.of()));
            if (row.getVersion() != expectedVersion) {
                return new StoreWrite.Stale<>(current);
            }
            OptimisticLock.claim(ao, KEY_RESULT, row.getID(), expectedVersion + 1);
            ao.deleteWithSQL(WorkLinkAo.class, "KEY_RESULT_ID = ?", row.getID());
            ao.delete(row);
            return new StoreWrite.Written<>(current);
        }, () -> currentKeyResult(id));
    }

    @Override
    public StoreWrite<StoredKeyResult> setLinks(KeyResultId id, long expectedVersion, List<WorkLink> links) {
        links.forEach(AoGoalStore::checkLink);
        return keyResultWrite(id, expectedVersion, row -> {
            if (!Measure.Kind.ISSUES.name().equals(row.getMeasureKind())) {
                throw new IllegalArgumentException("key result " + row.getID() + " is not issue-driven ("
                        + row.getMeasureKind() + "); it has no links");
            }
            IssueMeasure measure = (IssueMeasure) toMeasure(row, List.of());
            IssueMeasure relinked = new IssueMeasure(measure.basis(), measure.statusWeights(),
                    measure.numericFieldId(), measure.tiers(), links);
            return writeLinks(row, relinked);
        });
    }

    @Override
    public List<LinkedWork> keyResultsLinkedToIssues(Set<String> issueKeys) {
        return ao.executeInTransaction(() -> {
            List<WorkLinkAo> rows = new ArrayList<>(linksByIssueKey(issueKeys));
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
            List<KeyResultAo> rows = new ArrayList<>(wanted.size());
            for (List<Long> batch : batches(wanted)) {
                rows.addAll(Arrays.asList(ao.find(KeyResultAo.class, Query.select()
                        .where("ID IN (" + placeholders(batch.size()) + ")", batch.toArray()))));
            }
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

    // ---- goal state: closing, reopening, manual overrides ----

    @Override
    public Set<ObjectiveId> frozenAmong(Collection<ObjectiveId> ids) {
        List<String> frozen = Arrays.stream(Lifecycle.values()).filter(Lifecycle::isFrozen).map(Lifecycle::name)
                .toList();
        List<Long> wanted = ids.stream().map(ObjectiveId::value).distinct().sorted().toList();
        return ao.executeInTransaction(() -> {
            Set<ObjectiveId> found = new java.util.HashSet<>();
            for (List<Long> batch : batches(wanted)) {
                List<Object> parameters = new ArrayList<>(batch);
                parameters.addAll(frozen);
                for (ObjectiveAo row : ao.find(ObjectiveAo.class, Query.select("ID").where("ID IN ("
                        + placeholders(batch.size()) + ") AND LIFECYCLE IN (" + placeholders(frozen.size()) + ")",
                        parameters.toArray()))) {
                    found.add(new ObjectiveId(row.getID()));
                }
            }
            return found;
        });
    }

    @Override
    public StoreWrite<StoredObjective> close(ObjectiveId id, long expectedVersion, Closing closing) {
        return versionedWrite(() -> {
            ObjectiveAo row = ao.get(ObjectiveAo.class, id.value());
            if (row == null) {
                return new StoreWrite.Missing<>();
            }
            if (row.getVersion() != expectedVersion) {
                return new StoreWrite.Stale<>(read(new ObjectiveAo[] {row}).get(0));
            }
            OptimisticLock.claim(ao, OBJECTIVE, row.getID(), expectedVersion + 1);
            writeClosing(row, closing);
            row.setVersion(expectedVersion + 1);
            row.save();
            return new StoreWrite.Written<>(read(new ObjectiveAo[] {row}).get(0));
        }, () -> currentGoal(id));
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
            for (List<Long> batch : batches(wanted)) {
                for (ObjectiveAo row : ao.find(ObjectiveAo.class, Query.select()
                        .where("ID IN (" + placeholders(batch.size()) + ")", batch.toArray()).order("ID ASC"))) {
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
        return versionedWrite(() -> {
            ObjectiveAo row = ao.get(ObjectiveAo.class, id.value());
            if (row == null) {
                return new StoreWrite.Missing<>();
            }
            if (row.getVersion() != expectedVersion
                    || Lifecycle.valueOf(row.getLifecycle()) != Lifecycle.CLOSED) {
                return new StoreWrite.Stale<>(read(new ObjectiveAo[] {row}).get(0));
            }
            OptimisticLock.claim(ao, OBJECTIVE, row.getID(), expectedVersion + 1);
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
            row.save();
            return new StoreWrite.Written<>(read(new ObjectiveAo[] {row}).get(0));
        }, () -> currentGoal(id));
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

    private static void writeClosing(ObjectiveAo row, Closing closing) {
        row.setLifecycle(Lifecycle.CLOSED.name());
        row.setClosedAt(Date.from(closing.at()));
        row.setClosedBy(closing.by().key());
        row.setClosedProgress(closing.progress().hasData() ? closing.progress().fraction() : null);
        row.setClosedCoverage(closing.coverage());
        row.setUpdatedBy(closing.by().key());
        row.setUpdatedAt(Date.from(closing.at()));
    }

    // ---- alignments ----

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
        }, () -> Optional.ofNullable(alignmentRow(child, parent)).map(AoGoalStore::toAlignment));
    }

    @Override
    public boolean unalign(ObjectiveId child, ObjectiveId parent) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(AlignmentAo.class, "PAIR_KEY = ?",
                pairKey(child, parent)) > 0);
    }

    @Override
    public List<Versioned<Alignment>> alignmentsAround(Set<ObjectiveId> goals) {
        return ao.executeInTransaction(() -> alignmentsTouching(goals.stream().map(ObjectiveId::value).toList())
                .stream().map(AoGoalStore::toAlignment).toList());
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
                for (List<Long> batch : batches(frontier)) {
                    for (AlignmentAo row : ao.find(AlignmentAo.class, Query.select()
                            .where("PARENT_ID IN (" + placeholders(batch.size()) + ")", batch.toArray()))) {
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

    @Override
    public GoalSlice cascadeOfProject(String projectKey, Period period) {
        return ao.executeInTransaction(() -> {
            ObjectiveAo[] rows = ao.find(ObjectiveAo.class, Query.select()
                    .where("PROJECT_KEY = ? AND PERIOD_END >= ? AND PERIOD_START <= ?", projectKey,
                            Columns.day(period.start()), Columns.day(period.end()))
                    .order("ID ASC"));
            List<Long> ids = Arrays.stream(rows).map(ObjectiveAo::getID).toList();
            List<AlignmentAo> alignments = alignmentsTouching(ids);
            Set<Long> all = new TreeSet<>(ids);
            for (AlignmentAo row : alignments) {
                all.add(row.getChildId());
                all.add(row.getParentId());
            }
            List<StoredObjective> objectives = objectivesById(all);
            Set<Long> present = new TreeSet<>();
            objectives.forEach(o -> present.add(o.id().value()));
            return new GoalSlice(objectives, among(alignments, present));
        });
    }

    // ---- reading ----

    private Optional<StoredObjective> currentGoal(ObjectiveId id) {
        ObjectiveAo row = ao.get(ObjectiveAo.class, id.value());
        return row == null ? Optional.empty() : Optional.of(read(new ObjectiveAo[] {row}).get(0));
    }

    private Optional<StoredKeyResult> currentKeyResult(KeyResultId id) {
        KeyResultAo row = ao.get(KeyResultAo.class, id.value());
        return row == null ? Optional.empty()
                : Optional.of(toStoredKeyResult(row, linksOf(List.of(row.getID())).getOrDefault(row.getID(),
                        List.of())));
    }

    /** Objectives by id, ascending, with key results and links: three queries per batch of 500. */
    private List<StoredObjective> objectivesById(Collection<Long> ids) {
        List<ObjectiveAo> rows = new ArrayList<>();
        for (List<Long> batch : batches(new TreeSet<>(ids))) {
            rows.addAll(Arrays.asList(ao.find(ObjectiveAo.class, Query.select()
                    .where("ID IN (" + placeholders(batch.size()) + ")", batch.toArray()).order("ID ASC"))));
        }
        return read(rows.toArray(new ObjectiveAo[0]));
    }

    /** The objectives complete with key results and links, in the given order. */
    private List<StoredObjective> read(ObjectiveAo[] rows) {
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
        Map<Long, List<KeyResultAo>> byObjective = new LinkedHashMap<>();
        for (List<Long> batch : batches(objectiveIds)) {
            for (KeyResultAo row : ao.find(KeyResultAo.class, Query.select()
                    .where("OBJECTIVE_ID IN (" + placeholders(batch.size()) + ")", batch.toArray())
                    .order("OBJECTIVE_ID ASC, POSITION ASC, ID ASC"))) {
                byObjective.computeIfAbsent(row.getObjectiveId(), id -> new ArrayList<>()).add(row);
            }
        }
        return byObjective;
    }

    private Map<Long, List<WorkLinkAo>> linksOf(Collection<Long> keyResultIds) {
        Map<Long, List<WorkLinkAo>> byKeyResult = new HashMap<>();
        for (List<Long> batch : batches(keyResultIds)) {
            for (WorkLinkAo row : ao.find(WorkLinkAo.class, Query.select()
                    .where("KEY_RESULT_ID IN (" + placeholders(batch.size()) + ")", batch.toArray())
                    .order("KEY_RESULT_ID ASC, POSITION ASC"))) {
                byKeyResult.computeIfAbsent(row.getKeyResultId(), id -> new ArrayList<>()).add(row);
            }
        }
        return byKeyResult;
    }

    private List<WorkLinkAo> linksByIssueKey(Set<String> issueKeys) {
        List<WorkLinkAo> rows = new ArrayList<>();
        for (List<String> batch : batches(issueKeys)) {
            rows.addAll(Arrays.asList(ao.find(WorkLinkAo.class,
                    Query.select().where("ISSUE_KEY IN (" + placeholders(batch.size()) + ")", batch.toArray()))));
        }
        return rows;
    }

    private AlignmentAo alignmentRow(ObjectiveId child, ObjectiveId parent) {
        AlignmentAo[] rows = ao.find(AlignmentAo.class, Query.select().where("PAIR_KEY = ?",
                pairKey(child, parent)));
        return rows.length == 0 ? null : rows[0];
    }

    /** Every alignment with a child or parent among the ids, each once, by child then parent id. */
    private List<AlignmentAo> alignmentsTouching(Collection<Long> objectiveIds) {
        Map<Long, AlignmentAo> byId = new HashMap<>();
        for (List<Long> batch : batches(objectiveIds)) {
            String in = placeholders(batch.size());
            Object[] both = new Object[batch.size() * 2];
            for (int i = 0; i < batch.size(); i++) {
                both[i] = batch.get(i);
                both[batch.size() + i] = batch.get(i);
            }
            for (AlignmentAo row : ao.find(AlignmentAo.class, Query.select()
                    .where("CHILD_ID IN (" + in + ") OR PARENT_ID IN (" + in + ")", both))) {
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
        return sorted(unique.values()).stream().map(AoGoalStore::toAlignment).toList();
    }

    private static List<AlignmentAo> sorted(Collection<AlignmentAo> rows) {
        List<AlignmentAo> list = new ArrayList<>(rows);
        list.sort(Comparator.comparingLong(AlignmentAo::getChildId).thenComparingLong(AlignmentAo::getParentId));
        return list;
    }

    // ---- writing ----

    private KeyResultAo createKeyResult(long objectiveId, int position, NewKeyResult keyResult, Instant at) {
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

    /**
     * A versioned write of one key result: compare, claim, apply {@code change} (which answers the links now
     * stored), bump the version, save.
     */
    private StoreWrite<StoredKeyResult> keyResultWrite(KeyResultId id, long expectedVersion,
            java.util.function.Function<KeyResultAo, List<WorkLinkAo>> change) {
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
     * Runs a versioned write in its own transaction; when another writer claimed the version first (the
     * transaction rolled back), answers {@code Stale} with the state read in a new transaction.
     */
    private <T> StoreWrite<T> versionedWrite(java.util.function.Supplier<StoreWrite<T>> write,
            java.util.function.Supplier<Optional<T>> current) {
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

    private static boolean isStale(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StaleWriteException) {
                return true;
            }
        }
        return false;
    }

    private static void writeFields(ObjectiveAo row, ObjectiveFields fields) {
        row.setTitle(fields.title());
        row.setDescription(fields.description());
        row.setOwnerKey(fields.owner().key());
        row.setLevelKey(fields.levelKey());
        row.setPeriodKind(fields.period().kind().name());
        row.setPeriodStart(Columns.day(fields.period().start()));
        row.setPeriodEnd(Columns.day(fields.period().end()));
        row.setUnitKind(unitKind(fields.unit()));
        row.setUnitRef(unitRef(fields.unit()));
        row.setProjectKey(fields.unit() instanceof OrgUnit.Project project ? project.key() : null);
        row.setGoalType(fields.type().name());
        row.setLifecycle(fields.lifecycle().name());
        row.setVisibility(fields.visibility().name());
        row.setRollsUp(fields.rollsUpFromChildren());
        writeDetails(row, fields.details());
    }

    private static void writeDetails(ObjectiveAo row, GoalDetails details) {
        row.setCategory(details.category() == null ? null : details.category().name());
        row.setDepartments(details.departments().isEmpty() ? null
                : details.departments().stream().map(OrgUnit::ref).collect(Collectors.joining("\n")));
        row.setSupportNeeded(details.supportNeeded());
        row.setGoalWeight(details.weight() == null ? null : details.weight().basisPoints());
    }

    private static GoalDetails detailsOf(ObjectiveAo row) {
        List<OrgUnit> departments = new ArrayList<>();
        if (row.getDepartments() != null) {
            for (String ref : row.getDepartments().split("\n")) {
                if (ref.startsWith("project:")) {
                    departments.add(new OrgUnit.Project(ref.substring("project:".length())));
                } else if (ref.startsWith("group:")) {
                    departments.add(new OrgUnit.Group(ref.substring("group:".length())));
                }
            }
        }
        return new GoalDetails(row.getCategory() == null ? null : GoalCategory.valueOf(row.getCategory()),
                departments, row.getSupportNeeded(),
                row.getGoalWeight() == null ? null : new Weight(row.getGoalWeight()));
    }

    /** Writes every measure column: the measure's own, and {@code null} in the others. */
    private static void writeMeasure(KeyResultAo row, Measure measure) {
        row.setMeasureKind(measure.kind().name());
        MetricMeasure metric = measure instanceof MetricMeasure m ? m : null;
        BandMeasure band = measure instanceof BandMeasure b ? b : null;
        MilestoneMeasure milestone = measure instanceof MilestoneMeasure m ? m : null;
        IssueMeasure issues = measure instanceof IssueMeasure i ? i : null;
        TargetTiers tiers = metric != null ? metric.tiers() : issues != null ? issues.tiers() : null;
        row.setDirection(metric == null ? null : metric.direction().name());
        row.setStartValue(metric == null ? null : Columns.decimal(metric.start()));
        row.setFloorValue(tiers == null ? null : Columns.decimal(tiers.floor()));
        row.setTargetValue(tiers == null ? null : Columns.decimal(tiers.target()));
        row.setStretchValue(tiers == null ? null : Columns.decimal(tiers.stretch()));
        row.setUnitLabel(metric != null ? metric.unit() : band != null ? band.unit() : null);
        row.setBandLow(band == null ? null : Columns.decimal(band.low()));
        row.setBandHigh(band == null ? null : Columns.decimal(band.high()));
        row.setMilestoneText(milestone == null ? null : milestone.description());
        row.setBasis(issues == null ? null : issues.basis().name());
        row.setWeightToDo(issues == null ? null : issues.statusWeights().toDo());
        row.setWeightInProgress(issues == null ? null : issues.statusWeights().inProgress());
        row.setWeightDone(issues == null ? null : issues.statusWeights().done());
        row.setNumericFieldId(issues == null ? null : issues.numericFieldId());
        row.setCheckInValues(metric == null ? null : metric.checkInValues().name());
    }

    private static void writeOverride(KeyResultAo row, ManualOverride override) {
        row.setOverrideFraction(override == null ? null : Columns.decimal(override.fraction()));
        row.setOverrideReason(override == null ? null : override.reason());
        row.setOverrideBy(override == null ? null : override.author().key());
        row.setOverrideAt(override == null ? null : Date.from(override.at()));
    }

    /** Replaces the key result's link rows by the measure's links (none unless issue-driven); saves nothing else. */
    private List<WorkLinkAo> writeLinks(KeyResultAo row, Measure measure) {
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

    private static void writeProgress(KeyResultAo row, Measured measured, Instant at) {
        Progress progress = measured.progress();
        row.setProgress(progress.hasData() ? progress.fraction() : null);
        row.setNoDataReason(progress.hasData() ? null : progress.reason().name());
        IssueCompletion evidence = measured.evidence();
        row.setIssuesTotal(evidence == null ? null : evidence.total());
        row.setIssuesDone(evidence == null ? null : evidence.done());
        row.setIssuesInProgress(evidence == null ? null : evidence.inProgress());
        Tally toDo = evidence == null ? null : evidence.tally(StatusCategory.TO_DO);
        Tally inProgress = evidence == null ? null : evidence.tally(StatusCategory.IN_PROGRESS);
        Tally done = evidence == null ? null : evidence.tally(StatusCategory.DONE);
        row.setStoryPointsToDo(toDo == null ? null : toDo.storyPoints());
        row.setStoryPointsInProgress(inProgress == null ? null : inProgress.storyPoints());
        row.setStoryPointsDone(done == null ? null : done.storyPoints());
        row.setUnestimatedToDo(toDo == null ? null : toDo.unestimated());
        row.setUnestimatedInProgress(inProgress == null ? null : inProgress.unestimated());
        row.setUnestimatedDone(done == null ? null : done.unestimated());
        row.setFieldSumToDo(toDo == null ? null : toDo.fieldSum());
        row.setFieldSumInProgress(inProgress == null ? null : inProgress.fieldSum());
        row.setFieldSumDone(done == null ? null : done.fieldSum());
        row.setNoFieldValueToDo(toDo == null ? null : toDo.withoutFieldValue());
        row.setNoFieldValueInProgress(inProgress == null ? null : inProgress.withoutFieldValue());
        row.setNoFieldValueDone(done == null ? null : done.withoutFieldValue());
        row.setZone(measured.zone().name());
        row.setMeasuredAt(Date.from(at));
    }

    /** Refuses what the columns cannot hold, before anything is written. */
    private static void checkStorable(NewKeyResult keyResult) {
        if (keyResult.measured().progress().hasData() && keyResult.measured().progress().isManual()) {
            throw new IllegalArgumentException("a computed progress is never manual; store a manual progress as the"
                    + " key result's override: " + keyResult.fields().title());
        }
        checkLinks(keyResult.fields().measure());
    }

    private static void checkLinks(Measure measure) {
        if (measure instanceof IssueMeasure issues) {
            issues.links().forEach(AoGoalStore::checkLink);
        }
    }

    private static void checkLink(WorkLink link) {
        if (!(link instanceof WorkLink.Jql) && link.text().length() > MAX_ISSUE_KEY) {
            throw new IllegalArgumentException("issue keys longer than " + MAX_ISSUE_KEY
                    + " characters cannot be stored: " + link.text().substring(0, 40) + "...");
        }
    }

    // ---- mapping ----

    private static StoredObjective toStored(ObjectiveAo row, List<KeyResultAo> keyResultRows,
            Map<Long, List<WorkLinkAo>> links) {
        List<StoredKeyResult> keyResults = new ArrayList<>(keyResultRows.size());
        for (KeyResultAo keyResult : keyResultRows) {
            keyResults.add(toStoredKeyResult(keyResult, links.getOrDefault(keyResult.getID(), List.of())));
        }
        Objective objective = new Objective(new ObjectiveId(row.getID()), row.getTitle(), row.getDescription(),
                new UserRef(row.getOwnerKey()), row.getLevelKey(),
                new Period(PeriodKind.valueOf(row.getPeriodKind()), Columns.day(row.getPeriodStart()),
                        Columns.day(row.getPeriodEnd())),
                unitOf(row),
                GoalType.valueOf(row.getGoalType()), Lifecycle.valueOf(row.getLifecycle()),
                Visibility.valueOf(row.getVisibility()), row.isRollsUp(),
                keyResults.stream().map(StoredKeyResult::keyResult).toList(), detailsOf(row));
        Closing closing = objective.lifecycle() == Lifecycle.CLOSED && row.getClosedAt() != null
                ? new Closing(row.getClosedAt().toInstant(), new UserRef(row.getClosedBy()),
                        row.getClosedProgress() == null ? Progress.noData(NoDataReason.NOTHING_TO_ROLL_UP)
                                : Progress.of(row.getClosedProgress()),
                        row.getClosedCoverage() == null ? 0.0 : row.getClosedCoverage())
                : null;
        Reopening reopening = row.getReopenedAt() == null ? null
                : new Reopening(row.getReopenedAt().toInstant(), new UserRef(row.getReopenedBy()),
                        row.getReopenReason());
        return new StoredObjective(objective, row.getVersion(), keyResults, row.getCreatedBy(),
                row.getCreatedAt().toInstant(), row.getUpdatedBy(), row.getUpdatedAt().toInstant(), closing,
                reopening);
    }

    private static StoredKeyResult toStoredKeyResult(KeyResultAo row, List<WorkLinkAo> links) {
        Progress computed = row.getProgress() != null
                ? Progress.of(row.getProgress())
                : Progress.noData(row.getNoDataReason() == null
                        ? NoDataReason.NOT_COMPUTED : NoDataReason.valueOf(row.getNoDataReason()));
        ManualOverride override = row.getOverrideFraction() == null ? null
                : new ManualOverride(Columns.decimal(row.getOverrideFraction()), row.getOverrideReason(),
                        new UserRef(row.getOverrideBy()), row.getOverrideAt().toInstant());
        KeyResult keyResult = new KeyResult(new KeyResultId(row.getID()), row.getTitle(),
                new Weight(row.getWeightBp()), toMeasure(row, links),
                override == null ? computed : override.progress(), toEvidence(row));
        OverrideClearing cleared = row.getClearedAt() == null ? null
                : new OverrideClearing(new UserRef(row.getClearedBy()), row.getClearedAt().toInstant(),
                        row.getClearedReason());
        return new StoredKeyResult(new ObjectiveId(row.getObjectiveId()), keyResult, row.getVersion(), computed,
                override, row.getMeasuredAt() == null ? null : row.getMeasuredAt().toInstant(),
                row.getZone() == null ? Zone.ofSingleTarget(computed) : Zone.valueOf(row.getZone()), cleared);
    }

    private static Measure toMeasure(KeyResultAo row, List<WorkLinkAo> links) {
        return switch (Measure.Kind.valueOf(row.getMeasureKind())) {
            case METRIC -> new MetricMeasure(Direction.valueOf(row.getDirection()),
                    Columns.decimal(row.getStartValue()), tiers(row), row.getUnitLabel(),
                    row.getCheckInValues() == null ? CheckInValues.CUMULATIVE
                            : CheckInValues.valueOf(row.getCheckInValues()));
            case BAND -> new BandMeasure(Columns.decimal(row.getBandLow()), Columns.decimal(row.getBandHigh()),
                    row.getUnitLabel());
            case MILESTONE -> new MilestoneMeasure(row.getMilestoneText());
            case ISSUES -> new IssueMeasure(ProgressBasis.valueOf(row.getBasis()),
                    row.getWeightDone() == null ? StatusWeights.defaults()
                            : new StatusWeights(row.getWeightToDo(), row.getWeightInProgress(), row.getWeightDone()),
                    row.getNumericFieldId(), row.getTargetValue() == null ? null : tiers(row),
                    links.stream().map(AoGoalStore::toLink).toList());
        };
    }

    private static TargetTiers tiers(KeyResultAo row) {
        return new TargetTiers(Columns.decimal(row.getFloorValue()), Columns.decimal(row.getTargetValue()),
                Columns.decimal(row.getStretchValue()));
    }

    private static WorkLink toLink(WorkLinkAo row) {
        return switch (WorkLink.Kind.valueOf(row.getLinkKind())) {
            case EPIC -> new WorkLink.Epic(row.getIssueKey());
            case ISSUE -> new WorkLink.Issue(row.getIssueKey());
            case JQL -> new WorkLink.Jql(row.getJql() == null ? "" : row.getJql());
        };
    }

    /** The evidence; rows written before the tallies were stored hold counts only. */
    private static IssueCompletion toEvidence(KeyResultAo row) {
        if (row.getIssuesTotal() == null) {
            return null;
        }
        int total = row.getIssuesTotal();
        int done = row.getIssuesDone();
        int inProgress = row.getIssuesInProgress();
        if (row.getStoryPointsDone() == null) {
            return new IssueCompletion(total, done, inProgress);
        }
        return IssueCompletion.of(
                new Tally(total - done - inProgress, row.getStoryPointsToDo(), row.getUnestimatedToDo(),
                        row.getFieldSumToDo(), row.getNoFieldValueToDo()),
                new Tally(inProgress, row.getStoryPointsInProgress(), row.getUnestimatedInProgress(),
                        row.getFieldSumInProgress(), row.getNoFieldValueInProgress()),
                new Tally(done, row.getStoryPointsDone(), row.getUnestimatedDone(), row.getFieldSumDone(),
                        row.getNoFieldValueDone()));
    }

    private static Versioned<Alignment> toAlignment(AlignmentAo row) {
        return new Versioned<>(new Alignment(new ObjectiveId(row.getChildId()), new ObjectiveId(row.getParentId()),
                new Weight(row.getContributionBp())), row.getVersion());
    }

    private static String unitKind(OrgUnit unit) {
        return unit instanceof OrgUnit.Group ? UNIT_GROUP : UNIT_PROJECT;
    }

    private static String unitRef(OrgUnit unit) {
        return unit instanceof OrgUnit.Group group ? group.name() : ((OrgUnit.Project) unit).key();
    }

    private static String pairKey(ObjectiveId child, ObjectiveId parent) {
        return child.value() + ">" + parent.value();
    }

    private static <T> List<List<T>> batches(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return batches;
    }

    /** {@code ?, ?, ?}: placeholders only; values always travel as parameters. */
    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
