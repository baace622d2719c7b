package dev.cascade.okr.core.model;

/** The length of a goal period; {@link #CUSTOM} is any inclusive date range. */
public enum PeriodKind {
    /** A calendar year. */
    YEAR,
    /** The first or second half of a calendar year. */
    HALF,
    /** A calendar quarter. */
    QUARTER,
    /** A calendar month. */
    MONTH,
    /** Any range of whole days. */
    CUSTOM
}
