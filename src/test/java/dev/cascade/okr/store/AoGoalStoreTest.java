package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultDraft;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveDraft;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore.LinkedWork;
import dev.cascade.okr.core.port.GoalStore.LinkedWork;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.progress.IssueCompletion;
import dev.cascade.okr.core.progress.NoDataReason;
import dev.cascade.okr.core.progress.Progress;
import dev.cascade.okr.devhost.ao.DevActiveObjects;
import dev.cascade.okr.devhost.ao.DevDatabase;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * The walking skeleton's part of the goal store on the real Active Objects library, with Atlassian's table names, on
 * H2 and PostgreSQL.
 */
@RunWith(Parameterized.class)
public class AoGoalStoreTest {

    private static final Instant NOW = Instant.parse("2026-03-31T10:15:30Z");

    private final String kind;
    private DevDatabase database;
    private DevActiveObjects ao;
    private AoGoalStore store;

    /** Runs every test on one database kind. */
    public AoGoalStoreTest(String kind) {
        this.kind = kind;
    }

    /** H2, and PostgreSQL when configured. */
    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return StoreDatabases.parameters();
    }

    @Before
    public void setUp() {
        database = StoreDatabases.open(kind);
        ao = StoreDatabases.activeObjects(database, ObjectiveAo.class, KeyResultAo.class, WorkLinkAo.class,
                AlignmentAo.class, VersionClaimAo.class);
        store = new AoGoalStore(ao);
    }

    @After
    public void tearDown() {
        ao.close();
        database.close();
    }

    @Test
    public void shouldStoreObjectiveWithKeyResultsAndTheirProgressWhenCreated() {
        Objective created = store.create(draft("CASC", "CASC-1", "CASC-8"), Map.of(
                0, new Measured(Progress.of(1.0 / 3), new IssueCompletion(6, 2, 2)),
                1, new Measured(Progress.noData(NoDataReason.EMPTY_EPIC), IssueCompletion.NONE)), "alice", NOW);

        Objective read = store.objective(created.id()).orElseThrow();
        assertEquals("Customers onboard themselves", read.title());
        assertEquals("CASC", read.projectKey().orElseThrow());
        assertEquals("alice", read.owner().key());
        assertEquals(List.of("CASC-1", "CASC-8"), read.keyResults().stream().map(k -> k.epicKeys().get(0)).toList());
        assertEquals(1.0 / 3, read.keyResults().get(0).progress().fraction(), 1e-12);
        assertEquals(new IssueCompletion(6, 2, 2), read.keyResults().get(0).issueEvidence().orElseThrow());
        assertEquals(NoDataReason.EMPTY_EPIC, read.keyResults().get(1).progress().reason());
        assertEquals(1.0 / 3, read.ownProgress().fraction(), 1e-12);
    }

    @Test
    public void shouldStoreSkeletonDefaultsAsColumnsWhenCreated() {
        Objective created = store.create(draft("CASC", "CASC-1", "CASC-8", "CASC-9"), Map.of(), "alice", NOW);

        Objective read = store.goal(created.id()).orElseThrow().objective();
        assertEquals(created, read);
        assertEquals("team", read.levelKey());
        assertEquals(Period.year(2026), read.period());
        assertEquals(new OrgUnit.Project("CASC"), read.unit());
        assertEquals(GoalType.RESULT, read.type());
        assertEquals(Lifecycle.ACTIVE, read.lifecycle());
        assertEquals(Visibility.MEMBERS, read.visibility());
        assertFalse(read.rollsUpFromChildren());
        assertEquals(Weight.equalShares(3), read.keyResults().stream().map(KeyResult::weight).toList());
        assertEquals(1L, store.goal(created.id()).orElseThrow().version());
        assertEquals(List.of(new LinkedWork(read.keyResults().get(1).id(), new WorkLink.Epic("CASC-8"))),
                store.keyResultsLinkedToIssues(Set.of("CASC-8")));
    }

    @Test
    public void shouldStoreNotComputedWhenNoInitialProgressIsGiven() {
        Objective created = store.create(draft("CASC", "CASC-1"), Map.of(), "alice", NOW);

        KeyResult keyResult = store.objective(created.id()).orElseThrow().keyResults().get(0);
        assertEquals(NoDataReason.NOT_COMPUTED, keyResult.progress().reason());
        assertFalse(keyResult.issueEvidence().isPresent());
    }

    @Test
    public void shouldFindKeyResultsByEpicWhenIssuesChange() {
        store.create(draft("CASC", "CASC-1", "CASC-8"), Map.of(), "alice", NOW);
        store.create(draft("OPS", "OPS-1"), Map.of(), "alice", NOW);

        Set<String> epics = new HashSet<>();
        for (LinkedWork linked : store.keyResultsLinkedToIssues(Set.of("CASC-8", "OPS-1", "NONE-1"))) {
            epics.add(linked.link().text());
        }

        assertEquals(Set.of("CASC-8", "OPS-1"), epics);
    }

    @Test
    public void shouldReplaceProgressWhenRemeasured() {
        Objective created = store.create(draft("CASC", "CASC-8"), Map.of(), "alice", NOW);
        KeyResult keyResult = created.keyResults().get(0);

        store.storeProgress(Map.of(keyResult.id(), new Measured(Progress.of(0.5), new IssueCompletion(4, 2, 1))),
                NOW.plusSeconds(60));

        KeyResult read = store.objective(created.id()).orElseThrow().keyResults().get(0);
        assertEquals(0.5, read.progress().fraction(), 0);
        assertEquals(new IssueCompletion(4, 2, 1), read.issueEvidence().orElseThrow());
    }

    @Test
    public void shouldListProjectObjectivesOldestFirstWhenManyExist() {
        for (int i = 0; i < 3; i++) {
            store.create(draft("CASC", "CASC-" + (i + 1)), Map.of(), "alice", NOW);
        }
        store.create(draft("OPS", "OPS-1"), Map.of(), "alice", NOW);

        List<Objective> objectives = store.objectivesOfProject("CASC");

        assertEquals(3, objectives.size());
        assertTrue(objectives.get(0).id().value() < objectives.get(2).id().value());
        assertEquals(List.of(), store.objectivesOfProject("NONE"));
    }

    @Test
    public void shouldStoreNothingWhenCreationFailsHalfway() {
        // An over-long key-result title fails in the database after the objective row was written.
        ObjectiveDraft broken = new ObjectiveDraft("Fine", null, "CASC",
                List.of(new KeyResultDraft("x".repeat(300), "CASC-1", null)));

        assertThrows(RuntimeException.class, () -> store.create(broken, Map.of(), "alice", NOW));

        assertEquals(List.of(), store.objectivesOfProject("CASC"));
        assertFalse(store.objective(new ObjectiveId(1)).isPresent());
    }

    private static ObjectiveDraft draft(String project, String... epics) {
        return new ObjectiveDraft("Customers onboard themselves", "Without help.", project,
                java.util.Arrays.stream(epics).map(e -> new KeyResultDraft("Follow " + e, e, null)).toList());
    }
}
