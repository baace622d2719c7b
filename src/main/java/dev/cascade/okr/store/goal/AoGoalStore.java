package dev.cascade.okr.store.goal;

import static dev.cascade.okr.store.goal.ObjectiveColumns.toStored;
import static dev.cascade.okr.store.goal.ObjectiveColumns.unitKind;
import static dev.cascade.okr.store.goal.ObjectiveColumns.unitRef;
import static dev.cascade.okr.store.goal.ObjectiveColumns.writeDetails;
import static dev.cascade.okr.store.goal.ObjectiveColumns.writeFields;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.Closing;
import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Reopening;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalQueries;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStateStore;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.GoalSlice;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.LinkedWork;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.KeyResultStore;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.progress.ManualOverride;
import dev.cascade.okr.core.progress.OverrideClearing;
import dev.cascade.okr.store.kernel.Columns;
import dev.cascade.okr.store.kernel.InList;
import dev.cascade.okr.store.kernel.OptimisticLock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.DBParam;

/**
 * The goal store on Active Objects: objectives here, and by composition the room's other parts of the port —
 * {@link AoGoalQueries}, {@link AoKeyResultStore}, {@link AoGoalStateStore} and {@link AoAlignmentStore} — so that the
 * host has one component for {@link GoalStore}. Every method runs in one transaction and maps entities to core objects
 * before returning; look-ups go by indexed columns in batches ({@code IN} lists of at most {@value InList#BATCH}
 * values), so a page of objectives costs one query for the objectives, one for their key results and one for the
 * links.
 *
 * <p>Versioned writes follow {@link OptimisticLock}: compare the version read, claim the next one (which the
 * database lets only one writer do), write; a writer that loses the claim rolls back and answers the current state.
 */
@JiraComponent
public final class AoGoalStore extends AoGoalRows implements GoalStore {

    private final KeyResultStore keyResults;
    private final GoalQueries queries;
    private final GoalStateStore states;
    private final AlignmentStore alignments;

    /** Creates the store over the host's Active Objects. */
    public AoGoalStore(@ComponentImport ActiveObjects ao) {
        super(ao);
        this.keyResults = new AoKeyResultStore(ao);
        this.queries = new AoGoalQueries(ao, keyResults);
        this.states = new AoGoalStateStore(ao);
        this.alignments = new AoAlignmentStore(ao);
    }

    // ---- objectives ----

    @Override
    public Optional<Objective> objective(ObjectiveId id) {
        return goal(id).map(StoredObjective::objective);
    }

    @Override
    public StoredObjective insert(NewObjective objective, String createdBy, Instant at) {
        objective.keyResults().forEach(KeyResultColumns::checkStorable);
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
        return objectiveWrite(id, expectedVersion, row -> false, row -> {
            writeFields(row, fields);
            row.setVersion(expectedVersion + 1);
            row.setUpdatedBy(updatedBy);
            row.setUpdatedAt(Date.from(at));
        });
    }

    @Override
    public StoreWrite<StoredObjective> delete(ObjectiveId id, long expectedVersion) {
        return versionedDelete(ObjectiveAo.class, OBJECTIVE, id.value(), expectedVersion, ObjectiveAo::getVersion,
                row -> read(new ObjectiveAo[] {row}).get(0), (row, current) -> {
                    List<Long> keyResultIds = current.keyResults().stream().map(k -> k.id().value()).toList();
                    for (List<Long> batch : InList.batches(keyResultIds)) {
                        ao.deleteWithSQL(WorkLinkAo.class, InList.in("KEY_RESULT_ID", batch.size()),
                                batch.toArray());
                    }
                    ao.deleteWithSQL(KeyResultAo.class, "OBJECTIVE_ID = ?", row.getID());
                    ao.deleteWithSQL(AlignmentAo.class, "CHILD_ID = ? OR PARENT_ID = ?", row.getID(), row.getID());
                });
    }

    // ---- key results and their links, measured progress ----

    @Override
    public void storeProgress(Map<KeyResultId, Measured> progress, Instant at) {
        keyResults.storeProgress(progress, at);
    }

    @Override
    public StoreWrite<StoredKeyResult> addKeyResult(ObjectiveId objective, NewKeyResult keyResult, Instant at) {
        return keyResults.addKeyResult(objective, keyResult, at);
    }

