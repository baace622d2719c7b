package dev.cascade.okr.store;

import static dev.cascade.okr.store.GoalFixtures.NOW;
import static dev.cascade.okr.store.GoalFixtures.bare;
import static dev.cascade.okr.store.GoalFixtures.epics;
import static dev.cascade.okr.store.GoalFixtures.insertedGoal;
import static dev.cascade.okr.store.GoalFixtures.missing;
import static dev.cascade.okr.store.GoalFixtures.projectGoal;
import static dev.cascade.okr.store.GoalFixtures.race;
import static dev.cascade.okr.store.GoalFixtures.stale;
import static dev.cascade.okr.store.GoalFixtures.withPeriod;
import static dev.cascade.okr.store.GoalFixtures.written;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.AlignmentGraph;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalStore.GoalSlice;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/** Alignments between objectives and the cascade read along them, on H2 and PostgreSQL. */
public class AoAlignmentStoreTest extends GoalStoreTest {

    /** Runs every test on one database kind. */
    public AoAlignmentStoreTest(String kind) {
        super(kind);
    }

    @Test
    public void shouldStoreAlignmentAtVersionOneWhenAligned() {
        ObjectiveId parent = goal("Company", "CO");
        ObjectiveId child = goal("Team", "CASC");

        Versioned<Alignment> aligned = written(alignments.align(new Alignment(child, parent, new Weight(3333)), "a",
                NOW));

        assertEquals(new Versioned<>(new Alignment(child, parent, new Weight(3333)), 1), aligned);
        assertEquals(List.of(aligned), alignments.alignmentsAround(Set.of(child)));
        assertEquals(List.of(aligned), alignments.alignmentsAround(Set.of(parent)));
    }

    @Test
    public void shouldAnswerStaleWithTheExistingAlignmentWhenThePairIsAlignedTwice() {
        ObjectiveId parent = goal("Company", "CO");
        ObjectiveId child = goal("Team", "CASC");
        Versioned<Alignment> first = written(alignments.align(new Alignment(child, parent, Weight.FULL), "a", NOW));

        assertEquals(first, stale(alignments.align(new Alignment(child, parent, Weight.ZERO), "b", NOW)));
        assertEquals(List.of(first), alignments.alignmentsAround(Set.of(child, parent)));
    }

    @Test
    public void shouldAnswerMissingWhenAnObjectiveDoesNotExist() {
        ObjectiveId real = goal("Real", "CASC");
        ObjectiveId gone = new ObjectiveId(987_654);

        missing(alignments.align(new Alignment(real, gone, Weight.FULL), "a", NOW));
        missing(alignments.align(new Alignment(gone, real, Weight.FULL), "a", NOW));
        missing(alignments.changeContribution(real, gone, 1, Weight.FULL));
        assertEquals(List.of(), alignments.alignmentsAround(Set.of(real)));
    }

    @Test
    public void shouldRemoveOnlyThatPairWhenUnaligned() {
        ObjectiveId parent = goal("Company", "CO");
        ObjectiveId other = goal("Other", "CO");
        ObjectiveId child = goal("Team", "CASC");
        written(alignments.align(new Alignment(child, parent, Weight.FULL), "a", NOW));
        Versioned<Alignment> kept = written(alignments.align(new Alignment(child, other, Weight.FULL), "a", NOW));

        assertTrue(alignments.unalign(child, parent));
        assertFalse(alignments.unalign(child, parent));
        assertFalse(alignments.unalign(parent, child));

        assertEquals(List.of(kept), alignments.alignmentsAround(Set.of(child, parent, other)));
        written(alignments.align(new Alignment(child, parent, Weight.ZERO), "a", NOW));
    }

    @Test
    public void shouldChangeContributionOnlyFromTheCurrentVersionWhenChanged() {
        ObjectiveId parent = goal("Company", "CO");
        ObjectiveId child = goal("Team", "CASC");
        written(alignments.align(new Alignment(child, parent, Weight.FULL), "a", NOW));

        Versioned<Alignment> changed = written(alignments.changeContribution(child, parent, 1, Weight.ofPercent(40)));

        assertEquals(new Versioned<>(new Alignment(child, parent, Weight.ofPercent(40)), 2), changed);
        assertEquals(changed, stale(alignments.changeContribution(child, parent, 1, Weight.ofPercent(10))));
        assertEquals(List.of(changed), alignments.alignmentsAround(Set.of(child)));
    }

    @Test
    public void shouldReadDescendantsLevelByLevelUpToTheDepthWhenAsked() {
        ObjectiveId company = goal("Company", "CO");
        ObjectiveId sales = goal("Sales", "SAL");
        ObjectiveId rnd = goal("R&D", "RND");
        ObjectiveId team = goal("Team", "CASC");
        ObjectiveId person = goal("Person", "CASC");
        ObjectiveId unrelated = goal("Unrelated", "CO");
        align(sales, company);
        align(rnd, company);
        align(team, rnd);
        align(team, sales);
        align(person, team);
        align(company, unrelated);

        assertEquals(List.of(company), ids(alignments.descendantsOf(company, 0)));
        assertEquals(List.of(company, sales, rnd), ids(alignments.descendantsOf(company, 1)));
        GoalSlice three = alignments.descendantsOf(company, 3);
        assertEquals(List.of(company, sales, rnd, team, person), ids(three));
        assertEquals(5, three.alignments().size());
        assertEquals(ids(alignments.descendantsOf(company, 3)), ids(alignments.descendantsOf(company, 8)));
        assertEquals(List.of(team, person), ids(alignments.descendantsOf(team, 5)));
        assertEquals(store.goal(team).orElseThrow(), three.objectives().get(3));
        AlignmentGraph graph = AlignmentGraph.of(three.objectives().stream()
                .map(o -> new AlignmentGraph.Node(o.id(), o.objective().period(), 0)).toList(),
                three.alignments().stream().map(Versioned::value).toList());
        assertEquals(2, graph.parentsOf(team).size());
        assertEquals(new GoalSlice(List.of(), List.of()), alignments.descendantsOf(new ObjectiveId(987_654), 3));
        assertThrows(IllegalArgumentException.class, () -> alignments.descendantsOf(company, -1));
    }

