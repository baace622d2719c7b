package dev.cascade.okr.core.progress;

/**
 * Progress as the share of issues in the Done category.
 *
 * <p>An epic without issues has no data ({@link NoDataReason#EMPTY_EPIC}), not 0%.
 */
public final class IssueCountPolicy {

    /** Computes the progress of a set of counted issues. */
    public Progress progressOf(IssueCompletion completion) {
        if (completion.total() == 0) {
            return Progress.noData(NoDataReason.EMPTY_EPIC);
        }
        return Progress.of((double) completion.done() / completion.total());
    }
}
