package dev.cascade.okr.web.action;

/**
 * A key result of a goal's page as its dialogs need it.
 *
 * @param id the key result's id
 * @param version its version (for links)
 * @param title its title
 * @param issues whether it is measured from Jira issues (then its work is linked, not checked in)
 * @param adjustable whether its target may be adjusted (it has a target history)
 * @param adjustmentVersion the target history's version
 * @param target the target in force, written for the reader
 * @param targetValue the target in force as sent back ({@code 500}), the new-target field's default
 * @param pending what a pending adjustment asks ("500 → 450, asked by Bob Li: …"); empty when none
 */
public record KeyResultActionView(long id, long version, String title, boolean issues, boolean adjustable,
        long adjustmentVersion, String target, String targetValue, String pending) {

    /** Whether an adjustment waits for its approver. */
    public boolean hasPending() {
        return !pending.isEmpty();
    }
}
