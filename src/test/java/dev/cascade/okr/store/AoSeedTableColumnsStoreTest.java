package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.GoalCategory;
import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.plan.Initiative;
import dev.cascade.okr.core.plan.InitiativeId;
import dev.cascade.okr.core.plan.PlanItemStatus;
import dev.cascade.okr.core.plan.Raci;
import dev.cascade.okr.core.plan.RaciAssignment;
import dev.cascade.okr.core.plan.RaciRole;
import dev.cascade.okr.core.plan.Resources;
import dev.cascade.okr.core.plan.Task;
import dev.cascade.okr.core.plan.TaskId;
import dev.cascade.okr.core.plan.TaskProgress;
import dev.cascade.okr.core.port.ActionPlanStore;
import dev.cascade.okr.core.port.ActionPlanStore.PlanChange;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.store.goal.AlignmentAo;
import dev.cascade.okr.store.goal.AoGoalStore;
import dev.cascade.okr.store.goal.KeyResultAo;
import dev.cascade.okr.store.goal.ObjectiveAo;
import dev.cascade.okr.store.goal.WorkLinkAo;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import dev.cascade.okr.store.plan.ActionPlanAo;
import dev.cascade.okr.store.plan.AoActionPlanStore;
import dev.cascade.okr.store.plan.DependencyAo;
import dev.cascade.okr.store.plan.InitiativeAo;
import dev.cascade.okr.store.plan.PlanPersonAo;
import dev.cascade.okr.store.plan.PlanTaskAo;
import dev.cascade.okr.store.plan.RaciAo;
import dev.cascade.okr.store.settings.AoPeopleStore;
import dev.cascade.okr.store.settings.ManagerAo;
import dev.cascade.okr.store.settings.PersonAo;
import dev.cascade.okr.store.settings.SettingAo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/**
 * The columns issue 10 adds for the seed tables, stored on the real Active Objects library (H2, and PostgreSQL when
 * given): a goal's category, responsible departments, support needed and weight; a person's role with its version
 * beside their managers' version; a task's percent complete, progress note and the day they changed.
 */
public class AoSeedTableColumnsStoreTest extends StoreTest<Void> {

