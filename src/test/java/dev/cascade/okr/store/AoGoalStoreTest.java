package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.LinkedWork;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.progress.RollupNetwork;
import dev.cascade.okr.store.goal.AoGoalStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/**
 * Reading one objective, storing measured progress and finding the key results linked to issues, on the real Active
 * Objects library with Atlassian's table names, on H2 and PostgreSQL. (Until issue 10 this also covered the walking
 * skeleton's create and list-by-project, which are gone with its API; what they proved of storage is kept here on
 * {@link AoGoalStore#insert}.)
 */
public class AoGoalStoreTest extends GoalStoreTest {

    private static final Instant NOW = Instant.parse("2026-03-31T10:15:30Z");

    /** Runs every test on one database kind. */
    public AoGoalStoreTest(String kind) {
        super(kind);
    }

    @Test
    public void shouldStoreObjectiveWithKeyResultsAndTheirProgressWhenInserted() {
        Objective created = insert("CASC", List.of(
                new Measured(Progress.of(1.0 / 3), new IssueCompletion(6, 2, 2)),
                new Measured(Progress.noData(NoDataReason.EMPTY_EPIC), IssueCompletion.NONE)), "CASC-1", "CASC-8");

        Objective read = store.objective(created.id()).orElseThrow();
        assertEquals("Customers onboard themselves", read.title());
        assertEquals("CASC", read.projectKey().orElseThrow());
        assertEquals("alice", read.owner().key());
        assertEquals(List.of("CASC-1", "CASC-8"), read.keyResults().stream().map(k -> k.epicKeys().get(0)).toList());
        assertEquals(1.0 / 3, read.keyResults().get(0).progress().fraction(), 1e-12);
        assertEquals(new IssueCompletion(6, 2, 2), read.keyResults().get(0).issueEvidence().orElseThrow());
        assertEquals(NoDataReason.EMPTY_EPIC, read.keyResults().get(1).progress().reason());
        assertEquals(1.0 / 3, RollupNetwork.ownProgress(read).fraction(), 1e-12);
    }

    @Test
    public void shouldStoreNotComputedWhenKeyResultIsNotMeasuredYet() {
        Objective created = insert("CASC", List.of(), "CASC-1");

        KeyResult keyResult = store.objective(created.id()).orElseThrow().keyResults().get(0);
        assertEquals(NoDataReason.NOT_COMPUTED, keyResult.progress().reason());
        assertFalse(keyResult.issueEvidence().isPresent());
    }

    @Test
    public void shouldFindKeyResultsByEpicWhenIssuesChange() {
        insert("CASC", List.of(), "CASC-1", "CASC-8");
        insert("OPS", List.of(), "OPS-1");

        Set<String> epics = new HashSet<>();
        for (LinkedWork linked : keyResultStore.keyResultsLinkedToIssues(Set.of("CASC-8", "OPS-1", "NONE-1"))) {
            epics.add(linked.link().text());
        }

        assertEquals(Set.of("CASC-8", "OPS-1"), epics);
    }

    @Test
    public void shouldFindEpicAndIssueLinksByKeyButNeverJqlWhenAnIssueViewAsks() {
        Objective first = insert("CASC", List.of(), "CASC-8");
        Objective second = insert("CASC", List.of(), "CASC-1");
        KeyResult mixed = second.keyResults().get(0);
        keyResultStore.setLinks(mixed.id(), 1, List.of(new WorkLink.Jql("key = CASC-10"), new WorkLink.Issue("CASC-10"),
                new WorkLink.Epic("CASC-8")));

        List<LinkedWork> linked = keyResultStore.keyResultsLinkedToIssues(Set.of("CASC-10", "CASC-8"));

        assertEquals(List.of(new LinkedWork(first.keyResults().get(0).id(), new WorkLink.Epic("CASC-8")),
                new LinkedWork(mixed.id(), new WorkLink.Issue("CASC-10")),
                new LinkedWork(mixed.id(), new WorkLink.Epic("CASC-8"))), linked);
        assertEquals(List.of(), keyResultStore.keyResultsLinkedToIssues(Set.of("key = CASC-10")));
    }

    @Test
    public void shouldReplaceProgressWhenRemeasured() {
        Objective created = insert("CASC", List.of(), "CASC-8");
        KeyResult keyResult = created.keyResults().get(0);

        keyResultStore.storeProgress(Map.of(keyResult.id(),
                new Measured(Progress.of(0.5), new IssueCompletion(4, 2, 1))), NOW.plusSeconds(60));

        KeyResult read = store.objective(created.id()).orElseThrow().keyResults().get(0);
        assertEquals(0.5, read.progress().fraction(), 0);
        assertEquals(new IssueCompletion(4, 2, 1), read.issueEvidence().orElseThrow());
    }

    @Test
    public void shouldFindProjectObjectivesOldestFirstWhenManyExist() {
        for (int i = 0; i < 3; i++) {
            insert("CASC", List.of(), "CASC-" + (i + 1));
        }
        insert("OPS", List.of(), "OPS-1");

        List<Objective> objectives = queries.find(GoalQuery.all().withProject("CASC")).items().stream()
                .map(StoredObjective::objective).toList();

        assertEquals(3, objectives.size());
        assertTrue(objectives.get(0).id().value() < objectives.get(2).id().value());
        assertEquals(List.of(), queries.find(GoalQuery.all().withProject("NONE")).items());
    }

    @Test
    public void shouldStoreNothingWhenInsertFailsHalfway() {
        // An over-long key-result title fails in the database after the objective row was written.
        NewObjective broken = new NewObjective(GoalFixtures.projectGoal("Fine", "CASC", "alice"),
                List.of(keyResult("x".repeat(300), "CASC-1", null)));

        assertThrows(RuntimeException.class, () -> store.insert(broken, "alice", NOW));

        assertEquals(List.of(), queries.find(GoalQuery.all().withProject("CASC")).items());
        assertFalse(store.objective(new ObjectiveId(1)).isPresent());
    }

    /** A CASC-like team goal with one key result per epic (equal weights), measured as given by position. */
    private Objective insert(String project, List<Measured> measured, String... epics) {
        List<NewKeyResult> keyResults = new ArrayList<>();
        for (int i = 0; i < epics.length; i++) {
            keyResults.add(keyResult("Follow " + epics[i], epics[i], i < measured.size() ? measured.get(i) : null));
        }
        ObjectiveFields fields = GoalFixtures.projectGoal("Customers onboard themselves", project, "alice");
        return store.insert(new NewObjective(fields, keyResults), "alice", NOW).objective();
    }

    private static NewKeyResult keyResult(String title, String epic, Measured measured) {
        return new NewKeyResult(new KeyResultFields(title, Weight.ofPercent(50),
                IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(new WorkLink.Epic(epic))), null),
                measured != null ? measured : new Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null));
    }
}
