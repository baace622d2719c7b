package dev.cascade.okr.service.table;

import dev.cascade.okr.core.tracking.TrackingStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the seed tables (PRODUCT.md: company goals, department decomposition, individual goals, tracking record,
 * appraisal and feedback, quarterly review, and the task tracking table) as {@link TableService} reads it: its columns
 * in the seed's order and one page of rows, each holding exactly those columns. Cells are values, not text: the edge
 * translates labels and names people in the reader's language, so the UI, the Confluence macros and the spreadsheet
 * export read the same table.
 *
 * <p>Invariants: every row's cells have exactly the columns' keys, in the columns' order. Paging counts goals (a
 * per-key-result table may hold several rows per goal): {@code offset} and {@code limit} as asked, {@code total} the
 * goals the caller may see that match.
 *
 * @param kind which table
 * @param columns the columns, in order
 * @param rows the rows of the page's goals
 * @param offset how many matching goals were skipped
 * @param limit the most goals a page holds
 * @param total how many matching goals the caller may see
 */
public record Table(Kind kind, List<Column> columns, List<Row> rows, int offset, int limit, int total) {

    /** Checks that each row holds exactly the columns, in order. */
    public Table {
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        List<String> keys = columns.stream().map(Column::key).toList();
        for (Row row : rows) {
            if (!new ArrayList<>(row.cells().keySet()).equals(keys)) {
                throw new IllegalArgumentException(kind + " row of goal " + row.goalId() + " has cells "
                        + row.cells().keySet() + ", not the columns " + keys);
            }
        }
    }

    /** The tables, by the name in their path ({@code /tables/company-goals}). */
    public enum Kind {
        /** 公司年度绩效目标总表: goals of the top level. */
        COMPANY_GOALS("company-goals", "category", "goal", "target", "departments", "deadline", "initiatives"),
        /** 部门绩效目标分解表: goals of the second level. */
        DEPARTMENT_GOALS("department-goals", "department", "parentGoal", "goal", "target", "owner", "deadline",
                "measure"),
        /** 员工个人绩效目标表: goals of the lowest level. */
        INDIVIDUAL_GOALS("individual-goals", "person", "department", "role", "parentGoal", "goal", "target",
                "deadline", "measure", "supportNeeded", "weight", "type"),
        /** 目标执行跟踪记录表: one row per key result, for the period asked. */
        TRACKING_RECORD("tracking-record", "who", "goal", "planned", "actual", "deviation", "cause", "adjustment",
                "owner", "updatedOn"),
        /** 绩效评估与反馈表: one row per appraised goal the caller may see the appraisal of. */
        APPRAISAL("appraisal", "person", "goal", "target", "actual", "achievementRate", "processScore",
                "composite", "grade", "suggestion"),
        /** 季度目标达成复盘表: one row per planned key result and quarter. */
        QUARTERLY_REVIEW("quarterly-review", "quarter", "department", "goal", "quarterTarget", "actual",
                "deviation", "subjectiveCauses", "objectiveCauses", "improvement", "nextQuarterAdjustment"),
        /** The seed's task tracking table: one row per action-plan task. */
        TASK_TRACKING("task-tracking", "task", "goal", "owner", "plannedStart", "plannedFinish", "progress",
                "percentComplete", "risk", "measure", "updatedOn");

        private final String code;
        private final List<String> columns;

        Kind(String code, String... columns) {
            this.code = code;
            this.columns = List.of(columns);
        }

        /** The name in the path, e.g. {@code company-goals}. */
        public String code() {
            return code;
        }

        /** The column keys, in the seed's order. */
        public List<String> columnKeys() {
            return columns;
        }

        /**
         * The columns with their i18n keys: {@code cascade.table.<table>.<key>}, the key in lower case with dashes
         * ({@code cascade.table.individual-goals.support-needed}).
         */
        public List<Column> columns() {
            return columns.stream().map(key -> new Column(key, "cascade.table." + code + "."
                    + key.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT))).toList();
        }