    @Test
    public void shouldReadWideCascadesInBatchesWhenALevelHasMoreThan500Goals() {
        ObjectiveId root = goal("Root", "CO");
        List<ObjectiveId> children = new ArrayList<>();
        for (int i = 0; i < 520; i++) {
            ObjectiveId child = goal("Child " + i, "C" + (i % 5));
            align(child, root);
            children.add(child);
        }
        List<ObjectiveId> grandchildren = new ArrayList<>();
        for (int i = 0; i < 520; i++) {
            ObjectiveId grandchild = store.insert(new NewObjective(projectGoal("Grandchild " + i, "G", "a"),
                    List.of(epics("k", "G-" + (i + 1)))), "a", NOW).id();
            align(grandchild, children.get(i));
            grandchildren.add(grandchild);
        }

        GoalSlice slice = alignments.descendantsOf(root, 2);

        List<ObjectiveId> expected = new ArrayList<>(List.of(root));
        expected.addAll(children);
        expected.addAll(grandchildren);
        assertEquals(expected, ids(slice));
        assertEquals(1040, slice.alignments().size());
        assertEquals(1, slice.objectives().get(1000).keyResults().size());
        Set<ObjectiveId> around = new HashSet<>(children);
        assertEquals(1040, alignments.alignmentsAround(around).size());
    }

    @Test
    public void shouldAnswerTheRootsOfAProjectCascadeAsTheSliceDoesWithoutReadingGoalsWhole() {
        ObjectiveId company = goal("Company", "CO");
        ObjectiveId q1 = goal("Team Q1", "CASC");
        ObjectiveId q1b = goal("Team Q1 b", "CASC");
        ObjectiveId second = goal("Second root", "CASC");
        ObjectiveId q3 = store.insert(bare(withPeriod(projectGoal("Team Q3", "CASC", "a"), Period.quarter(2026, 3))),
                "a", NOW).id();
        ObjectiveId person = goal("Person", "PEOPLE");
        ObjectiveId farAway = goal("Far away", "CO");
        align(q1, company);
        align(q1b, q1);
        align(person, q1b);
        align(q3, company);
        align(company, farAway);
        align(q1b, second);

        assertEquals(List.of(q1, second), alignments.cascadeRootsOfProject("CASC", Period.quarter(2026, 1)));
        assertEquals(List.of(q1, second, q3), alignments.cascadeRootsOfProject("CASC", Period.year(2026)));
        assertEquals(List.of(), alignments.cascadeRootsOfProject("NONE", Period.year(2026)));
    }

    @Test
    public void shouldLetExactlyOneWriterAlignWhenTwoAlignTheSamePairAtOnce() throws Exception {
        ObjectiveId parent = goal("Company", "CO");
        for (int round = 0; round < 20; round++) {
            ObjectiveId child = goal("Team " + round, "CASC");

            List<StoreWrite<Versioned<Alignment>>> answers = race(
                    () -> alignments.align(new Alignment(child, parent, Weight.FULL), "alice", NOW),
                    () -> alignments.align(new Alignment(child, parent, Weight.ZERO), "bob", NOW));

            long writtenCount = answers.stream().filter(StoreWrite.Written.class::isInstance).count();
            long staleCount = answers.stream().filter(StoreWrite.Stale.class::isInstance).count();
            assertEquals(answers.toString(), 1, writtenCount);
            assertEquals(answers.toString(), 1, staleCount);
            assertEquals(1, alignments.alignmentsAround(Set.of(child)).size());
        }
    }

    @Test
    public void shouldLetExactlyOneWriterWinWhenTwoChangeTheSameContributionVersion() throws Exception {
        ObjectiveId parent = goal("Company", "CO");
        for (int round = 0; round < 20; round++) {
            ObjectiveId child = goal("Team " + round, "CASC");
            align(child, parent);

            List<StoreWrite<Versioned<Alignment>>> answers = race(
                    () -> alignments.changeContribution(child, parent, 1, Weight.ofPercent(10)),
                    () -> alignments.changeContribution(child, parent, 1, Weight.ofPercent(20)));

            assertEquals(answers.toString(), 1,
                    answers.stream().filter(StoreWrite.Written.class::isInstance).count());
            Versioned<Alignment> now = alignments.alignmentsAround(Set.of(child)).get(0);
            assertEquals(2L, now.version());
            for (StoreWrite<Versioned<Alignment>> answer : answers) {
                assertEquals(now, answer instanceof StoreWrite.Written<Versioned<Alignment>> w ? w.value()
                        : stale(answer));
            }
        }
    }

    private ObjectiveId goal(String title, String projectKey) {
        return insertedGoal(store, title, projectKey, "a").id();
    }

    private void align(ObjectiveId child, ObjectiveId parent) {
        written(alignments.align(new Alignment(child, parent, Weight.FULL), "a", NOW));
    }

    private static List<ObjectiveId> ids(GoalSlice slice) {
        return slice.objectives().stream().map(StoredObjective::id).toList();
    }
}