    @Override
    public Optional<StoredKeyResult> keyResult(KeyResultId id) {
        return keyResults.keyResult(id);
    }

    @Override
    public StoreWrite<StoredKeyResult> updateKeyResult(KeyResultId id, long expectedVersion, KeyResultFields fields) {
        return keyResults.updateKeyResult(id, expectedVersion, fields);
    }

    @Override
    public StoreWrite<StoredKeyResult> deleteKeyResult(KeyResultId id, long expectedVersion) {
        return keyResults.deleteKeyResult(id, expectedVersion);
    }

    @Override
    public StoreWrite<StoredKeyResult> setLinks(KeyResultId id, long expectedVersion, List<WorkLink> links) {
        return keyResults.setLinks(id, expectedVersion, links);
    }

    @Override
    public List<LinkedWork> keyResultsLinkedToIssues(Set<String> issueKeys) {
        return keyResults.keyResultsLinkedToIssues(issueKeys);
    }

    @Override
    public List<StoredKeyResult> keyResults(Collection<KeyResultId> ids) {
        return keyResults.keyResults(ids);
    }

    @Override
    public List<KeyResultId> keyResultsWithLinks(WorkLink.Kind kind) {
        return keyResults.keyResultsWithLinks(kind);
    }

    @Override
    public List<KeyResultId> linkedKeyResults() {
        return keyResults.linkedKeyResults();
    }

    // ---- finding ----

    @Override
    public Page<StoredObjective> find(GoalQuery query) {
        return queries.find(query);
    }

    @Override
    public Page<ObjectiveId> findIds(GoalQuery query) {
        return queries.findIds(query);
    }

    @Override
    public Page<StoredKeyResult> findKeyResults(GoalQuery query) {
        return queries.findKeyResults(query);
    }

    @Override
    public Set<OrgUnit> membersOnlyUnits(GoalQuery query) {
        return queries.membersOnlyUnits(query);
    }

    // ---- goal state: closing, reopening, manual overrides ----

    @Override
    public Set<ObjectiveId> frozenAmong(Collection<ObjectiveId> ids) {
        return states.frozenAmong(ids);
    }

    @Override
    public StoreWrite<StoredObjective> close(ObjectiveId id, long expectedVersion, Closing closing) {
        return states.close(id, expectedVersion, closing);
    }

    @Override
    public List<ObjectiveId> closeAll(Map<ObjectiveId, Closing> closings) {
        return states.closeAll(closings);
    }

    @Override
    public StoreWrite<StoredObjective> reopen(ObjectiveId id, long expectedVersion, Reopening reopening) {
        return states.reopen(id, expectedVersion, reopening);
    }

    @Override
    public StoreWrite<StoredKeyResult> override(KeyResultId id, long expectedVersion, ManualOverride override,
            OverrideClearing clearing) {
        return states.override(id, expectedVersion, override, clearing);
    }

    // ---- alignments ----

    @Override
    public StoreWrite<Versioned<Alignment>> align(Alignment alignment, String createdBy, Instant at) {
        return alignments.align(alignment, createdBy, at);
    }

    @Override
    public StoreWrite<Versioned<Alignment>> changeContribution(ObjectiveId child, ObjectiveId parent,
            long expectedVersion, Weight contribution) {
        return alignments.changeContribution(child, parent, expectedVersion, contribution);
    }

    @Override
    public boolean unalign(ObjectiveId child, ObjectiveId parent) {
        return alignments.unalign(child, parent);
    }

    @Override
    public List<Versioned<Alignment>> alignmentsAround(Set<ObjectiveId> goals) {
        return alignments.alignmentsAround(goals);
    }

    @Override
    public GoalSlice descendantsOf(ObjectiveId root, int maxDepth) {
        return alignments.descendantsOf(root, maxDepth);
    }

    @Override
    public GoalSlice cascadeOfProject(String projectKey, Period period) {
        return alignments.cascadeOfProject(projectKey, period);
    }

    @Override
    public List<ObjectiveId> cascadeRootsOfProject(String projectKey, Period period) {
        return alignments.cascadeRootsOfProject(projectKey, period);
    }
}
