package dev.cascade.okr.core.progress;

/**
 * How many issues linked to something are in each status category.
 *
 * <p>Invariants: every count is non-negative and {@code done + inProgress <= total}; the rest are To Do.
 *
 * @param total all counted issues
 * @param done issues in the Done category
 * @param inProgress issues in the In Progress category
 */
public record IssueCompletion(int total, int done, int inProgress) {

    /** No issues at all. */
    public static final IssueCompletion NONE = new IssueCompletion(0, 0, 0);

    /** Checks the invariants. */
    public IssueCompletion {
        if (total < 0 || done < 0 || inProgress < 0 || done + inProgress > total) {
            throw new IllegalArgumentException(
                    "inconsistent issue counts: total=" + total + " done=" + done + " inProgress=" + inProgress);
        }
    }

    /** Issues in the To Do category. */
    public int toDo() {
        return total - done - inProgress;
    }

    /** This completion with one more issue of the given category. */
    public IssueCompletion plus(StatusCategory category) {
        return switch (category) {
            case DONE -> new IssueCompletion(total + 1, done + 1, inProgress);
            case IN_PROGRESS -> new IssueCompletion(total + 1, done, inProgress + 1);
            case TO_DO -> new IssueCompletion(total + 1, done, inProgress);
        };
    }
}
