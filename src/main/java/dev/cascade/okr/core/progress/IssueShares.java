package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.StatusWeights;

/**
 * The shares of linked work that is done, one per issue basis; the single home of these formulas. Each share lies
 * in [0, 1], so it serves as both progress and achievement rate.
 */
final class IssueShares {

    private IssueShares() {
    }

    /** Done issues ÷ all issues; no data when there are none. */
    static Progress countDone(IssueCompletion completion) {
        if (completion.total() == 0) {
            return Progress.noData(NoDataReason.EMPTY_EPIC);
        }
        return Progress.of((double) completion.done() / completion.total());
    }

    /** Story points on Done issues ÷ all story points; unestimated issues weigh 0. */
    static Progress storyPointsDone(IssueCompletion completion) {
        if (completion.total() == 0) {
            return Progress.noData(NoDataReason.EMPTY_EPIC);
        }
        double all = completion.storyPoints();
        if (all == 0.0) {
            return Progress.noData(NoDataReason.NO_ESTIMATES);
        }
        return Progress.of(completion.tally(StatusCategory.DONE).storyPoints() / all);
    }

    /** Σ issues × weight of their category ÷ all issues. */
    static Progress statusWeighted(IssueCompletion completion, StatusWeights weights) {
        if (completion.total() == 0) {
            return Progress.noData(NoDataReason.EMPTY_EPIC);
        }
        double credit = 0.0;
        for (StatusCategory category : StatusCategory.values()) {
            credit += completion.tally(category).issues() * weights.weight(category);
        }
        return Progress.of(credit / completion.total());
    }
}
