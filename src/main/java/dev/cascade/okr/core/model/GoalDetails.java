package dev.cascade.okr.core.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * What the seed tables show of a goal beyond its own fields: its category (company table), the departments
 * responsible for it (company table, several), the support its owner needs (individual table, 所需支持) and its weight
 * in its owner's set of goals of the period (individual table, with {@link Objective#type()}).
 *
 * <p>Invariants: {@code departments} holds no unit twice and is never {@code null} (empty when none); every other
 * field may be absent ({@code null}): a goal without a weight is outside any weighted set (company and department
 * goals usually are). {@code supportNeeded} is {@code null} rather than blank.
 *
 * @param category its category, or {@code null}
 * @param departments the units responsible for it, in the order given
 * @param supportNeeded the support its owner needs, or {@code null}
 * @param weight its share of its owner's goals of the same period, or {@code null}
 */
public record GoalDetails(GoalCategory category, List<OrgUnit> departments, String supportNeeded, Weight weight) {

    /** No category, no departments, no support needed, no weight. */
    public static final GoalDetails NONE = new GoalDetails(null, List.of(), null, null);

    /** Drops repeated departments (the first stays) and copies the list; a blank text becomes {@code null}. */
    public GoalDetails {
        departments = departments == null ? List.of() : List.copyOf(new LinkedHashSet<>(departments));
        supportNeeded = supportNeeded == null || supportNeeded.isBlank() ? null : supportNeeded;
    }

    /** Its category, if it has one. */
    public Optional<GoalCategory> categoryIfAny() {
        return Optional.ofNullable(category);
    }

    /** Its weight in its owner's set, if it has one. */
    public Optional<Weight> weightIfAny() {
        return Optional.ofNullable(weight);
    }
}
