package dev.cascade.okr.rest.appraisal;

import dev.cascade.okr.rest.goal.GoalPeriodDto;
import dev.cascade.okr.service.appraisal.PeriodClosing;
import dev.cascade.okr.service.goal.GoalStateService.PeriodClosed;
import java.util.List;

/**
 * The answer of {@code POST /periods/{period}/close}.
 *
 * @param period the period closed, as a goal's period reads
 * @param closed the ids of the goals this request closed, ascending
 * @param alreadyClosed how many goals of the period were closed before (they keep the values of their own closing)
 * @param carriedOver what was carried into the next period first ({@code ?carryOverTo=}), or {@code null}
 */
public record PeriodClosedDto(GoalPeriodDto period, List<Long> closed, int alreadyClosed, CarryOverDto carriedOver) {

    static PeriodClosedDto of(PeriodClosing.Closed done) {
        PeriodClosed closed = done.closed();
        return new PeriodClosedDto(GoalPeriodDto.of(closed.period()),
                closed.closed().stream().map(id -> id.value()).toList(), closed.alreadyClosed(),
                done.carried().map(CarryOverDto::of).orElse(null));
    }
}
