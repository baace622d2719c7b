package dev.cascade.okr.store;

import static dev.cascade.okr.store.GoalFixtures.NOW;
import static dev.cascade.okr.store.GoalFixtures.projectGoal;
import static dev.cascade.okr.store.GoalFixtures.unmeasured;
import static dev.cascade.okr.store.GoalFixtures.withLevel;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import java.util.List;
import org.junit.Test;

/**
 * The site-wide default partial-credit weights on the real Active Objects library (issue 14): key results that set no
 * weights of their own follow the default when it changes; those that did, and those of closed goals, keep theirs.
 */
public class AoSiteWeightsStoreTest extends GoalStoreTest {

    private static final StatusWeights SITE = new StatusWeights(0.1, 0.6, 1.0);
    private static final StatusWeights OWN = new StatusWeights(0.0, 0.25, 1.0);

    /** Runs on one database kind. */
    public AoSiteWeightsStoreTest(String kind) {
        super(kind);
    }

    @Test
    public void shouldGiveTheDefaultOnlyToKeyResultsWithoutWeightsOfTheirOwnWhenItChanges() {
        StoredObjective goal = store.insert(new NewObjective(projectGoal("Weights", "CASC", "alice"), List.of(
                unmeasured("follows", Weight.ofPercent(50), IssueMeasure.of(ProgressBasis.STATUS_WEIGHTED, epic())),
                unmeasured("own", Weight.ofPercent(50), new IssueMeasure(ProgressBasis.STATUS_WEIGHTED, OWN, null,
                        null, epic())))), "alice", NOW);
        long followsVersion = goal.keyResults().get(0).version();

        int applied = keyResultStore.applySiteWeights(SITE);

        assertEquals(1, applied);
        StoredKeyResult follows = keyResultStore.keyResult(goal.keyResults().get(0).id()).orElseThrow();
        StoredKeyResult own = keyResultStore.keyResult(goal.keyResults().get(1).id()).orElseThrow();
        assertEquals(SITE, measure(follows).statusWeights());
        assertFalse(measure(follows).ownWeights());
        assertEquals(followsVersion, follows.version());
        assertEquals(OWN, measure(own).statusWeights());
        assertTrue(measure(own).ownWeights());
    }

    @Test
    public void shouldLeaveKeyResultsOfClosedGoalsAsTheyWereClosedWhenTheDefaultChanges() {
        StoredObjective closed = store.insert(new NewObjective(withLevel(projectGoal("Closed", "CASC", "alice"),
                "team", Lifecycle.CLOSED), List.of(unmeasured("follows", Weight.ofPercent(100),
                IssueMeasure.of(ProgressBasis.STATUS_WEIGHTED, epic())))), "alice", NOW);

        assertEquals(0, keyResultStore.applySiteWeights(SITE));

        StoredKeyResult kept = keyResultStore.keyResult(closed.keyResults().get(0).id()).orElseThrow();
        assertEquals(StatusWeights.defaults(), measure(kept).statusWeights());
    }

    @Test
    public void shouldKeepFollowingTheDefaultWhenItsLinksChange() {
        StoredObjective goal = store.insert(new NewObjective(projectGoal("Links", "CASC", "alice"), List.of(
                unmeasured("follows", Weight.ofPercent(100), IssueMeasure.of(ProgressBasis.STATUS_WEIGHTED,
                        epic())))), "alice", NOW);
        StoredKeyResult before = goal.keyResults().get(0);

        keyResultStore.setLinks(before.id(), before.version(), List.of(new WorkLink.Epic("CASC-2")));
        keyResultStore.applySiteWeights(SITE);

        StoredKeyResult after = keyResultStore.keyResult(before.id()).orElseThrow();
        assertFalse(measure(after).ownWeights());
        assertEquals(SITE, measure(after).statusWeights());
    }

    private static List<WorkLink> epic() {
        return List.of(new WorkLink.Epic("CASC-1"));
    }

    private static IssueMeasure measure(StoredKeyResult keyResult) {
        return (IssueMeasure) keyResult.keyResult().measure();
    }
}
