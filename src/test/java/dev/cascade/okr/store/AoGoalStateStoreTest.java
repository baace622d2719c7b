package dev.cascade.okr.store;

import static dev.cascade.okr.store.GoalFixtures.NOW;
import static dev.cascade.okr.store.GoalFixtures.epics;
import static dev.cascade.okr.store.GoalFixtures.insertedGoal;
import static dev.cascade.okr.store.GoalFixtures.missing;
import static dev.cascade.okr.store.GoalFixtures.projectGoal;
import static dev.cascade.okr.store.GoalFixtures.race;
import static dev.cascade.okr.store.GoalFixtures.revenue;
import static dev.cascade.okr.store.GoalFixtures.stale;
import static dev.cascade.okr.store.GoalFixtures.unmeasured;
import static dev.cascade.okr.store.GoalFixtures.written;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.Closing;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.Reopening;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.progress.ManualOverride;
import dev.cascade.okr.core.progress.OverrideClearing;
import dev.cascade.okr.core.progress.Zone;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/**
 * Goal state through the goal store: a key result's zone, closing (one goal and many at once), reopening and manual
 * overrides set and cleared, read back from real columns on H2 (and PostgreSQL when configured).
 */
public class AoGoalStateStoreTest extends GoalStoreTest {


    /** Runs every test on one database kind. */
    public AoGoalStateStoreTest(String kind) {
        super(kind);
    }

    private StoredObjective goalWithRevenue(String title) {
        return store.insert(new NewObjective(projectGoal(title, "CASC", "bob"),
                List.of(unmeasured("Revenue", Weight.ofPercent(50), revenue()), epics("Epics", "CASC-1"))),
                "bob", NOW);
    }

    @Test
    public void shouldReadBackZoneWhenProgressIsStoredWithIt() {
        StoredObjective goal = goalWithRevenue("Grow");
        KeyResultId revenue = goal.keyResults().get(0).id();
        KeyResultId issues = goal.keyResults().get(1).id();
        assertEquals(Zone.NONE, goal.keyResults().get(0).zone());

        keyResultStore.storeProgress(Map.of(revenue, new Measured(Progress.of(0.95), null, Zone.FLOOR),
                issues, new Measured(Progress.of(1.0), null, Zone.TARGET)), NOW);

        StoredObjective read = store.goal(goal.id()).orElseThrow();
        assertEquals(Zone.FLOOR, read.keyResults().get(0).zone());
        assertEquals(Zone.TARGET, read.keyResults().get(1).zone());
        assertEquals("the goal's zone is the lowest", Zone.FLOOR, read.zone());
    }

    @Test
    public void shouldKeepClosingWhenGoalIsClosedAndReadAgain() {
        StoredObjective goal = goalWithRevenue("Close me");
        Closing closing = new Closing(NOW.plusSeconds(60), ALICE, Progress.of(0.4321), 0.5);

        StoredObjective closed = written(states.close(goal.id(), 1, closing));

        StoredObjective read = store.goal(goal.id()).orElseThrow();
        assertEquals(closed, read);
        assertEquals(Lifecycle.CLOSED, read.objective().lifecycle());
        assertEquals(closing, read.closing());
        assertEquals(2L, read.version());
        assertEquals("alice", read.updatedBy());
        assertEquals(Set.of(goal.id()), states.frozenAmong(List.of(goal.id(), new ObjectiveId(999_999))));
    }

    @Test
    public void shouldStoreClosingWithoutDataWhenGoalHadNone() {
        StoredObjective goal = insertedGoal(store, "Empty", "CASC", "bob");
        Closing closing = new Closing(NOW, ALICE, Progress.noData(NoDataReason.NOTHING_TO_ROLL_UP), 0.0);

        written(states.close(goal.id(), 1, closing));

        assertEquals(closing, store.goal(goal.id()).orElseThrow().closing());
    }

    @Test
    public void shouldRefuseStaleOrMissingWhenClosing() {
        StoredObjective goal = goalWithRevenue("Stale");
        Closing closing = new Closing(NOW, ALICE, Progress.of(0.5), 1.0);

        assertEquals(goal, stale(states.close(goal.id(), 7, closing)));
        missing(states.close(new ObjectiveId(999_999), 1, closing));
        assertNull(store.goal(goal.id()).orElseThrow().closing());
    }

