package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Progress;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** The share of Done issues, case by case. */
@RunWith(Parameterized.class)
public class IssueCountPolicyTest {

    @Parameters(name = "{0} done of {1} ({2} in progress) -> {3}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {0, 6, 0, 0.0},
            {2, 6, 2, 1.0 / 3},
            {3, 6, 1, 0.5},
            {6, 6, 0, 1.0},
            {48, 50, 0, 0.96},
            {1, 1, 0, 1.0},
            {0, 1, 1, 0.0},
        });
    }

    private final IssueCompletion completion;
    private final double expected;

    public IssueCountPolicyTest(int done, int total, int inProgress, double expected) {
        this.completion = new IssueCompletion(total, done, inProgress);
        this.expected = expected;
    }

    @Test
    public void shouldBeShareOfDoneIssuesWhenEpicHasIssues() {
        assertEquals(expected, new IssueCountPolicy().progressOf(completion).fraction(), 1e-12);
    }

    @Test
    public void shouldBeBrokenLinkNotZeroWhenEpicIsGone() {
        Progress progress = new IssueCountPolicy().progressOfLink(null);

        assertEquals(NoDataReason.BROKEN_LINK, progress.reason());
    }

    @Test
    public void shouldHaveNoDataWhenEpicIsEmpty() {
        Progress progress = new IssueCountPolicy().progressOf(IssueCompletion.NONE);

        assertFalse(progress.hasData());
        assertEquals(NoDataReason.EMPTY_EPIC, progress.reason());
    }
}
