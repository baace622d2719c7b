package dev.cascade.okr.store.plan;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.plan.ActionPlan;
import dev.cascade.okr.core.plan.Initiative;
import dev.cascade.okr.core.plan.InitiativeId;
import dev.cascade.okr.core.plan.PlanItem;
import dev.cascade.okr.core.plan.PlanItemId;
import dev.cascade.okr.core.plan.PlanItemStatus;
import dev.cascade.okr.core.plan.Raci;
import dev.cascade.okr.core.plan.RaciAssignment;
import dev.cascade.okr.core.plan.RaciRole;
import dev.cascade.okr.core.plan.Resources;
import dev.cascade.okr.core.plan.Risk;
import dev.cascade.okr.core.plan.RiskLevel;
import dev.cascade.okr.core.plan.Task;
import dev.cascade.okr.core.plan.TaskId;
import dev.cascade.okr.core.plan.TaskProgress;
import dev.cascade.okr.core.port.ActionPlanStore;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.Columns;
import dev.cascade.okr.store.kernel.InList;
import dev.cascade.okr.store.kernel.OptimisticLock;
import dev.cascade.okr.store.kernel.StaleWriteException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Action plans on Active Objects: {@link InitiativeAo} and {@link PlanTaskAo} rows, each versioned, with their RACI,
 * dependencies and people in rows that carry the goal's id, so that a whole plan loads in five queries whatever its
 * size. Every change claims the next revision of the plan's {@link ActionPlanAo} row (serialising changes to one
 * plan) and of the item, then checks that the plan with the change still satisfies {@link ActionPlan}'s invariants;
 * when it does not, the change is rolled back and answered {@code Stale} with the current plan.
 */
@JiraComponent
public final class AoActionPlanStore implements ActionPlanStore {

    private static final String INITIATIVE = "INITIATIVE";
    private static final String TASK = "TASK";

    private final ActiveObjects ao;

    /** Creates the store over the host's Active Objects. */
    public AoActionPlanStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public StoredPlan actionPlan(ObjectiveId objective) {
        Objects.requireNonNull(objective, "objective");
        return ao.executeInTransaction(() -> load(objective));
    }

    @Override
    public StoreWrite<PlanChange> createInitiative(Initiative initiative) {
        Objects.requireNonNull(initiative, "initiative");
        ObjectiveId objective = initiative.objective();
        return createItem(initiative, objective, withId(initiative, NEW_INITIATIVE),
                () -> ao.create(InitiativeAo.class, itemParams(objective, initiative, new DBParam("VERSION", 1L))),
                row -> withId(initiative, new InitiativeId(row.getID())),
                (row, stored) -> row.setEpicKey(stored.epicKey()));
    }

    @Override
    public StoreWrite<PlanChange> putInitiative(long expectedVersion, Initiative initiative) {
        Objects.requireNonNull(initiative, "initiative");
        long id = initiative.id().value();
        return guarded(initiative.id(), initiative.objective(), () -> {
            InitiativeAo row = ao.get(InitiativeAo.class, id);
            if (row == null) {
                return new StoreWrite.Missing<PlanChange>();
            }
            if (row.getObjectiveId() != initiative.objective().value()) {
                throw new IllegalArgumentException(initiative.id().ref() + " serves objective "
                        + row.getObjectiveId() + ", not " + initiative.objective().value());
            }
            if (row.getVersion() != expectedVersion) {
                // Before claiming the plan's next revision: a stale write leaves no trace, not even a revision.
                return new StoreWrite.Stale<>(new PlanChange(initiative.id(), load(initiative.objective())));
            }
            claimPlan(initiative.objective());
            StoredPlan current = load(initiative.objective());
            OptimisticLock.claim(ao, INITIATIVE, id, expectedVersion + 1);
            fits(current, () -> withItem(current.plan(), initiative));
            writeItem(row, initiative);
            row.setEpicKey(initiative.epicKey());
            row.setVersion(expectedVersion + 1);
            row.save();
            return written(current, initiative, expectedVersion + 1);
        });
    }

    @Override
    public StoreWrite<PlanChange> createTask(Task task) {
        Objects.requireNonNull(task, "task");
        ObjectiveId objective = objectiveOf(task.initiative());
        if (objective == null) {
            return new StoreWrite.Missing<>();
        }
        return createItem(task, objective, withId(task, NEW_TASK),
                () -> ao.create(PlanTaskAo.class, itemParams(objective, task, new DBParam("VERSION", 1L),
                        new DBParam("INITIATIVE_ID", task.initiative().value()))),
                row -> withId(task, new TaskId(row.getID())),
                (row, stored) -> {
                    row.setIssueKey(stored.issueKey());
                    writeProgress(row, stored.progress());
                });
    }

