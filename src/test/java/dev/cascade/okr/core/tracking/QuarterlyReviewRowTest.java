package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.codes;
import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static dev.cascade.okr.core.tracking.Fixtures.decs;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.validation.Validated;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** Quarterly review rows: the quarter's target from the plan, the actual, the deviation and the team's notes. */
public class QuarterlyReviewRowTest {

    private static final OrgUnit SALES = new OrgUnit.Group("Sales");
    private static final ObjectiveId OBJECTIVE = new ObjectiveId(3);
    private static final ReviewNotes NOTES = new ReviewNotes("Too few visits", "Longer decision cycles",
            "One more visit a week", "Q2 plan unchanged");

    @Test
    public void shouldShowMinus16Point7PercentWhenJiaPlanned12AndReached10() {
        QuarterlyReviewRow row = QuarterlyReviewRow.of(Period.quarter(2024, 1), SALES, OBJECTIVE, "New customers",
                Fixtures.quarterly2024(), dec("10"), NOTES).value();

        assertEquals(dec("12"), row.quarterTarget());
        assertEquals(Optional.of(dec("10")), row.actual());
        assertEquals(dec("-0.166667"), row.deviation().rate());
        assertEquals(dec("-16.7"), row.deviation().percentForDisplay());
        assertEquals(NOTES, row.notes());
    }

    @Test
    public void shouldShowPlus25PercentWhenYiPlanned12000AndReached15000() {
        Plan plan = Plan.of(Period.year(2024), PlanGranularity.QUARTER, decs("3000", "5000", "12000", "4000"))
                .value();

        QuarterlyReviewRow row = QuarterlyReviewRow.of(Period.quarter(2024, 3), SALES, OBJECTIVE, "Revenue", plan,
                dec("15000"), ReviewNotes.NONE).value();

        assertEquals(dec("12000"), row.quarterTarget());
        assertEquals(dec("0.250000"), row.deviation().rate());
        assertEquals(dec("25.0"), row.deviation().percentForDisplay());
    }

    @Test
    public void shouldSumTheMonthsWhenThePlanIsMonthly() {
        Plan monthly = Plan.of(Period.year(2024), PlanGranularity.MONTH,
                decs("4", "4", "4", "5", "5", "5", "6", "6", "5", "3", "3", "4")).value();

        QuarterlyReviewRow row = QuarterlyReviewRow.of(Period.quarter(2024, 1), SALES, OBJECTIVE, "New customers",
                monthly, dec("10"), NOTES).value();

        assertEquals(dec("12"), row.quarterTarget());
        assertEquals(dec("-16.7"), row.deviation().percentForDisplay());
    }

    @Test
    public void shouldHaveNoDeviationWhenTheActualIsNotKnownYet() {
        QuarterlyReviewRow row = QuarterlyReviewRow.of(Period.quarter(2024, 2), SALES, OBJECTIVE, "New customers",
                Fixtures.quarterly2024(), null, ReviewNotes.NONE).value();

        assertFalse(row.deviation().isDefined());
        assertEquals(NoDeviationReason.NO_ACTUAL, row.deviation().reason());
    }

    @Test
    public void shouldRefuseWhenTheQuarterIsOutsideTheGoalPeriod() {
        Validated<QuarterlyReviewRow> row = QuarterlyReviewRow.of(Period.quarter(2025, 1), SALES, OBJECTIVE, "Goal",
                Fixtures.quarterly2024(), dec("10"), NOTES);

        assertEquals("review.quarter-outside-plan@quarter", codes(row));
        assertEquals(List.of("2025-01-01..2025-03-31", "2024-01-01..2024-12-31"), row.errors().get(0).args());
    }

    @Test
    public void shouldNameEachBadFieldWhenTheInputIsWrong() {
        ReviewNotes bad = new ReviewNotes("x".repeat(4001), "a\u0001", "x".repeat(4000), "\u001b");

        Validated<QuarterlyReviewRow> row = QuarterlyReviewRow.of(Period.quarter(2024, 1), SALES, OBJECTIVE, "Goal",
                Fixtures.quarterly2024(), dec("0.1234567"), bad);

        assertEquals("amount.too-many-decimals@actual,text.too-long@subjectiveCauses,"
                + "text.control-characters@objectiveCauses,text.control-characters@nextQuarterAdjustment",
                codes(row));
    }

    @Test
    public void shouldTurnMissingNotesIntoEmptyTextsWhenCreated() {
        assertEquals(ReviewNotes.NONE, new ReviewNotes(null, null, null, null));
    }
}
