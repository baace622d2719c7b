package dev.cascade.okr.confluence;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A macro's parameters, read and checked in one place: every value the page's storage format holds is text typed by
 * whoever edited the page, so each is checked against its shape before any of it reaches a request to Jira (and so
 * nothing of it can change the path or the query it is put into). A value that is not right, a required one that is
 * missing and one the macro does not take are each a {@link Problem} naming the parameter; the macro renders them as
 * one translated message box instead of any output.
 *
 * <p>Immutable. Absent values are {@code null} (a list: empty; depth: {@link #DEFAULT_DEPTH}).
 *
 * @param project a Jira project key, or {@code null}
 * @param period a period shortcut, or {@code null}
 * @param goal a goal id, or {@code null}
 * @param columns the column keys to show, in the order given; empty for every column
 * @param depth the levels below a tree's root, 1 to {@value #MAX_DEPTH}
 * @param asOf the past day to show figures as they stood, or {@code null} for now
 */
public record MacroParameters(String project, String period, Long goal, List<String> columns, int depth,
        LocalDate asOf) {

    /** The depth of a tree when none is given. */
    public static final int DEFAULT_DEPTH = 3;
    /** The deepest tree a page may ask for. */
    public static final int MAX_DEPTH = 10;
    /** The most columns a table macro may name. */
    public static final int MAX_COLUMNS = 20;

    private static final Pattern PROJECT = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");
    private static final Pattern PERIOD = Pattern.compile("[12][0-9]{3}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?");
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern COLUMN = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** Copies the columns. */
    public MacroParameters {
        columns = List.copyOf(columns);
    }

    /**
     * One problem with one parameter.
     *
     * @param parameter the parameter, or {@code null} for a name no Cascade macro takes
     * @param messageKey the i18n key of the message; its {@code {0}} is the parameter's label, {@code {1}} on the
     *     value as given (shown escaped), {@code {2}} a limit
     * @param value the value as given (for the message), or empty
     */
    public record Problem(MacroParameter parameter, String messageKey, String value) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * What reading gave: the parameters, or the problems (never both).
     *
     * @param parameters the parameters when every value was right, else {@code null}
     * @param problems every problem found, in the parameters' order; empty when the parameters were read
     */
    public record Reading(MacroParameters parameters, List<Problem> problems) {

        /** Copies the problems. */
        public Reading {
            problems = List.copyOf(problems);
        }

        /** Whether every value was right. */
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads the parameters a macro takes from what the page holds.
     *
     * @param raw the page's parameters by name (Confluence may add its own, starting with {@code :} or
     *     {@code atlassian-}, which are ignored)
     * @param accepted the parameters the macro takes
     * @param required those of them it needs
     * @param today the day it is now where the server runs (for {@code asOf}, which must be a past or present day)
     */
    public static Reading read(Map<String, String> raw, Set<MacroParameter> accepted, Set<MacroParameter> required,
            LocalDate today) {
        Reader reader = new Reader(raw == null ? Map.of() : raw, accepted);
        for (String name : reader.raw.keySet()) {
            if (name != null && !name.startsWith(":") && !name.startsWith("atlassian-")
                    && parameterNamed(name) == null) {
                reader.problems.add(new Problem(null, "cascade.macro.param.unknown", name));
            }
        }
        for (MacroParameter parameter : MacroParameter.values()) {
            String value = reader.value(parameter);
            if (value == null && required.contains(parameter)) {
                reader.problems.add(new Problem(parameter, "cascade.macro.param.required", ""));
            } else if (value != null && !accepted.contains(parameter)) {
                reader.problems.add(new Problem(parameter, "cascade.macro.param.not-taken", ""));
            }
        }
        String project = reader.matching(MacroParameter.PROJECT, PROJECT, "cascade.macro.param.project.invalid");
        String period = reader.matching(MacroParameter.PERIOD, PERIOD, "cascade.macro.param.period.invalid");
        String goalText = reader.matching(MacroParameter.GOAL, ID, "cascade.macro.param.goal.invalid");
        List<String> columns = reader.columns();
        int depth = reader.depth();
        LocalDate asOf = reader.day(today);
        List<Problem> problems = reader.problems;
        if (!problems.isEmpty()) {
            return new Reading(null, problems);
        }
        return new Reading(new MacroParameters(project, period, goalText == null ? null : Long.valueOf(goalText),
                columns, depth, asOf), List.of());
    }

    private static MacroParameter parameterNamed(String name) {
        for (MacroParameter parameter : MacroParameter.values()) {
            if (parameter.storageName().equals(name)) {
                return parameter;
            }
        }
        return null;
    }

    /** Reads values one parameter at a time, collecting problems. */
    private static final class Reader {

        private final Map<String, String> raw;
        private final Set<MacroParameter> accepted;
        private final List<Problem> problems = new ArrayList<>();

        Reader(Map<String, String> raw, Set<MacroParameter> accepted) {
            this.raw = raw;
            this.accepted = accepted.isEmpty() ? EnumSet.noneOf(MacroParameter.class) : EnumSet.copyOf(accepted);
        }

        /** The trimmed value, or {@code null} when absent or blank. */
        String value(MacroParameter parameter) {
            String value = raw.get(parameter.storageName());
            return value == null || value.isBlank() ? null : value.strip();
        }

        String matching(MacroParameter parameter, Pattern pattern, String messageKey) {
            String value = value(parameter);
            if (value == null || !accepted.contains(parameter)) {
                return null;
            }
            if (!pattern.matcher(value).matches()) {
                problems.add(new Problem(parameter, messageKey, shown(value)));
                return null;
            }
            return value;
        }

        List<String> columns() {
            String value = value(MacroParameter.COLUMNS);
            if (value == null || !accepted.contains(MacroParameter.COLUMNS)) {
                return List.of();
            }
            Set<String> columns = new LinkedHashSet<>();
            for (String part : value.split(",", -1)) {
                String column = part.strip();
                if (!COLUMN.matcher(column).matches()) {
                    problems.add(new Problem(MacroParameter.COLUMNS, "cascade.macro.param.columns.invalid",
                            shown(column)));
                    return List.of();
                }
                columns.add(column);
            }
            if (columns.size() > MAX_COLUMNS) {
                problems.add(new Problem(MacroParameter.COLUMNS, "cascade.macro.param.columns.too-many", ""));
                return List.of();
            }
            return List.copyOf(columns);
        }

        int depth() {
            String value = value(MacroParameter.DEPTH);
            if (value == null || !accepted.contains(MacroParameter.DEPTH)) {
                return DEFAULT_DEPTH;
            }
            if (value.matches("[0-9]{1,2}")) {
                int depth = Integer.parseInt(value);
                if (depth >= 1 && depth <= MAX_DEPTH) {
                    return depth;
                }
            }
            problems.add(new Problem(MacroParameter.DEPTH, "cascade.macro.param.depth.invalid", shown(value)));
            return DEFAULT_DEPTH;
        }

        LocalDate day(LocalDate today) {
            String value = value(MacroParameter.AS_OF);
            if (value == null || !accepted.contains(MacroParameter.AS_OF)) {
                return null;
            }
            try {
                LocalDate day = DAY.matcher(value).matches() ? LocalDate.parse(value) : null;
                if (day == null) {
                    problems.add(new Problem(MacroParameter.AS_OF, "cascade.macro.param.as-of.invalid", shown(value)));
                } else if (day.isAfter(today)) {
                    problems.add(new Problem(MacroParameter.AS_OF, "cascade.macro.param.as-of.future", value));
                    return null;
                }
                return day;
            } catch (DateTimeParseException e) {
                problems.add(new Problem(MacroParameter.AS_OF, "cascade.macro.param.as-of.invalid", shown(value)));
                return null;
            }
        }

        /** At most 60 characters of a value, for a message. */
        private static String shown(String value) {
            return value.length() <= 60 ? value : value.substring(0, 60) + "\u2026";
        }
    }
}