    @Override
    public StoreWrite<PlanChange> putTask(long expectedVersion, Task task) {
        Objects.requireNonNull(task, "task");
        long id = task.id().value();
        ObjectiveId objective = ao.executeInTransaction(() -> {
            PlanTaskAo row = ao.get(PlanTaskAo.class, id);
            return row == null ? null : new ObjectiveId(row.getObjectiveId());
        });
        if (objective == null) {
            return new StoreWrite.Missing<>();
        }
        return guarded(task.id(), objective, () -> {
            PlanTaskAo row = ao.get(PlanTaskAo.class, id);
            InitiativeAo initiative = ao.get(InitiativeAo.class, task.initiative().value());
            if (row == null || initiative == null) {
                return new StoreWrite.Missing<PlanChange>();
            }
            if (initiative.getObjectiveId() != row.getObjectiveId()) {
                throw new IllegalArgumentException(task.id().ref() + " belongs to objective " + row.getObjectiveId()
                        + ", " + task.initiative().ref() + " to " + initiative.getObjectiveId());
            }
            if (row.getVersion() != expectedVersion) {
                // Before claiming the plan's next revision: a stale write leaves no trace, not even a revision.
                return new StoreWrite.Stale<>(new PlanChange(task.id(), load(objective)));
            }
            claimPlan(objective);
            StoredPlan current = load(objective);
            OptimisticLock.claim(ao, TASK, id, expectedVersion + 1);
            fits(current, () -> withItem(current.plan(), task));
            writeItem(row, task);
            row.setInitiativeId(task.initiative().value());
            row.setIssueKey(task.issueKey());
            writeProgress(row, task.progress());
            row.setVersion(expectedVersion + 1);
            row.save();
            return written(current, task, expectedVersion + 1);
        });
    }

    @Override
    public StoreWrite<PlanChange> delete(PlanItemId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        ObjectiveId objective = ao.executeInTransaction(() -> {
            PlanItemAo row = row(id);
            return row == null ? null : new ObjectiveId(row.getObjectiveId());
        });
        if (objective == null) {
            return new StoreWrite.Missing<>();
        }
        return guarded(id, objective, () -> {
            PlanItemAo row = row(id);
            if (row == null) {
                return new StoreWrite.Missing<PlanChange>();
            }
            if (row.getVersion() != expectedVersion) {
                // Before claiming the plan's next revision: a stale write leaves no trace, not even a revision.
                return new StoreWrite.Stale<>(new PlanChange(id, load(objective)));
            }
            claimPlan(objective);
            StoredPlan current = load(objective);
            OptimisticLock.claim(ao, kind(id), id.value(), expectedVersion + 1);
            List<Long> initiatives = new ArrayList<>();
            List<Long> tasks = new ArrayList<>();
            Set<PlanItemId> removed = new HashSet<>();
            removed.add(id);
            if (id instanceof InitiativeId initiative) {
                initiatives.add(id.value());
                current.plan().tasksOf(initiative).forEach(task -> {
                    tasks.add(task.id().value());
                    removed.add(task.id());
                });
            } else {
                tasks.add(id.value());
            }
            ActionPlan remaining = fits(current, () -> new ActionPlan(objective,
                    current.plan().initiatives().stream().filter(i -> !removed.contains(i.id())).toList(),
                    current.plan().tasks().stream().filter(t -> !removed.contains(t.id())).toList()));
            deleteItems(INITIATIVE, initiatives);
            deleteItems(TASK, tasks);
            Map<PlanItemId, Long> versions = new HashMap<>(current.versions());
            versions.keySet().removeAll(removed);
            return new StoreWrite.Written<>(new PlanChange(id, new StoredPlan(remaining, versions)));
        });
    }

    // ---- writing ----

    /**
     * Runs a change in one transaction; a lost version claim or a change that no longer fits the plan rolls it back
     * and answers {@code Stale} with the plan read anew.
     */
    private StoreWrite<PlanChange> guarded(PlanItemId item, ObjectiveId objective,
            Supplier<StoreWrite<PlanChange>> change) {
        try {
            return ao.executeInTransaction(change::get);
        } catch (StaleWriteException | NoLongerFits e) {
            return new StoreWrite.Stale<>(new PlanChange(item, actionPlan(objective)));
        }
    }

