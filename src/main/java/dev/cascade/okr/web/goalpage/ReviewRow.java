package dev.cascade.okr.web.goalpage;

/**
 * One key result's line of a quarterly review.
 *
 * @param keyResult the key result's title
 * @param target the quarter's planned amount
 * @param actual the quarter's actual; empty when none was reported
 * @param deviation the deviation rate with its sign ("−16.7 %"), or why there is none
 * @param status core's status of that deviation, translated
 * @param statusLozenge the AUI lozenge modifier of that status; empty for the grey one
 */
public record ReviewRow(String keyResult, String target, String actual, String deviation, String status,
        String statusLozenge) {
}
