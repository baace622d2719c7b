package dev.cascade.okr.rest.tracking;

import dev.cascade.okr.core.tracking.Plan;
import dev.cascade.okr.service.tracking.TrackingService.PlanState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A key result's plan as read: {@code granularity} and {@code values} are absent and {@code version} 0 when it has no
 * plan yet.
 *
 * @param keyResultId the key result
 * @param version the plan's version, 0 when there is none (send it back with a change)
 * @param goalPeriod the period the plan covers
 * @param granularity {@code quarter} or {@code month}, or {@code null}
 * @param values one per quarter or month, in order
 * @param total what the plan expects by the end of the goal period, as core sums it, or {@code null}
 */
public record PlanDto(long keyResultId, long version, TrackingPeriodDto goalPeriod, String granularity,
        List<PlanValueDto> values, BigDecimal total) {

    static PlanDto of(PlanState state) {
        Plan plan = state.plan().orElse(null);
        List<PlanValueDto> values = new ArrayList<>();
        if (plan != null) {
            for (int i = 0; i < plan.subPeriods().size(); i++) {
                values.add(new PlanValueDto(TrackingPeriodDto.of(plan.subPeriods().get(i)), plan.values().get(i)));
            }
        }
        return new PlanDto(state.keyResultId().value(), state.version(), TrackingPeriodDto.of(state.goalPeriod()),
                plan == null ? null : plan.granularity().name().toLowerCase(Locale.ROOT), values,
                plan == null ? null : plan.total());
    }

    /**
     * One quarter's or month's planned increment.
     *
     * @param period the quarter or month, cut to the goal period
     * @param value the amount planned in it, in the key result's unit
     */
    public record PlanValueDto(TrackingPeriodDto period, BigDecimal value) {
    }

}
