package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.StatusCategory;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * One issue at a time: its story points and field value land in its category; values Jira should not hold count as
 * missing instead of throwing.
 */
@RunWith(Parameterized.class)
public class IssueCompletionTest extends TableCase<IssueCompletionTest.Added, IssueCompletionTest.Counted> {

    @Parameters(name = "{0}: points {1}, field {2}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            // category, points, field value, expected points, unestimated, expected field sum, without value
            {StatusCategory.DONE, 5.0, 60.0, 5.0, 0, 60.0, 0},
            {StatusCategory.IN_PROGRESS, 0.5, -12.5, 0.5, 0, -12.5, 0},
            {StatusCategory.TO_DO, 0.0, 0.0, 0.0, 0, 0.0, 0},
            {StatusCategory.DONE, null, null, 0.0, 1, 0.0, 1},
            {StatusCategory.DONE, -3.0, Double.NaN, 0.0, 1, 0.0, 1},
            {StatusCategory.DONE, Double.NaN, Double.POSITIVE_INFINITY, 0.0, 1, 0.0, 1},
            {StatusCategory.DONE, Double.POSITIVE_INFINITY, -1e16, 0.0, 1, 0.0, 1},
            {StatusCategory.DONE, 1e15, -1e15, 1e15, 0, -1e15, 0},
            {StatusCategory.DONE, 1.1e15, 1e15, 0.0, 1, 1e15, 0},
            {StatusCategory.TO_DO, -0.0, -0.0, 0.0, 0, 0.0, 0},
        });
    }

    public IssueCompletionTest(StatusCategory category, Double points, Double field, double expectedPoints,
            int unestimated, double fieldSum, int withoutValue) {
        super(new Added(category, IssueCompletion.NONE.plus(category, points, field).tally(category)),
                new Counted(expectedPoints, unestimated, fieldSum, withoutValue));
    }

    @Test
    public void shouldCountTheIssueInItsCategoryWhenAdded() {
        IssueCompletion one = IssueCompletion.NONE.plus(given.category(), 1.0, 1.0);

        assertEquals(1, given.tally().issues());
        assertEquals(1, one.total());
        for (StatusCategory other : StatusCategory.values()) {
            assertEquals(other == given.category() ? 1 : 0, one.tally(other).issues());
        }
    }

    @Test
    public void shouldKeepOnlyUsableEstimatesWhenAdded() {
        assertEquals(expected.points(), given.tally().storyPoints(), 0);
        assertEquals(expected.unestimated(), given.tally().unestimated());
    }

    @Test
    public void shouldKeepOnlyUsableFieldValuesWhenAdded() {
        assertEquals(expected.fieldSum(), given.tally().fieldSum(), 0);
        assertEquals(expected.withoutValue(), given.tally().withoutFieldValue());
    }

    /** The category of the issue added, and the tally of that category after adding it. */
    record Added(StatusCategory category, IssueCompletion.Tally tally) {
    }

    /** What the tally must hold: the story points and unestimated issues, the field sum and issues without a value. */
    record Counted(double points, int unestimated, double fieldSum, int withoutValue) {
    }
}