    /**
     * Creates an item at version 1: claims the plan's next revision, checks that the plan with the item (under a
     * placeholder id until its row has one) still fits, then creates the row and writes the shared columns and, through
     * {@code kindColumns}, those of the item's kind.
     */
    private <T extends PlanItem, R extends CascadeAo & PlanItemAo> StoreWrite<PlanChange> createItem(T item,
            ObjectiveId objective, T placeholder, Supplier<R> create, Function<R, T> withRowId,
            BiConsumer<R, T> kindColumns) {
        return guarded(item.id(), objective, () -> {
            claimPlan(objective);
            StoredPlan current = load(objective);
            fits(current, () -> withItem(current.plan(), placeholder));
            R row = create.get();
            T stored = withRowId.apply(row);
            writeItem(row, stored);
            kindColumns.accept(row, stored);
            row.save();
            return written(current, stored, 1);
        });
    }

    /** Claims the plan's next revision, creating its row at revision 1 (under a claim of its own) the first time. */
    private void claimPlan(ObjectiveId objective) {
        ActionPlanAo[] rows = ao.find(ActionPlanAo.class,
                Query.select().where("OBJECTIVE_ID = ?", objective.value()));
        if (rows.length == 0) {
            OptimisticLock.claim(ao, "ACTION_PLAN_OF", objective.value(), 1);
            ao.create(ActionPlanAo.class, new DBParam("OBJECTIVE_ID", objective.value()), new DBParam("VERSION", 1L));
            return;
        }
        ActionPlanAo plan = rows[0];
        OptimisticLock.claim(ao, "ACTION_PLAN", plan.getID(), plan.getVersion() + 1);
        plan.setVersion(plan.getVersion() + 1);
        plan.save();
    }

    /** The plan the supplier builds, or {@link NoLongerFits} when core refuses it. */
    private static ActionPlan fits(StoredPlan current, Supplier<ActionPlan> candidate) {
        try {
            return candidate.get();
        } catch (IllegalArgumentException e) {
            throw new NoLongerFits(current.plan().objective(), e);
        }
    }

    private static ActionPlan withItem(ActionPlan plan, PlanItem item) {
        List<Initiative> initiatives = new ArrayList<>(plan.initiatives());
        List<Task> tasks = new ArrayList<>(plan.tasks());
        if (item instanceof Initiative initiative) {
            replaceOrAdd(initiatives, initiative);
        } else {
            replaceOrAdd(tasks, (Task) item);
        }
        return new ActionPlan(plan.objective(), initiatives, tasks);
    }

