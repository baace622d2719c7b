package dev.cascade.okr.core.model;

/**
 * What a key result measures and how its progress is read: a metric, a band, a milestone or linked Jira issues.
 *
 * <p>Every implementation is an immutable, already valid value; people's input becomes one through
 * {@code dev.cascade.okr.core.progress.MeasurePolicy}.
 */
public sealed interface Measure permits MetricMeasure, BandMeasure, MilestoneMeasure, IssueMeasure {

    /** The kind of this measure, e.g. to store or to choose a form. */
    Kind kind();

    /** The four kinds of measure; names are stored, never rename one. */
    enum Kind {
        /** A number moving from a start towards a target ({@link MetricMeasure}). */
        METRIC,
        /** A number to keep inside a range ({@link BandMeasure}). */
        BAND,
        /** Done or not done ({@link MilestoneMeasure}). */
        MILESTONE,
        /** Driven by linked Jira issues ({@link IssueMeasure}). */
        ISSUES
    }
}
