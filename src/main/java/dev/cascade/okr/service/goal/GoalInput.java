package dev.cascade.okr.service.goal;

import java.math.BigDecimal;
import java.util.List;

/**
 * An objective as a person submitted it, before any check: texts as entered, enum values as their lower-case JSON
 * names, dates as "YYYY-MM-DD" texts; any field may be missing ({@code null}). {@link GoalService} checks it.
 *
 * @param title the objective
 * @param description optional longer text
 * @param ownerKey the owner's user key; {@code null} means the caller
 * @param level the level's key
 * @param period the period
 * @param projectKey the project, or {@code null} for a group goal
 * @param groupName the group, or {@code null} for a project goal
 * @param type result, process or development; {@code null} means result
 * @param visibility everyone, members or private; {@code null} means members
 * @param rollsUpFromChildren whether aligned children count; {@code null} means no
 * @param keyResults the key results (on create only; an update leaves key results alone)
 * @param category strategic, operational, financial, customer, process or learning-growth; {@code null} means none
 * @param departments the responsible departments; {@code null} means none
 * @param supportNeeded the support the owner needs; {@code null} or blank means none
 * @param weightPercent the goal's weight in its owner's goals of the period, per-cent with at most two decimals;
 *     {@code null} means none (outside any weighted set)
 */
public record GoalInput(String title, String description, String ownerKey, String level, PeriodInput period,
        String projectKey, String groupName, String type, String visibility, Boolean rollsUpFromChildren,
        List<KeyResultInput> keyResults, String category, List<UnitInput> departments, String supportNeeded,
        BigDecimal weightPercent) {

    /** An objective submitted without category, departments, support needed or weight. */
    public GoalInput(String title, String description, String ownerKey, String level, PeriodInput period,
            String projectKey, String groupName, String type, String visibility, Boolean rollsUpFromChildren,
            List<KeyResultInput> keyResults) {
        this(title, description, ownerKey, level, period, projectKey, groupName, type, visibility,
                rollsUpFromChildren, keyResults, null, null, null, null);
    }

    /**
     * An organisational unit as submitted: exactly one of the two.
     *
     * @param project a Jira project key
     * @param group a group name
     */
    public record UnitInput(String project, String group) {
    }

    /**
     * A period: either {@code value} (a shortcut such as {@code 2026}, {@code 2026-H1}, {@code 2026-Q1},
     * {@code 2026-03}; {@code kind} optional and then checked against it) or {@code kind=custom} with both dates.
     *
     * @param kind year, half, quarter, month or custom
     * @param value the shortcut
     * @param start the first day of a custom period
     * @param end the last day of a custom period
     */
    public record PeriodInput(String kind, String value, String start, String end) {
    }

    /**
     * A key result as submitted.
     *
     * @param title what will be true when it is achieved
     * @param weightPercent per-cent with at most two decimals
     * @param measure the measure; {@code null} when missing
     */
    public record KeyResultInput(String title, BigDecimal weightPercent, MeasureInput measure) {
    }

    /**
     * A measure as submitted; enum values as lower-case dashed names ({@code issue-count-done}); only the fields of
     * the kind are read.
     *
     * @param kind metric, band, milestone or issues
     * @param direction increase or decrease
     * @param start metric start
     * @param floor tier floor
     * @param target tier target
     * @param stretch tier stretch
     * @param unit metric or band unit
     * @param low band low
     * @param high band high
     * @param description milestone description
     * @param basis issues basis
     * @param toDo status weight of an issue not started
     * @param inProgress status weight of a started issue
     * @param done status weight of a finished issue
     * @param numericFieldId issues numeric field
     * @param links issues links
     * @param checkInValues metric: {@code cumulative} (check-ins report running totals, the default) or
     *     {@code per-period} (amounts per period); {@code null} for the default
     */
    public record MeasureInput(String kind, String direction, BigDecimal start, BigDecimal floor, BigDecimal target,
            BigDecimal stretch, String unit, BigDecimal low, BigDecimal high, String description, String basis,
            BigDecimal toDo, BigDecimal inProgress, BigDecimal done, String numericFieldId, List<LinkInput> links,
            String checkInValues) {

        /** A measure without a choice of check-in values (running totals). */
        public MeasureInput(String kind, String direction, BigDecimal start, BigDecimal floor, BigDecimal target,
                BigDecimal stretch, String unit, BigDecimal low, BigDecimal high, String description, String basis,
                BigDecimal toDo, BigDecimal inProgress, BigDecimal done, String numericFieldId,
                List<LinkInput> links) {
            this(kind, direction, start, floor, target, stretch, unit, low, high, description, basis, toDo,
                    inProgress, done, numericFieldId, links, null);
        }
    }

    /**
     * A link to Jira work: exactly one of the three.
     *
     * @param epic an epic's key
     * @param issue an issue's key
     * @param jql a JQL query
     */
    public record LinkInput(String epic, String issue, String jql) {
    }
}
