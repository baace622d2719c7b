package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.validation.WireCode;
import java.util.List;

/** How finely a plan splits its goal period: one planned value per calendar quarter or per calendar month. */
public enum PlanGranularity {

    /** One value per calendar quarter. */
    QUARTER,
    /** One value per calendar month. */
    MONTH;

    /** The sub-periods of a goal period at this granularity, cut to its bounds, in order. */
    public List<Period> subPeriodsOf(Period goalPeriod) {
        return this == QUARTER ? goalPeriod.quarters() : goalPeriod.months();
    }

    /** The i18n key of this granularity's name. */
    public String messageKey() {
        return "cascade.tracking.granularity." + WireCode.of(this);
    }
}
