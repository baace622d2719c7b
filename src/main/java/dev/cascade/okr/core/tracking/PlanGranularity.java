package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.Period;
import java.util.List;

/** How finely a plan splits its goal period: one planned value per calendar quarter or per calendar month. */
public enum PlanGranularity {

    /** One value per calendar quarter. */
    QUARTER("cascade.tracking.granularity.quarter"),
    /** One value per calendar month. */
    MONTH("cascade.tracking.granularity.month");

    private final String messageKey;

    PlanGranularity(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The sub-periods of a goal period at this granularity, cut to its bounds, in order. */
    public List<Period> subPeriodsOf(Period goalPeriod) {
        return this == QUARTER ? goalPeriod.quarters() : goalPeriod.months();
    }

    /** The i18n key of this granularity's name. */
    public String messageKey() {
        return messageKey;
    }
}
