package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.plan.ActionPlan;
import dev.cascade.okr.core.plan.Initiative;
import dev.cascade.okr.core.plan.InitiativeId;
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
import dev.cascade.okr.core.port.ActionPlanStore;
import dev.cascade.okr.core.port.ActionPlanStore.PlanChange;
import dev.cascade.okr.core.port.ActionPlanStore.StoredPlan;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import dev.cascade.okr.store.plan.ActionPlanAo;
import dev.cascade.okr.store.plan.AoActionPlanStore;
import dev.cascade.okr.store.plan.DependencyAo;
import dev.cascade.okr.store.plan.InitiativeAo;
import dev.cascade.okr.store.plan.PlanPersonAo;
import dev.cascade.okr.store.plan.PlanTaskAo;
import dev.cascade.okr.store.plan.RaciAo;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Before;
import org.junit.Test;

/** Action plans on the real Active Objects library, on H2 and PostgreSQL. */
public class AoActionPlanStoreTest extends StoreTest<ActionPlanStore> {

    private static final ObjectiveId GOAL = new ObjectiveId(42);
    private static final UserRef OWNER = new UserRef("王五");
    private static final UserRef APPROVER = new UserRef("director");
    private static final LocalDate JAN = LocalDate.of(2026, 1, 5);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 31);

    private AtomicInteger queries;

    /** Runs on one database kind. */
    public AoActionPlanStoreTest(String kind) {
        super(kind, ActionPlanAo.class, InitiativeAo.class, PlanTaskAo.class, RaciAo.class, DependencyAo.class,
                PlanPersonAo.class, VersionClaimAo.class);
    }

    @Before
    public void setUp() {
        queries = new AtomicInteger();
        store = new AoActionPlanStore(counting(ao, queries));
    }

    @Test
    public void shouldReadBackEveryFieldOfInitiativesAndTasksWhenStored() {
        Initiative channel = initiative("Open the Shanghai channel 开拓上海渠道", List.of());
        Initiative rich = new Initiative(ActionPlanStore.NEW_INITIATIVE, GOAL, "Train the sales team",
                "长描述".repeat(1333) + "x", OWNER, JAN, MAR,
                new Resources(new BigDecimal("1234567.89"), "CNY", List.of(new UserRef("li"), OWNER),
                        List.of("2 名工程师", "1 designer; part-time")),
                new Raci(List.of(new RaciAssignment(OWNER, RaciRole.RESPONSIBLE),
                        new RaciAssignment(APPROVER, RaciRole.ACCOUNTABLE),
                        new RaciAssignment(new UserRef("hr"), RaciRole.CONSULTED),
                        new RaciAssignment(new UserRef("ceo"), RaciRole.INFORMED))),
                List.of(), new Risk("Trainers unavailable 培训师不足", "Hire an agency", RiskLevel.HIGH),
                PlanItemStatus.IN_PROGRESS, "SALES-12");
        InitiativeId first = createdInitiative(channel);
        InitiativeId second = createdInitiative(withDependencies(rich, List.of(first)));
        TaskId visit = createdTask(task(second, "Visit 20 stores", List.of()));
        TaskId report = createdTask(new Task(ActionPlanStore.NEW_TASK, first, "Weekly report", null, OWNER, JAN,
                JAN, new Resources(BigDecimal.ZERO, "USD", List.of(), List.of()), raci(),
                List.of(visit), new Risk("Late data", null, RiskLevel.LOW), PlanItemStatus.DONE, null));

        StoredPlan read = store.actionPlan(GOAL);

        ActionPlan expected = new ActionPlan(GOAL,
                List.of(withId(channel, first), withId(withDependencies(rich, List.of(first)), second)),
                List.of(task(second, "Visit 20 stores", List.of()).withIdForTest(visit),
                        new Task(report, first, "Weekly report", null, OWNER, JAN, JAN,
                                new Resources(BigDecimal.ZERO, "USD", List.of(), List.of()), raci(),
                                List.of(visit), new Risk("Late data", null, RiskLevel.LOW),
                                PlanItemStatus.DONE, null)));
        assertEquals(expected, read.plan());
        assertEquals(Map.of(first, 1L, second, 1L, visit, 1L, report, 1L), read.versions());
        assertEquals(ActionPlan.empty(new ObjectiveId(43)), store.actionPlan(new ObjectiveId(43)).plan());
    }

    @Test
    public void shouldLoadAWholePlanInFiveQueriesWhenItHasManyItems() {
        List<InitiativeId> initiatives = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            initiatives.add(createdInitiative(initiative("Initiative " + i, List.of())));
        }
        for (int i = 0; i < 50; i++) {
            // Tasks of initiatives 1 to 9 wait for initiative 0, which has no tasks: no cycle.
            createdTask(task(initiatives.get(1 + i % 9), "Task " + i, List.of(initiatives.get(0))));
        }

        queries.set(0);
        StoredPlan plan = store.actionPlan(GOAL);

        assertEquals(5, queries.get());
        assertEquals(10, plan.plan().initiatives().size());
        assertEquals(50, plan.plan().tasks().size());
        assertTrue(plan.plan().tasks().stream().allMatch(t -> t.dependencies().size() == 1
                && t.raci().assignments().size() == 2));
    }

    @Test
    public void shouldIncreaseTheVersionAndRewriteTheItemsPartsWhenPut() {
        InitiativeId id = createdInitiative(initiative("Before", List.of()));
        Initiative changed = new Initiative(id, GOAL, "After", "now described", APPROVER, JAN, MAR,
                new Resources(new BigDecimal("10.5"), "EUR", List.of(OWNER), List.of()),
                new Raci(List.of(new RaciAssignment(APPROVER, RaciRole.ACCOUNTABLE),
                        new RaciAssignment(OWNER, RaciRole.RESPONSIBLE))),
                List.of(), null, PlanItemStatus.DONE, null);

        StoreWrite<PlanChange> written = store.putInitiative(1, changed);

        StoredPlan read = store.actionPlan(GOAL);
        assertEquals(List.of(changed), read.plan().initiatives());
        assertEquals(2, read.versionOf(id));
        assertEquals(read, ((StoreWrite.Written<PlanChange>) written).value().plan());
    }

    @Test
    public void shouldChangeNothingAndAnswerTheCurrentPlanWhenAVersionIsStale() {
        InitiativeId id = createdInitiative(initiative("First", List.of()));
        TaskId task = createdTask(task(id, "Task", List.of()));
        store.putInitiative(1, withId(initiative("Second", List.of()), id));
        StoredPlan before = store.actionPlan(GOAL);

        StoreWrite<PlanChange> staleInitiative = store.putInitiative(1, withId(initiative("Third", List.of()), id));
        StoreWrite<PlanChange> staleTask = store.putTask(7, task(id, "Renamed", List.of()).withIdForTest(task));
        StoreWrite<PlanChange> staleDelete = store.delete(id, 1);

        assertEquals(before, ((StoreWrite.Stale<PlanChange>) staleInitiative).current().plan());
        assertEquals(id, ((StoreWrite.Stale<PlanChange>) staleInitiative).current().item());
        assertTrue(staleTask instanceof StoreWrite.Stale);
        assertTrue(staleDelete instanceof StoreWrite.Stale);
        assertEquals(before, store.actionPlan(GOAL));
    }

    @Test
    public void shouldAnswerMissingWhenTheItemOrItsInitiativeDoesNotExist() {
        InitiativeId id = createdInitiative(initiative("Only", List.of()));

        assertTrue(store.putInitiative(1, withId(initiative("Ghost", List.of()), new InitiativeId(9999)))
                instanceof StoreWrite.Missing);
        assertTrue(store.createTask(task(new InitiativeId(9999), "Orphan",
                List.of()).task()) instanceof StoreWrite.Missing);
        assertTrue(store.putTask(1, task(id, "Ghost", List.of()).withIdForTest(new TaskId(9999)))
                instanceof StoreWrite.Missing);
        assertTrue(store.delete(new TaskId(9999), 1) instanceof StoreWrite.Missing);
        assertEquals(1, store.actionPlan(GOAL).plan().items().size());
    }

    @Test
    public void shouldRefuseToMoveAnInitiativeToAnotherGoalWhenPut() {
        InitiativeId id = createdInitiative(initiative("Mine", List.of()));
        Initiative elsewhere = new Initiative(id, new ObjectiveId(43), "Mine", null, OWNER, JAN, MAR,
                Resources.NONE, raci(), List.of(), null, PlanItemStatus.NOT_STARTED, null);

        assertThrows(IllegalArgumentException.class, () -> store.putInitiative(1, elsewhere));
        assertEquals(1, store.actionPlan(GOAL).versionOf(id));
    }

    @Test
    public void shouldDeleteAnInitiativeWithItsTasksAndAllTheirPartsWhenNothingWaitsForThem() {
        InitiativeId kept = createdInitiative(initiative("Kept", List.of()));
        InitiativeId gone = createdInitiative(initiative("Gone", List.of(kept)));
        createdTask(new Task(ActionPlanStore.NEW_TASK, gone, "Gone too", null, OWNER, JAN, MAR,
                new Resources(null, null, List.of(OWNER), List.of("someone")), raci(), List.of(kept), null,
                PlanItemStatus.NOT_STARTED, "OPS-1"));

        StoreWrite<PlanChange> deleted = store.delete(gone, 1);

        StoredPlan read = store.actionPlan(GOAL);
        assertEquals(List.of(kept), read.plan().items().stream().map(i -> i.id()).toList());
        assertEquals(read, ((StoreWrite.Written<PlanChange>) deleted).value().plan());
        assertEquals(2, ao.count(RaciAo.class));
        assertEquals(0, ao.count(DependencyAo.class));
        assertEquals(0, ao.count(PlanPersonAo.class));
        assertEquals(0, ao.count(PlanTaskAo.class));
    }

    @Test
    public void shouldAnswerStaleAndDeleteNothingWhenAnotherItemWaitsForTheOneDeleted() {
        InitiativeId waitedFor = createdInitiative(initiative("Waited for", List.of()));
        createdInitiative(initiative("Waiting", List.of(waitedFor)));
        StoredPlan before = store.actionPlan(GOAL);

        StoreWrite<PlanChange> answer = store.delete(waitedFor, 1);

        assertEquals(before, ((StoreWrite.Stale<PlanChange>) answer).current().plan());
        assertEquals(before, store.actionPlan(GOAL));
    }

    @Test
    public void shouldLetExactlyOneOfTwoWritersOfOneItemThroughWhenBothWriteAtOnce() throws Exception {
        InitiativeId id = createdInitiative(initiative("Contested", List.of()));
        for (int round = 0; round < 20; round++) {
            long version = store.actionPlan(GOAL).versionOf(id);
            Initiative a = withId(initiative("A" + round, List.of()), id);
            Initiative b = withId(initiative("B" + round, List.of()), id);

            List<StoreWrite<PlanChange>> answers = Races.together(() -> store.putInitiative(version, a),
                    () -> store.putInitiative(version, b));

            assertOneWrittenOneStale(round, answers);
            StoredPlan now = store.actionPlan(GOAL);
            assertEquals(version + 1, now.versionOf(id));
            assertEquals(answers.get(0) instanceof StoreWrite.Written ? a : b, now.plan().initiatives().get(0));
        }
    }

    @Test
    public void shouldNeverStoreACycleWhenTwoItemsAreMadeToWaitForEachOtherAtOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            InitiativeId a = createdInitiative(initiative("A" + round, List.of()));
            InitiativeId b = createdInitiative(initiative("B" + round, List.of()));

            Initiative aWaitsForB = withId(initiative("A" + round, List.of(b)), a);
            Initiative bWaitsForA = withId(initiative("B" + round, List.of(a)), b);

            List<StoreWrite<PlanChange>> answers = Races.together(() -> store.putInitiative(1, aWaitsForB),
                    () -> store.putInitiative(1, bWaitsForA));

            assertOneWrittenOneStale(round, answers);
            ActionPlan plan = store.actionPlan(GOAL).plan();
            Set<PlanItemId> waiting = new HashSet<>();
            plan.items().stream().filter(i -> i.id().equals(a) || i.id().equals(b))
                    .forEach(i -> waiting.addAll(i.dependencies()));
            assertEquals(1, waiting.size());
        }
    }

    @Test
    public void shouldIndexEveryLookupColumnWhenMigrated() throws Exception {
        Map<Class<? extends net.java.ao.RawEntity<?>>, List<String>> lookups = Map.of(
                InitiativeAo.class, List.of("OBJECTIVE_ID", "OWNER_KEY", "EPIC_KEY"),
                PlanTaskAo.class, List.of("OBJECTIVE_ID", "OWNER_KEY", "INITIATIVE_ID", "ISSUE_KEY"),
                RaciAo.class, List.of("OBJECTIVE_ID", "ITEM_ID", "PERSON_KEY"),
                DependencyAo.class, List.of("OBJECTIVE_ID", "ITEM_ID", "ON_ID"),
                PlanPersonAo.class, List.of("OBJECTIVE_ID", "ITEM_ID", "PERSON_KEY"),
                ActionPlanAo.class, List.of("OBJECTIVE_ID"));
        try (Connection connection = database.connection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (Map.Entry<Class<? extends net.java.ao.RawEntity<?>>, List<String>> entry : lookups.entrySet()) {
                String table = ao.tableName(entry.getKey());
                Set<String> indexed = new HashSet<>();
                try (ResultSet indexes = meta.getIndexInfo(null, database.schema(), table, false, false)) {
                    while (indexes.next()) {
                        if (indexes.getString("COLUMN_NAME") != null) {
                            indexed.add(indexes.getString("COLUMN_NAME").toUpperCase(java.util.Locale.ROOT));
                        }
                    }
                }
                assertTrue(table + " indexes " + indexed, indexed.containsAll(entry.getValue()));
            }
        }
    }

    // ---- helpers ----

    private InitiativeId createdInitiative(Initiative initiative) {
        StoreWrite<PlanChange> written = store.createInitiative(initiative);
        return (InitiativeId) ((StoreWrite.Written<PlanChange>) written).value().item();
    }

    private TaskId createdTask(Task task) {
        StoreWrite<PlanChange> written = store.createTask(task);
        return (TaskId) ((StoreWrite.Written<PlanChange>) written).value().item();
    }

    private static Initiative initiative(String title, List<PlanItemId> dependencies) {
        return new Initiative(ActionPlanStore.NEW_INITIATIVE, GOAL, title, null, OWNER, JAN, MAR, Resources.NONE,
                raci(), dependencies, null, PlanItemStatus.NOT_STARTED, null);
    }

    private static TaskBuilder task(InitiativeId initiative, String title, List<PlanItemId> dependencies) {
        return new TaskBuilder(new Task(ActionPlanStore.NEW_TASK, initiative, title, "Details", OWNER, JAN, MAR,
                Resources.NONE, raci(), dependencies, null, PlanItemStatus.IN_PROGRESS, "SALES-7"));
    }

    private static Raci raci() {
        return new Raci(List.of(new RaciAssignment(OWNER, RaciRole.RESPONSIBLE),
                new RaciAssignment(APPROVER, RaciRole.ACCOUNTABLE)));
    }

    private static Initiative withId(Initiative i, InitiativeId id) {
        return new Initiative(id, i.objective(), i.title(), i.description(), i.owner(), i.start(), i.due(),
                i.resources(), i.raci(), i.dependencies(), i.risk(), i.status(), i.epicKey());
    }

    private static Initiative withDependencies(Initiative i, List<PlanItemId> dependencies) {
        return new Initiative(i.id(), i.objective(), i.title(), i.description(), i.owner(), i.start(), i.due(),
                i.resources(), i.raci(), dependencies, i.risk(), i.status(), i.epicKey());
    }

    /** A task with the provisional id, and the same task with another id. */
    private record TaskBuilder(Task task) {
        Task withIdForTest(TaskId id) {
            return new Task(id, task.initiative(), task.title(), task.description(), task.owner(), task.start(),
                    task.due(), task.resources(), task.raci(), task.dependencies(), task.risk(), task.status(),
                    task.issueKey());
        }
    }

    private TaskId createdTask(TaskBuilder builder) {
        return createdTask(builder.task());
    }

    private static <T> void assertOneWrittenOneStale(int round, List<StoreWrite<T>> answers) {
        assertEquals("round " + round + ": " + answers, 1,
                answers.stream().filter(a -> a instanceof StoreWrite.Written).count());
        assertEquals("round " + round + ": " + answers, 1,
                answers.stream().filter(a -> a instanceof StoreWrite.Stale).count());
    }

    /** The Active Objects, counting every query (find, get, count) the store makes. */
    private static ActiveObjects counting(ActiveObjects target, AtomicInteger queries) {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find") || method.getName().equals("get")
                            || method.getName().equals("count")) {
                        queries.incrementAndGet();
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
