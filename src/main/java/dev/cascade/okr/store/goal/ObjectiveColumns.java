package dev.cascade.okr.store.goal;

import static dev.cascade.okr.store.goal.KeyResultColumns.toStoredKeyResult;
import static dev.cascade.okr.store.goal.ObjectiveColumns.UNIT_GROUP;
import static dev.cascade.okr.store.goal.ObjectiveColumns.UNIT_PROJECT;
import static dev.cascade.okr.store.goal.ObjectiveColumns.detailsOf;
import static dev.cascade.okr.store.goal.ObjectiveColumns.unitKind;
import static dev.cascade.okr.store.goal.ObjectiveColumns.unitOf;
import static dev.cascade.okr.store.goal.ObjectiveColumns.unitRef;
import static dev.cascade.okr.store.goal.ObjectiveColumns.writeDetails;

import dev.cascade.okr.core.model.Closing;
import dev.cascade.okr.core.model.GoalCategory;
import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.Reopening;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.store.kernel.PeriodColumns;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How an objective's fields sit in its {@link ObjectiveAo} row, both ways: the goal room stores' one mapping. */
final class ObjectiveColumns {

    static final String UNIT_PROJECT = "PROJECT";
    static final String UNIT_GROUP = "GROUP";

    private ObjectiveColumns() {
    }

    static void writeFields(ObjectiveAo row, ObjectiveFields fields) {
        row.setTitle(fields.title());
        row.setDescription(fields.description());
        row.setOwnerKey(fields.owner().key());
        row.setLevelKey(fields.levelKey());
        PeriodColumns.write(row, fields.period());
        row.setUnitKind(unitKind(fields.unit()));
        row.setUnitRef(unitRef(fields.unit()));
        row.setProjectKey(fields.unit() instanceof OrgUnit.Project project ? project.key() : null);
        row.setGoalType(fields.type().name());
        row.setLifecycle(fields.lifecycle().name());
        row.setVisibility(fields.visibility().name());
        row.setRollsUp(fields.rollsUpFromChildren());
        writeDetails(row, fields.details());
    }

    static void writeDetails(ObjectiveAo row, GoalDetails details) {
        row.setCategory(details.category() == null ? null : details.category().name());
        row.setDepartments(details.departments().isEmpty() ? null
                : details.departments().stream().map(OrgUnit::ref).collect(Collectors.joining("\n")));
        row.setSupportNeeded(details.supportNeeded());
        row.setGoalWeight(details.weight() == null ? null : details.weight().basisPoints());
    }

    static GoalDetails detailsOf(ObjectiveAo row) {
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

    static StoredObjective toStored(ObjectiveAo row, List<KeyResultAo> keyResultRows,
            Map<Long, List<WorkLinkAo>> links) {
        List<StoredKeyResult> keyResults = new ArrayList<>(keyResultRows.size());
        for (KeyResultAo keyResult : keyResultRows) {
            keyResults.add(toStoredKeyResult(keyResult, links.getOrDefault(keyResult.getID(), List.of())));
        }
        Objective objective = new Objective(new ObjectiveId(row.getID()), row.getTitle(), row.getDescription(),
                new UserRef(row.getOwnerKey()), row.getLevelKey(),
                PeriodColumns.of(row),
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

    static OrgUnit unitOf(ObjectiveAo row) {
        return UNIT_GROUP.equals(row.getUnitKind()) ? new OrgUnit.Group(row.getUnitRef())
                : new OrgUnit.Project(row.getUnitRef());
    }

    static String unitKind(OrgUnit unit) {
        return unit instanceof OrgUnit.Group ? UNIT_GROUP : UNIT_PROJECT;
    }

    static String unitRef(OrgUnit unit) {
        return unit instanceof OrgUnit.Group group ? group.name() : ((OrgUnit.Project) unit).key();
    }

    static void writeClosing(ObjectiveAo row, Closing closing) {
        row.setLifecycle(Lifecycle.CLOSED.name());
        row.setClosedAt(Date.from(closing.at()));
        row.setClosedBy(closing.by().key());
        row.setClosedProgress(closing.progress().hasData() ? closing.progress().fraction() : null);
        row.setClosedCoverage(closing.coverage());
        row.setUpdatedBy(closing.by().key());
        row.setUpdatedAt(Date.from(closing.at()));
    }
}