    @Test
    public void shouldCloseEachOnceWhenManyAreClosedTwice() {
        StoredObjective a = goalWithRevenue("A");
        StoredObjective b = goalWithRevenue("B");
        StoredObjective open = goalWithRevenue("Stays open");
        Closing first = new Closing(NOW, ALICE, Progress.of(0.1), 1.0);
        Closing second = new Closing(NOW.plusSeconds(3600), new UserRef("pat"), Progress.of(0.9), 1.0);

        assertEquals(List.of(a.id(), b.id()), states.closeAll(Map.of(a.id(), first, b.id(), first)));
        assertEquals("idempotent", List.of(), states.closeAll(Map.of(a.id(), second, b.id(), second)));

        assertEquals(first, store.goal(a.id()).orElseThrow().closing());
        assertEquals(first, store.goal(b.id()).orElseThrow().closing());
        assertEquals(2L, store.goal(a.id()).orElseThrow().version());
        assertEquals(Lifecycle.ACTIVE, store.goal(open.id()).orElseThrow().objective().lifecycle());
        assertEquals(Set.of(a.id(), b.id()), states.frozenAmong(List.of(a.id(), b.id(), open.id())));
    }

    @Test
    public void shouldCloseEveryGoalOnceWhenTwoAdministratorsCloseAtOnce() throws Exception {
        StoredObjective a = goalWithRevenue("A");
        StoredObjective b = goalWithRevenue("B");
        Closing closing = new Closing(NOW, ALICE, Progress.of(0.1), 1.0);

        List<List<ObjectiveId>> answers = race(() -> states.closeAll(Map.of(a.id(), closing, b.id(), closing)),
                () -> states.closeAll(Map.of(a.id(), closing, b.id(), closing)));

        assertEquals(2, answers.get(0).size() + answers.get(1).size());
        assertEquals(2L, store.goal(a.id()).orElseThrow().version());
    }

    @Test
    public void shouldActivateAndRecordReasonWhenReopened() {
        StoredObjective goal = goalWithRevenue("Reopen");
        written(states.close(goal.id(), 1, new Closing(NOW, ALICE, Progress.of(0.3), 1.0)));
        Reopening reopening = new Reopening(NOW.plusSeconds(10), ALICE, "关闭错了 — closed by mistake");

        StoredObjective reopened = written(states.reopen(goal.id(), 2, reopening));

        assertEquals(reopened, store.goal(goal.id()).orElseThrow());
        assertEquals(Lifecycle.ACTIVE, reopened.objective().lifecycle());
        assertNull(reopened.closing());
        assertEquals(reopening, reopened.lastReopening());
        assertEquals(3L, reopened.version());
        assertTrue(states.frozenAmong(List.of(goal.id())).isEmpty());
        assertEquals("reopening an open goal changes nothing", reopened,
                stale(states.reopen(goal.id(), 3, reopening)));
    }

    @Test
    public void shouldKeepComputedProgressWhenOverrideIsSetAndCleared() {
        StoredObjective goal = goalWithRevenue("Override");
        StoredKeyResult revenue = goal.keyResults().get(0);
        keyResultStore.storeProgress(Map.of(revenue.id(), new Measured(Progress.of(0.25), null, Zone.BELOW_FLOOR)),
                NOW);
        ManualOverride override = new ManualOverride(new BigDecimal("0.6"), "Signed contracts not invoiced yet",
                ALICE, NOW);

        StoredKeyResult set = written(states.override(revenue.id(), 1, override, null));

        assertEquals(set, keyResultStore.keyResult(revenue.id()).orElseThrow());
        assertEquals(override, set.override());
        assertEquals(Progress.manual(0.6), set.keyResult().progress());
        assertEquals(Progress.of(0.25), set.computedProgress());
        assertEquals(Zone.BELOW_FLOOR, set.zone());
        assertEquals(2L, set.version());

        OverrideClearing clearing = new OverrideClearing(new UserRef("bob"), NOW.plusSeconds(5), "Invoiced now");
        StoredKeyResult cleared = written(states.override(revenue.id(), 2, null, clearing));

        assertEquals(cleared, keyResultStore.keyResult(revenue.id()).orElseThrow());
        assertNull(cleared.override());
        assertEquals(clearing, cleared.lastClearing());
        assertEquals(Progress.of(0.25), cleared.keyResult().progress());
        assertEquals(3L, cleared.version());
        assertEquals(cleared, stale(states.override(revenue.id(), 2, override, null)));
        assertThrows(IllegalArgumentException.class, () -> states.override(revenue.id(), 3, override, clearing));
        assertFalse(keyResultStore.keyResult(revenue.id()).orElseThrow().keyResult().progress().isManual());
    }
}
