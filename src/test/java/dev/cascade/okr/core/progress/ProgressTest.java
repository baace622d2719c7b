package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;

import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.StatusCategory;
import org.junit.Test;

/** Progress: clamping, the no-data state, per-cent rounding and the equally weighted roll-up. */
public class ProgressTest {

    @Test
    public void shouldClampForDisplayWhenOutsideZeroToOne() {
        assertEquals(1.0, Progress.of(1.15).fraction(), 0);
        assertEquals(0.0, Progress.of(-0.2).fraction(), 0);
    }

    @Test
    public void shouldRejectWhenNotFinite() {
        assertThrows(IllegalArgumentException.class, () -> Progress.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Progress.of(Double.POSITIVE_INFINITY));
    }

    @Test
    public void shouldRefuseFractionWhenNoData() {
        Progress none = Progress.noData(NoDataReason.NOT_COMPUTED);

        assertFalse(none.hasData());
        assertThrows(IllegalStateException.class, none::fraction);
        assertNotEquals(Progress.of(0), none);
    }

    @Test
    public void shouldRoundPercentHalfUpWhenDisplayed() {
        assertEquals(33, Progress.of(1.0 / 3).percent());
        assertEquals(67, Progress.of(2.0 / 3).percent());
        assertEquals(96, Progress.of(0.96).percent());
    }

    @Test
    public void shouldRejectInconsistentCountsWhenBuildingCompletion() {
        assertThrows(IllegalArgumentException.class, () -> new IssueCompletion(2, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new IssueCompletion(-1, 0, 0));
    }

    @Test
    public void shouldCountEachCategoryWhenAddingIssues() {
        IssueCompletion counts = IssueCompletion.NONE.plus(StatusCategory.DONE).plus(StatusCategory.IN_PROGRESS)
                .plus(StatusCategory.TO_DO);

        assertEquals(new IssueCompletion(3, 1, 1), counts);
        assertEquals(1, counts.toDo());
    }
}
