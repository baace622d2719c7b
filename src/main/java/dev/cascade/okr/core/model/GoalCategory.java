package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.WireCoded;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What kind of goal this is in the company's goal table (公司年度绩效目标总表, column "category"): the two kinds the
 * seed names (strategic, operational) and the four perspectives of a balanced scorecard that Chinese goal tables
 * commonly use (financial, customer, internal process, learning and growth).
 */
public enum GoalCategory implements WireCoded {
    /** A strategic goal (战略目标), e.g. revenue growth. */
    STRATEGIC,
    /** An operational goal (运营目标), e.g. delivery on time. */
    OPERATIONAL,
    /** A financial goal (财务), e.g. margin or cost. */
    FINANCIAL,
    /** A customer goal (客户), e.g. satisfaction or retention. */
    CUSTOMER,
    /** An internal process goal (内部流程), e.g. cycle time. */
    PROCESS,
    /** A learning and growth goal (学习与成长), e.g. skills and training. */
    LEARNING_GROWTH;

    /** The i18n key of the category's name, e.g. {@code cascade.category.learning-growth}. */
    public String messageKey() {
        return "cascade.category." + code();
    }

    /** The category with this JSON name, if any. */
    public static Optional<GoalCategory> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
    }

    /** Every JSON name, in declaration order, separated by ", ": what an error lists as the allowed values. */
    public static String allowedCodes() {
        return Arrays.stream(values()).map(GoalCategory::code).collect(Collectors.joining(", "));
    }
}
