package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Progress;

/**
 * Progress as the share of issues in the Done category.
 *
 * <p>An epic without issues has no data ({@link NoDataReason#EMPTY_EPIC}), and a link to an epic that no longer
 * exists is broken ({@link NoDataReason#BROKEN_LINK}): neither is 0%.
 */
public final class IssueCountPolicy {

    /** The progress of a linked epic; {@code null} counts mean the epic was not found (deleted or moved away). */
    public Progress progressOfLink(IssueCompletion completionOrNull) {
        return completionOrNull == null ? Progress.noData(NoDataReason.BROKEN_LINK) : progressOf(completionOrNull);
    }

    /** Computes the progress of a set of counted issues. */
    public Progress progressOf(IssueCompletion completion) {
        return IssueShares.countDone(completion);
    }
}
