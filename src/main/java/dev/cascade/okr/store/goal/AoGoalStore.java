package dev.cascade.okr.store.goal;

import static dev.cascade.okr.store.goal.ObjectiveColumns.toStored;
import static dev.cascade.okr.store.goal.ObjectiveColumns.unitKind;
import static dev.cascade.okr.store.goal.ObjectiveColumns.unitRef;
import static dev.cascade.okr.store.goal.ObjectiveColumns.writeDetails;
import static dev.cascade.okr.store.goal.ObjectiveColumns.writeFields;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.store.kernel.InList;
import dev.cascade.okr.store.kernel.OptimisticLock;
import dev.cascade.okr.store.kernel.PeriodColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;

/**
 * The goal store on Active Objects: objectives with their key results and links ({@link GoalStore}); the goal room's
 * other ports have their own components ({@link AoGoalQueries}, {@link AoKeyResultStore}, {@link AoGoalStateStore},
 * {@link AoAlignmentStore}). Every method runs in one transaction and maps entities to core objects before returning;
 * look-ups go by indexed columns in batches ({@code IN} lists of at most {@value InList#BATCH} values), so a page of
 * objectives costs one query for the objectives, one for their key results and one for the links.
 *
 * <p>Versioned writes follow {@link OptimisticLock}: compare the version read, claim the next one (which the
 * database lets only one writer do), write; a writer that loses the claim rolls back and answers the current state.
 */
@JiraComponent
public final class AoGoalStore extends AoGoalRows implements GoalStore {

    /** Creates the store over the host's Active Objects. */
    public AoGoalStore(@ComponentImport ActiveObjects ao) {
        super(ao);
    }

    @Override
    public Optional<Objective> objective(ObjectiveId id) {
        return goal(id).map(StoredObjective::objective);
    }

    @Override
    public StoredObjective insert(NewObjective objective, String createdBy, Instant at) {
        objective.keyResults().forEach(KeyResultColumns::checkStorable);
        return ao.executeInTransaction(() -> {
            ObjectiveFields fields = objective.fields();
            List<DBParam> columns = new ArrayList<>(List.of(PeriodColumns.with(fields.period(),
                    new DBParam("TITLE", fields.title()),
                    new DBParam("OWNER_KEY", fields.owner().key()),
                    new DBParam("LEVEL_KEY", fields.levelKey()),
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
                    new DBParam("UPDATED_AT", Date.from(at)))));
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
}
