package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.validation.WireCoded;

/**
 * What a key result's actual and target are, for the achievement derivation: a measured number (up or down), a band,
 * a milestone, or one of the ways linked issues are counted.
 */
public enum AchievementBasis implements WireCoded {
    /** A metric where more is better: actual ÷ target. */
    METRIC_INCREASE,
    /** A metric where less is better: target ÷ actual. */
    METRIC_DECREASE,
    /** A value kept inside a band: the band's progress (1 inside). */
    BAND,
    /** Done (1) or not done (0), against 1. */
    MILESTONE,
    /** Done issues against all linked issues. */
    ISSUE_COUNT_DONE,
    /** Story points on Done issues against all story points. */
    STORY_POINTS_DONE,
    /** Issues credited by status category against all linked issues. */
    STATUS_WEIGHTED,
    /** The sum of a numeric field over Done issues against the target. */
    NUMERIC_FIELD;
}
