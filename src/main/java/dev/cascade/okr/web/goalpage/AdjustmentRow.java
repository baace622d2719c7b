package dev.cascade.okr.web.goalpage;

/**
 * One target adjustment of a key result, with its decision.
 *
 * @param keyResult the key result's title
 * @param change the old and the new target ("50 → 60")
 * @param effective from which day the new target counts; empty when from the day it is approved
 * @param reason why the target should change
 * @param requested who asked for it and when ("Alice Chen, 7 Dec 2026")
 * @param approver who decides
 * @param state proposed, approved or rejected, translated
 * @param stateLozenge the AUI lozenge modifier of that state
 * @param decided when it was decided; empty while it waits
 * @param comment the approver's comment; empty when none
 */
public record AdjustmentRow(String keyResult, String change, String effective, String reason, String requested,
        String approver, String state, String stateLozenge, String decided, String comment) {
}