    private static <T extends PlanItem> void replaceOrAdd(List<T> items, T item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(item.id())) {
                items.set(i, item);
                return;
            }
        }
        items.add(item);
    }

    private static PlanChange changed(StoredPlan current, PlanItem item, long version) {
        Map<PlanItemId, Long> versions = new HashMap<>(current.versions());
        versions.put(item.id(), version);
        return new PlanChange(item.id(), new StoredPlan(withItem(current.plan(), item), versions));
    }

    private static StoreWrite<PlanChange> written(StoredPlan current, PlanItem item, long version) {
        return new StoreWrite.Written<>(changed(current, item, version));
    }

    private static DBParam[] itemParams(ObjectiveId objective, PlanItem item, DBParam... more) {
        List<DBParam> params = new ArrayList<>(List.of(
                new DBParam("OBJECTIVE_ID", objective.value()),
                new DBParam("TITLE", item.title()),
                new DBParam("OWNER_KEY", item.owner().key()),
                new DBParam("START_DAY", Columns.day(item.start())),
                new DBParam("DUE_DAY", Columns.day(item.due())),
                new DBParam("ITEM_STATUS", item.status().name())));
        params.addAll(List.of(more));
        return params.toArray(DBParam[]::new);
    }

    /** Writes the shared columns (without saving) and rewrites the item's RACI, dependencies and people. */
    private <R extends CascadeAo & PlanItemAo> void writeItem(R row, PlanItem item) {
        row.setTitle(item.title());
        row.setDescription(item.description());
        row.setOwnerKey(item.owner().key());
        row.setStartDay(Columns.day(item.start()));
        row.setDueDay(Columns.day(item.due()));
        Resources resources = item.resources();
        row.setBudget(Columns.decimal(resources.budget()));
        row.setCurrency(resources.currency());
        Risk risk = item.risk();
        row.setRiskDescription(risk == null ? null : risk.description());
        row.setContingency(risk == null ? null : risk.contingency());
        row.setRiskLevel(risk == null ? null : risk.level().name());
        row.setItemStatus(item.status().name());
        String kind = kind(item.id());
        long id = row.getID();
        deleteParts(kind, List.of(id));
        long objective = row.getObjectiveId();
        List<RaciAssignment> assignments = item.raci().assignments();
        for (int i = 0; i < assignments.size(); i++) {
            ao.create(RaciAo.class, partParams(objective, kind, id, i,
                    new DBParam("PERSON_KEY", assignments.get(i).person().key()),
                    new DBParam("RACI_ROLE", assignments.get(i).role().name())));
        }
        List<PlanItemId> dependencies = item.dependencies();
        for (int i = 0; i < dependencies.size(); i++) {
            ao.create(DependencyAo.class, partParams(objective, kind, id, i,
                    new DBParam("ON_KIND", kind(dependencies.get(i))),
                    new DBParam("ON_ID", dependencies.get(i).value())));
        }
        int position = 0;
        for (UserRef person : resources.people()) {
            ao.create(PlanPersonAo.class, partParams(objective, kind, id, position++,
                    new DBParam("PERSON_KEY", person.key())));
        }
        for (String role : resources.roles()) {
            ao.create(PlanPersonAo.class, partParams(objective, kind, id, position++,
                    new DBParam("RESOURCE_ROLE", role)));
        }
    }

    private static DBParam[] partParams(long objective, String kind, long id, int position, DBParam... more) {
        List<DBParam> params = new ArrayList<>(List.of(
                new DBParam("OBJECTIVE_ID", objective),
                new DBParam("ITEM_KIND", kind),
                new DBParam("ITEM_ID", id),
                new DBParam("POSITION", position)));
        params.addAll(List.of(more));
        return params.toArray(DBParam[]::new);
    }

    private void deleteItems(String kind, List<Long> ids) {
        deleteParts(kind, ids);
        for (List<Long> batch : InList.batches(ids)) {
            ao.deleteWithSQL(INITIATIVE.equals(kind) ? InitiativeAo.class : PlanTaskAo.class,
                    InList.in("ID", batch.size()), batch.toArray());
        }
    }

    private void deleteParts(String kind, List<Long> ids) {
        for (List<Long> batch : InList.batches(ids)) {
            Object[] params = new Object[batch.size() + 1];
            params[0] = kind;
            for (int i = 0; i < batch.size(); i++) {
                params[i + 1] = batch.get(i);
            }
            String where = "ITEM_KIND = ? AND " + InList.in("ITEM_ID", batch.size());
            ao.deleteWithSQL(RaciAo.class, where, params);
            ao.deleteWithSQL(DependencyAo.class, where, params);
            ao.deleteWithSQL(PlanPersonAo.class, where, params);
        }
    }

    // ---- reading ----

    /** The plan in five queries: initiatives, tasks, and all RACI, dependency and people rows of the goal. */
    private StoredPlan load(ObjectiveId objective) {
        Object goal = objective.value();
        InitiativeAo[] initiativeRows = ao.find(InitiativeAo.class,
                Query.select().where("OBJECTIVE_ID = ?", goal).order("ID ASC"));
        PlanTaskAo[] taskRows = ao.find(PlanTaskAo.class,
                Query.select().where("OBJECTIVE_ID = ?", goal).order("ID ASC"));
        Map<String, List<RaciAssignment>> raci = new HashMap<>();
        for (RaciAo row : ao.find(RaciAo.class, Query.select().where("OBJECTIVE_ID = ?", goal)
                .order("ITEM_ID ASC, POSITION ASC"))) {
            raci.computeIfAbsent(ref(row), r -> new ArrayList<>()).add(new RaciAssignment(
                    new UserRef(row.getPersonKey()), RaciRole.valueOf(row.getRaciRole())));
        }
        Map<String, List<PlanItemId>> dependencies = new HashMap<>();
        for (DependencyAo row : ao.find(DependencyAo.class, Query.select().where("OBJECTIVE_ID = ?", goal)
                .order("ITEM_ID ASC, POSITION ASC"))) {
            dependencies.computeIfAbsent(ref(row), r -> new ArrayList<>())
                    .add(INITIATIVE.equals(row.getOnKind()) ? new InitiativeId(row.getOnId())
                            : new TaskId(row.getOnId()));
        }
        Map<String, List<PlanPersonAo>> people = new HashMap<>();
        for (PlanPersonAo row : ao.find(PlanPersonAo.class, Query.select().where("OBJECTIVE_ID = ?", goal)
                .order("ITEM_ID ASC, POSITION ASC"))) {
            people.computeIfAbsent(ref(row), r -> new ArrayList<>()).add(row);
        }
        Map<PlanItemId, Long> versions = new HashMap<>();
        List<Initiative> initiatives = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        try {
            for (InitiativeAo row : initiativeRows) {
                String ref = INITIATIVE + ":" + row.getID();
                InitiativeId id = new InitiativeId(row.getID());
                initiatives.add(new Initiative(id, objective, row.getTitle(), row.getDescription(),
                        new UserRef(row.getOwnerKey()), Columns.day(row.getStartDay()), Columns.day(row.getDueDay()),
                        resources(row, people.get(ref)), new Raci(raci.getOrDefault(ref, List.of())),
                        dependencies.getOrDefault(ref, List.of()), risk(row),
                        PlanItemStatus.valueOf(row.getItemStatus()), row.getEpicKey()));
                versions.put(id, row.getVersion());
            }
            for (PlanTaskAo row : taskRows) {
                String ref = TASK + ":" + row.getID();
                TaskId id = new TaskId(row.getID());
                tasks.add(new Task(id, new InitiativeId(row.getInitiativeId()), row.getTitle(), row.getDescription(),
                        new UserRef(row.getOwnerKey()), Columns.day(row.getStartDay()), Columns.day(row.getDueDay()),
                        resources(row, people.get(ref)), new Raci(raci.getOrDefault(ref, List.of())),
                        dependencies.getOrDefault(ref, List.of()), risk(row),
                        PlanItemStatus.valueOf(row.getItemStatus()), row.getIssueKey(), progress(row)));
                versions.put(id, row.getVersion());
            }
            return new StoredPlan(new ActionPlan(objective, initiatives, tasks), versions);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the stored action plan of objective " + objective.value()
                    + " is inconsistent", e);
        }
    }

    private static Resources resources(PlanItemAo row, List<PlanPersonAo> rows) {
        List<UserRef> people = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (PlanPersonAo person : rows == null ? List.<PlanPersonAo>of() : rows) {
            if (person.getPersonKey() != null) {
                people.add(new UserRef(person.getPersonKey()));
            } else {
                roles.add(person.getResourceRole());
            }
        }
        return new Resources(Columns.decimal(row.getBudget()), row.getCurrency(), people, roles);
    }

    private static Risk risk(PlanItemAo row) {
        return row.getRiskDescription() == null ? null
                : new Risk(row.getRiskDescription(), row.getContingency(), RiskLevel.valueOf(row.getRiskLevel()));
    }

    private PlanItemAo row(PlanItemId id) {
        return id instanceof InitiativeId ? ao.get(InitiativeAo.class, id.value())
                : ao.get(PlanTaskAo.class, id.value());
    }

    private ObjectiveId objectiveOf(InitiativeId initiative) {
        return ao.executeInTransaction(() -> {
            InitiativeAo row = ao.get(InitiativeAo.class, initiative.value());
            return row == null ? null : new ObjectiveId(row.getObjectiveId());
        });
    }

    private static String kind(PlanItemId id) {
        return id instanceof InitiativeId ? INITIATIVE : TASK;
    }

    private static String ref(PlanPartAo part) {
        return part.getItemKind() + ":" + part.getItemId();
    }

    private static Initiative withId(Initiative i, InitiativeId id) {
        return new Initiative(id, i.objective(), i.title(), i.description(), i.owner(), i.start(), i.due(),
                i.resources(), i.raci(), i.dependencies(), i.risk(), i.status(), i.epicKey());
    }

    private static Task withId(Task t, TaskId id) {
        return new Task(id, t.initiative(), t.title(), t.description(), t.owner(), t.start(), t.due(), t.resources(),
                t.raci(), t.dependencies(), t.risk(), t.status(), t.issueKey(), t.progress());
    }

    private static void writeProgress(PlanTaskAo row, TaskProgress progress) {
        row.setPercentComplete(progress.percentComplete());
        row.setProgressNote(progress.note());
        row.setProgressUpdatedOn(progress.updatedOn() == null ? null : Columns.day(progress.updatedOn()));
    }

    private static TaskProgress progress(PlanTaskAo row) {
        return row.getProgressUpdatedOn() == null ? TaskProgress.NONE
                : new TaskProgress(row.getPercentComplete(), row.getProgressNote(),
                        Columns.day(row.getProgressUpdatedOn()));
    }

    /** A change that core refuses on the plan as it now is; rolls the change back. */
    private static final class NoLongerFits extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoLongerFits(ObjectiveId objective, IllegalArgumentException cause) {
            super("the change no longer fits the plan of objective " + objective.value(), cause, false, false);
        }
    }
}
