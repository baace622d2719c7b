package dev.cascade.okr.web.goalpage;

import dev.cascade.okr.web.page.Rows;

/**
 * One quarter's review on a goal's page: core's rows (the quarter's target, actual and deviation per planned key
 * result) and the notes written.
 *
 * @param id what makes the quarter's element ids unique on the page ({@code 2026-q1})
 * @param quarter the quarter's name ("2026-Q1")
 * @param rows one per key result with a plan
 * @param subjectiveCauses the causes within the team's control; empty when none were written
 * @param objectiveCauses the causes outside it
 * @param improvement what will be done better
 * @param nextQuarterAdjustment how next quarter's plan changes
 * @param written who wrote the notes last and when ("Written by Alice Chen on 7 Dec 2026"); empty when nobody did
 */
public record ReviewView(String id, String quarter, Rows<ReviewRow> rows, String subjectiveCauses,
        String objectiveCauses, String improvement, String nextQuarterAdjustment, String written) {

    /** Whether any note was written. */
    public boolean hasNotes() {
        return !written.isEmpty();
    }
}
