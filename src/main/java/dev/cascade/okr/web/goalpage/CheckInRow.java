package dev.cascade.okr.web.goalpage;

/**
 * One check-in on a goal's page.
 *
 * @param date the day it is for
 * @param keyResult the key result's title
 * @param value the value reported, formatted; empty when none
 * @param confidence the confidence ("7 / 10")
 * @param author who checked in
 * @param progressNote the progress note
 * @param problems the problems
 * @param solutions the solutions
 * @param nextSteps the next steps
 */
public record CheckInRow(String date, String keyResult, String value, String confidence, String author,
        String progressNote, String problems, String solutions, String nextSteps) {
}