        /** The i18n key of the table's title. */
        public String titleKey() {
            return "cascade.table." + code + ".title";
        }

        /** The table with this name, if any. */
        public static Optional<Kind> ofCode(String code) {
            return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
        }
    }

    /**
     * A column.
     *
     * @param key the key of its cells in every row
     * @param labelKey the i18n key of its heading
     */
    public record Column(String key, String labelKey) {

        private static final java.util.Set<String> PERCENT = java.util.Set.of("deviation", "achievementRate",
                "weight", "percentComplete");

        /** Whether the column's numbers are per-cents ({@code -16.7} is −16.7 %): a spreadsheet formats them so. */
        public boolean percent() {
            return PERCENT.contains(key);
        }
    }

    /**
     * A row.
     *
     * @param goalId the goal it speaks for
     * @param keyResultId the key result it speaks for, or {@code null} in a per-goal table
     * @param itemId the appraisal's or the task's id in those tables, or {@code null}
     * @param cells the cells by column key, in column order
     * @param status core's tracking status of the row's judged figure — the deviation (tracking record, quarterly
     *     review) or the achievement rate (appraisal) — by the configured thresholds; empty where there is none
     * @param notes how a cell's figure was computed, by column key, in numbers and symbols as core wrote it (the
     *     appraisal's composite: {@code 70% × 105.5 + 30% × 80 = 97.9}); the spreadsheet export writes them
     */
    public record Row(long goalId, Long keyResultId, Long itemId, Map<String, Cell> cells,
            Optional<TrackingStatus> status, Map<String, String> notes) {
        /** Copies the cells, keeping their order. */
        public Row {
            cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
            Objects.requireNonNull(status, "status");
            notes = Map.copyOf(notes);
        }

        /** A row without notes. */
        public Row(long goalId, Long keyResultId, Long itemId, Map<String, Cell> cells,
                Optional<TrackingStatus> status) {
            this(goalId, keyResultId, itemId, cells, status, Map.of());
        }

        /** A row without a judged figure. */
        public Row(long goalId, Long keyResultId, Long itemId, Map<String, Cell> cells) {
            this(goalId, keyResultId, itemId, cells, Optional.empty());
        }
    }

    /** A cell's value. */
    public sealed interface Cell {
    }

    /** Nothing to show (a column the goal has no value for). */
    public record Empty() implements Cell {
    }

    /** A text shown as it is (a title, a key, a note). */
    public record Text(String text) implements Cell {
        /** Checks presence. */
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A text to translate: an i18n key and its arguments (a category, a type, a grade). */
    public record Label(String messageKey, List<String> args) implements Cell {
        /** Copies the arguments. */
        public Label {
            Objects.requireNonNull(messageKey, "messageKey");
            args = List.copyOf(args);
        }
    }

    /** A person, by user key; the edge shows their name. */
    public record Person(String userKey) implements Cell {
        /** Checks presence. */
        public Person {
            Objects.requireNonNull(userKey, "userKey");
        }
    }

    /** A number in the column's unit (per-cent columns hold per-cent, e.g. −16.7). */
    public record Number(BigDecimal value) implements Cell {
        /** Checks presence. */
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A day. */
    public record Day(LocalDate day) implements Cell {
        /** Checks presence. */
        public Day {
            Objects.requireNonNull(day, "day");
        }
    }

    /** Several values in one cell (targets of several key results, several departments), in order. */
    public record Many(List<Cell> cells) implements Cell {
        /** Copies the cells. */
        public Many {
            cells = List.copyOf(cells);
        }
    }

    /** A cell, or {@link Empty} for {@code null}. */
    static Cell text(String text) {
        return text == null ? new Empty() : new Text(text);
    }

    /** A number cell, or {@link Empty} for {@code null}. */
    static Cell number(BigDecimal value) {
        return value == null ? new Empty() : new Number(value);
    }
}
