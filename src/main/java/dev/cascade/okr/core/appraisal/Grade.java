package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.validation.WireCoded;

/**
 * The grade of an appraisal, best first (优秀 / 良好 / 合格 / 待改进).
 *
 * <p>{@link #NEEDS_IMPROVEMENT} has no band of its own: it is every score below the lowest configured band.
 */
public enum Grade implements WireCoded {
    /** 优秀. */
    EXCELLENT,
    /** 良好. */
    GOOD,
    /** 合格. */
    PASS,
    /** 待改进. */
    NEEDS_IMPROVEMENT;

    /** The i18n key of the grade's name, e.g. {@code cascade.grade.excellent}. */
    public String i18nKey() {
        return "cascade.grade." + code();
    }
}