    private static final UserRef OWNER = new UserRef("\u7532");
    private static final LocalDate JAN = LocalDate.of(2026, 1, 5);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 31);


    /** Runs on one database kind. */
    public AoSeedTableColumnsStoreTest(String kind) {
        super(kind, ObjectiveAo.class, KeyResultAo.class, WorkLinkAo.class,
                AlignmentAo.class, VersionClaimAo.class, ManagerAo.class, PersonAo.class, SettingAo.class,
                ActionPlanAo.class, InitiativeAo.class, PlanTaskAo.class, RaciAo.class, DependencyAo.class,
                PlanPersonAo.class);
    }

    @Test
    public void shouldReadBackEveryGoalDetailWhenInsertedUpdatedAndCleared() {
        AoGoalStore store = new AoGoalStore(ao);
        GoalDetails details = new GoalDetails(GoalCategory.LEARNING_GROWTH, List.of(new OrgUnit.Project("SALES"),
                new OrgUnit.Group("\u5e02\u573a\u90e8"), new OrgUnit.Project("MKT")),
                "Product training\nkey-account list", new Weight(3_333));

        StoredObjective inserted = store.insert(GoalFixtures.bare(with(GoalFixtures.projectGoal("Revenue +20%",
                "SALES", OWNER.key()), details)), OWNER.key(), GoalFixtures.NOW);
        StoredObjective read = store.goal(inserted.id()).orElseThrow();

        assertEquals(details, read.objective().details());
        assertEquals(Optional.of(new Weight(3_333)), read.objective().weight());
        GoalDetails changed = new GoalDetails(GoalCategory.STRATEGIC, List.of(new OrgUnit.Group("Sales")), null,
                Weight.FULL);
        StoreWrite<StoredObjective> updated = store.update(inserted.id(), 1, with(read.fields(), changed),
                OWNER.key(), GoalFixtures.NOW);
        assertEquals(changed, ((StoreWrite.Written<StoredObjective>) updated).value().objective().details());
        assertEquals(changed, store.goal(inserted.id()).orElseThrow().objective().details());
        store.update(inserted.id(), 2, with(read.fields(), GoalDetails.NONE), OWNER.key(), GoalFixtures.NOW);
        assertEquals(GoalDetails.NONE, store.goal(inserted.id()).orElseThrow().objective().details());
    }

    @Test
    public void shouldKeepDetailsWhenOnlyTheLifecycleMoves() {
        AoGoalStore store = new AoGoalStore(ao);
        GoalDetails details = new GoalDetails(GoalCategory.CUSTOMER, List.of(), "A key-account list",
                Weight.ofPercent(40));
        StoredObjective inserted = store.insert(GoalFixtures.bare(with(GoalFixtures.projectGoal("New customers",
                "SALES", OWNER.key()), details)), OWNER.key(), GoalFixtures.NOW);

        store.update(inserted.id(), 1, inserted.fields().withLifecycle(Lifecycle.CONFIRMED), OWNER.key(),
                GoalFixtures.NOW);

        StoredObjective read = store.goal(inserted.id()).orElseThrow();
        assertEquals(Lifecycle.CONFIRMED, read.objective().lifecycle());
        assertEquals(details, read.objective().details());
    }

    @Test
    public void shouldVersionARoleApartFromManagersWhenSetAndCleared() {
        AoPeopleStore people = new AoPeopleStore(ao);
        UserRef person = new UserRef("\u4e59");
        assertEquals(new Versioned<>(Optional.empty(), 0L), people.role(person));

        StoreWrite<Versioned<Optional<String>>> first = people.setRole(person, 0, "\u9500\u552e\u4ee3\u8868");
        people.setManagers(person, Set.of(new UserRef("boss")));
        StoreWrite<Versioned<Optional<String>>> stale = people.setRole(person, 0, "Sales rep");
        StoreWrite<Versioned<Optional<String>>> cleared = people.setRole(person, 1, null);

        assertEquals(new Versioned<>(Optional.of("\u9500\u552e\u4ee3\u8868"), 1L),
                ((StoreWrite.Written<Versioned<Optional<String>>>) first).value());
        assertEquals(new Versioned<>(Optional.of("\u9500\u552e\u4ee3\u8868"), 1L),
                ((StoreWrite.Stale<Versioned<Optional<String>>>) stale).current());
        assertEquals(new Versioned<>(Optional.empty(), 2L),
                ((StoreWrite.Written<Versioned<Optional<String>>>) cleared).value());
        assertEquals(1L, people.managers(person).version());
        assertEquals(Set.of(new UserRef("boss")), people.managersOf(person));
    }

    @Test
    public void shouldStartARoleAtVersionZeroWhenManagersCreatedThePersonFirst() {
        AoPeopleStore people = new AoPeopleStore(ao);
        UserRef person = new UserRef("dana");
        people.setManagers(person, Set.of(new UserRef("boss")));

        assertEquals(new Versioned<>(Optional.empty(), 0L), people.role(person));
        assertTrue(people.setRole(person, 0, "Analyst") instanceof StoreWrite.Written);
        people.setRole(new UserRef("erin"), 0, "Designer");
        assertEquals(Map.of(person, "Analyst", new UserRef("erin"), "Designer"),
                people.roles(List.of(person, new UserRef("erin"), new UserRef("nobody"))));
    }

    @Test
    public void shouldReadBackTaskProgressWhenCreatedAndChanged() {
        AoActionPlanStore plans = new AoActionPlanStore(ao);
        ObjectiveId goal = new ObjectiveId(42);
        Raci raci = new Raci(List.of(new RaciAssignment(OWNER, RaciRole.RESPONSIBLE),
                new RaciAssignment(new UserRef("director"), RaciRole.ACCOUNTABLE)));
        InitiativeId initiative = (InitiativeId) ((StoreWrite.Written<PlanChange>) plans.createInitiative(
                new Initiative(ActionPlanStore.NEW_INITIATIVE, goal, "New industries", null, OWNER, JAN, MAR,
                        Resources.NONE, raci, List.of(), null, PlanItemStatus.IN_PROGRESS, null))).value().item();
        TaskProgress progress = new TaskProgress(60, "Two of five visits done\nwaiting on legal",
                LocalDate.of(2026, 2, 10));

        TaskId task = (TaskId) ((StoreWrite.Written<PlanChange>) plans.createTask(new Task(ActionPlanStore.NEW_TASK,
                initiative, "Visit key accounts", null, OWNER, JAN, MAR, Resources.NONE, raci, List.of(), null,
                PlanItemStatus.IN_PROGRESS, null, progress))).value().item();

        Task read = plans.actionPlan(goal).plan().task(task).orElseThrow();
        assertEquals(progress, read.progress());
        TaskProgress done = new TaskProgress(100, null, LocalDate.of(2026, 3, 1));
        plans.putTask(1, new Task(task, initiative, read.title(), null, OWNER, JAN, MAR, Resources.NONE, raci,
                List.of(), null, PlanItemStatus.DONE, null, done));
        assertEquals(done, plans.actionPlan(goal).plan().task(task).orElseThrow().progress());
        plans.putTask(2, new Task(task, initiative, read.title(), null, OWNER, JAN, MAR, Resources.NONE, raci,
                List.of(), null, PlanItemStatus.DONE, null, TaskProgress.NONE));
        assertEquals(TaskProgress.NONE, plans.actionPlan(goal).plan().task(task).orElseThrow().progress());
    }

    private static ObjectiveFields with(ObjectiveFields f, GoalDetails details) {
        return new ObjectiveFields(f.title(), f.description(), f.owner(), f.levelKey(), f.period(), f.unit(),
                f.type(), f.lifecycle(), f.visibility(), f.rollsUpFromChildren(), details);
    }
}
