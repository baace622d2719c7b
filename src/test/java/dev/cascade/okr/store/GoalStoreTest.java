package dev.cascade.okr.store;

import static dev.cascade.okr.store.GoalFixtures.GOAL_TABLES;

import dev.cascade.okr.store.goal.AoAlignmentStore;
import dev.cascade.okr.store.goal.AoGoalQueries;
import dev.cascade.okr.store.goal.AoGoalStateStore;
import dev.cascade.okr.store.goal.AoGoalStore;
import dev.cascade.okr.store.goal.AoKeyResultStore;
import org.junit.Before;

/**
 * A store test of the goal room: the objectives' store under test ({@link #store}) and the room's other stores over
 * the same database, as the host wires them, so that a test writes objectives and reads or changes their parts.
 */
public abstract class GoalStoreTest extends StoreTest<AoGoalStore> {

    /** Finding goals and key results. */
    protected AoGoalQueries queries;
    /** Key results, their links and measured progress. */
    protected AoKeyResultStore keyResultStore;
    /** Closing, reopening and manual progress. */
    protected AoGoalStateStore states;
    /** Alignments and cascades. */
    protected AoAlignmentStore alignments;

    /** Runs every test on database {@code kind} with the goal room's entities. */
    protected GoalStoreTest(String kind) {
        super(kind, AoGoalStore::new, GOAL_TABLES);
    }

    /** The room's other stores, on the database {@link StoreTest} opened. */
    @Before
    public final void openGoalStores() {
        queries = new AoGoalQueries(ao);
        keyResultStore = new AoKeyResultStore(ao);
        states = new AoGoalStateStore(ao);
        alignments = new AoAlignmentStore(ao);
    }
}
