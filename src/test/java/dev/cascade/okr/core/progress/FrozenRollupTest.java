package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.Weight;
import java.util.List;
import org.junit.Test;

/**
 * A closed goal is frozen in the roll-up: it keeps the progress and coverage it had at closing whatever its key
 * results and children do, and an open parent rolls up that frozen value.
 */
public class FrozenRollupTest {

    private static final ObjectiveId PARENT = new ObjectiveId(1);
    private static final ObjectiveId CLOSED = new ObjectiveId(2);
    private static final ObjectiveId OPEN = new ObjectiveId(3);
    private static final ObjectiveId GRANDCHILD = new ObjectiveId(4);
    private static final KeyResultId CLOSED_KR = new KeyResultId(20);
    private static final KeyResultId OPEN_KR = new KeyResultId(30);
    private static final KeyResultId GRANDCHILD_KR = new KeyResultId(40);

    /** parent (rolls up) <- closed child frozen at 0.4 (its key result now reads 0.9) and open child at 0.8. */
    private static RollupNetwork network(boolean frozen) {
        RollupNetwork.Builder b = RollupNetwork.builder()
                .objective(PARENT, true)
                .objective(CLOSED, true)
                .objective(OPEN, false)
                .objective(GRANDCHILD, false)
                .keyResult(CLOSED, CLOSED_KR, Weight.FULL, Progress.of(0.9))
                .keyResult(OPEN, OPEN_KR, Weight.FULL, Progress.of(0.8))
                .keyResult(GRANDCHILD, GRANDCHILD_KR, Weight.FULL, Progress.of(0.1))
                .alignment(CLOSED, PARENT, Weight.ofPercent(50))
                .alignment(OPEN, PARENT, Weight.ofPercent(50))
                .alignment(GRANDCHILD, CLOSED, Weight.ofPercent(100));
        if (frozen) {
            b.frozen(CLOSED, Progress.of(0.4), 0.75);
        }
        return b.build().value();
    }

    @Test
    public void shouldKeepClosingValueWhenItsInputsSayOtherwise() {
        RollupNetwork rolled = network(true);

        assertEquals(0.4, rolled.progress(CLOSED).fraction(), 1e-12);
        assertEquals(0.75, rolled.coverage(CLOSED), 1e-12);
    }

    @Test
    public void shouldRollUpFrozenValueOfClosedChildWhenParentIsOpen() {
        // (50 x 0.4 + 50 x 0.8) / 100 = 0.6; computed afresh the closed child would be (0.9 + 0.1) / 2 = 0.5 -> 0.65
        assertEquals(0.6, network(true).progress(PARENT).fraction(), 1e-12);
        assertEquals(0.65, network(false).progress(PARENT).fraction(), 1e-12);
    }

    @Test
    public void shouldNotMoveClosedGoalOrParentWhenKeyResultOfClosedGoalChanges() {
        RollupNetwork rolled = network(true);

        List<ObjectiveId> changed = rolled.updateKeyResult(CLOSED_KR, Progress.of(0.0));

        assertTrue(changed.isEmpty());
        assertEquals(0.4, rolled.progress(CLOSED).fraction(), 1e-12);
        assertEquals(0.6, rolled.progress(PARENT).fraction(), 1e-12);
    }

    @Test
    public void shouldStopAtClosedGoalWhenGoalBelowItChanges() {
        RollupNetwork rolled = network(true);

        List<ObjectiveId> changed = rolled.updateKeyResult(GRANDCHILD_KR, Progress.of(1.0));

        assertEquals(List.of(GRANDCHILD), changed);
        assertEquals(0.6, rolled.progress(PARENT).fraction(), 1e-12);
    }

    @Test
    public void shouldMoveOpenParentWhenOpenChildChanges() {
        RollupNetwork rolled = network(true);

        rolled.updateKeyResult(OPEN_KR, Progress.of(0.0));

        assertEquals(0.2, rolled.progress(PARENT).fraction(), 1e-12);
    }

    @Test
    public void shouldStayWithoutDataWhenClosedWithoutData() {
        RollupNetwork rolled = RollupNetwork.builder().objective(CLOSED, false)
                .keyResult(CLOSED, CLOSED_KR, Weight.FULL, Progress.of(0.7))
                .frozen(CLOSED, Progress.noData(NoDataReason.NOTHING_TO_ROLL_UP), 0.0).build().value();

        assertFalse(rolled.progress(CLOSED).hasData());
        assertEquals(0.0, rolled.coverage(CLOSED), 0.0);
    }
}
