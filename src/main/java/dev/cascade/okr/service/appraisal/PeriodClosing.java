package dev.cascade.okr.service.appraisal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.service.appraisal.CarryOverService.Run;
import dev.cascade.okr.service.goal.GoalStateService;
import dev.cascade.okr.service.goal.GoalStateService.PeriodClosed;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Closing a period, with carry-over if asked: the year-end step an administrator takes once. When a period to carry
 * into is named, the period's unfinished goals are carried into next-period drafts first (while drafts still read as
 * drafts, so they are skipped rather than carried) and the period is closed after; either step refuses the whole
 * request the same way it would alone (both are for application administrators, and both read the period the same
 * way). Carry-over is idempotent and closing is idempotent, so a request repeated after a failure in between finishes
 * the job.
 */
@JiraComponent
public final class PeriodClosing {

    private final GoalStateService state;
    private final CarryOverService carryOvers;

    /** Creates the use case. */
    @Inject
    public PeriodClosing(GoalStateService state, CarryOverService carryOvers) {
        this.state = state;
        this.carryOvers = carryOvers;
    }

    /**
     * What closing did.
     *
     * @param closed the goals closed
     * @param carried the carry-over run, when a period to carry into was named
     */
    public record Closed(PeriodClosed closed, Optional<Run> carried) {
    }

    /**
     * Carries the period's unfinished goals into {@code carryOverTo} when it is given (not blank), then closes the
     * period.
     */
    public Outcome<Closed> close(Caller caller, String period, String carryOverTo) {
        Optional<Run> carried = Optional.empty();
        if (carryOverTo != null && !carryOverTo.isBlank()) {
            Outcome<Run> run = carryOvers.carryOver(caller, period, carryOverTo, null);
            if (!run.isSuccess()) {
                return run.failed();
            }
            carried = Optional.of(run.value());
        }
        Outcome<PeriodClosed> closed = state.closePeriod(caller, period);
        if (!closed.isSuccess()) {
            return closed.failed();
        }
        return Outcome.success(new Closed(closed.value(), carried));
    }
}
