package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.StatusCategory;
import org.junit.Test;

/** Merging completions of several links, the counts-only form, and the invariants. */
public class IssueCompletionMergeTest {

    @Test
    public void shouldMergeCategoryByCategoryWhenSeveralLinksAreCombined() {
        IssueCompletion first = IssueCompletion.NONE.plus(StatusCategory.DONE, 3.0, 10.0)
                .plus(StatusCategory.TO_DO, null, 1.0);
        IssueCompletion second = IssueCompletion.NONE.plus(StatusCategory.DONE, 2.0, null)
                .plus(StatusCategory.IN_PROGRESS, 8.0, 4.0);

        IssueCompletion merged = first.plus(second);

        assertEquals(new IssueCompletion.Tally(2, 5.0, 0, 10.0, 1), merged.tally(StatusCategory.DONE));
        assertEquals(new IssueCompletion.Tally(1, 8.0, 0, 4.0, 0), merged.tally(StatusCategory.IN_PROGRESS));
        assertEquals(new IssueCompletion.Tally(1, 0.0, 1, 1.0, 0), merged.tally(StatusCategory.TO_DO));
        assertEquals(4, merged.total());
        assertEquals(13.0, merged.storyPoints(), 0);
        assertEquals(1, merged.unestimated());
        assertEquals(1, merged.withoutFieldValue());
        assertEquals(merged, second.plus(first));
    }

    @Test
    public void shouldEqualTheCountsOnlyValueWhenIssuesAreAddedWithoutValues() {
        IssueCompletion added = IssueCompletion.NONE.plus(StatusCategory.DONE).plus(StatusCategory.TO_DO)
                .plus(StatusCategory.IN_PROGRESS).plus(StatusCategory.TO_DO);

        assertEquals(new IssueCompletion(4, 1, 1), added);
        assertEquals(new IssueCompletion(4, 1, 1).hashCode(), added.hashCode());
        assertEquals(2, added.toDo());
        assertEquals(4, added.unestimated());
    }

    @Test
    public void shouldRejectImpossibleTalliesWhenBuiltDirectly() {
        assertThrows(IllegalArgumentException.class, () -> new IssueCompletion.Tally(1, 3.0, 1, 0.0, 1));
        assertThrows(IllegalArgumentException.class, () -> new IssueCompletion.Tally(1, -1.0, 0, 0.0, 1));
        assertThrows(IllegalArgumentException.class, () -> new IssueCompletion.Tally(1, 0.0, 2, 0.0, 1));
        assertThrows(IllegalArgumentException.class, () -> new IssueCompletion.Tally(2, 0.0, 2, 5.0, 2));
        assertThrows(IllegalArgumentException.class, () -> new IssueCompletion.Tally(1, Double.NaN, 0, 0.0, 1));
        assertThrows(IllegalArgumentException.class, () -> new IssueCompletion(3, 2, 2));
    }

    @Test
    public void shouldHoldNegativeZeroAsZeroWhenComparing() {
        assertEquals(IssueCompletion.NONE.plus(StatusCategory.TO_DO, 0.0, 0.0),
                IssueCompletion.NONE.plus(StatusCategory.TO_DO, -0.0, -0.0));
    }

    @Test
    public void shouldRefuseToOverflowWhenMergingHugeCounts() {
        IssueCompletion huge = IssueCompletion.of(IssueCompletion.Tally.countsOnly(Integer.MAX_VALUE),
                IssueCompletion.Tally.countsOnly(0), IssueCompletion.Tally.countsOnly(0));

        assertThrows(ArithmeticException.class, () -> huge.plus(StatusCategory.DONE));
    }
}
