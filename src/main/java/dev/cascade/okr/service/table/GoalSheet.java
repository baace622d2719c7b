package dev.cascade.okr.service.table;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.goal.GoalInput;
import dev.cascade.okr.service.goal.GoalInput.KeyResultInput;
import dev.cascade.okr.service.goal.GoalInput.MeasureInput;
import dev.cascade.okr.service.goal.GoalInput.PeriodInput;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.table.SheetReader.Cell;
import dev.cascade.okr.service.table.SheetReader.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The goals sheet (issue 15, docs/decisions/0020-spreadsheets.md, <i>Import</i>): the one layout goals are imported
 * from and exported to, so that export, import and export again give the same file. Row 1 is the header (each cell
 * the column's code or its label in the reader's language); each goal takes one row per key result (at least one
 * row), every row of a goal carrying its reference in {@link Column#REF}; the goal's own cells are on its first row and
 * empty on the others. A goal aligns to the goal of the file whose reference its {@link Column#PARENT} names.
 * Problems are reported at {@code file.rows[<row>].<column code>}, the header counting as row 1.
 */
public final class GoalSheet {

    /** The most rows after the header. */
    public static final int MAX_ROWS = 2_000;

    /** How a column's cells are read. */
    enum Type { TEXT, NUMBER, PERCENT }

    /** The columns, in order. */
    public enum Column {
        /** The goal's reference in the file. */
        REF("ref", Type.TEXT),
        /** The reference of the goal it aligns to (empty: none). */
        PARENT("parent", Type.TEXT),
        /** Its contribution to the parent, per-cent (empty: 100 %). */
        CONTRIBUTION("contribution", Type.PERCENT),
        /** The level's key. */
        LEVEL("level", Type.TEXT),
        /** The objective. */
        TITLE("title", Type.TEXT),
        /** The owner's user key. */
        OWNER("owner", Type.TEXT),
        /** The project key (or a group). */
        PROJECT("project", Type.TEXT),
        /** The group name (or a project). */
        GROUP("group", Type.TEXT),
        /** The period: {@code 2026-Q1} or {@code 2026-01-15/2026-02-20}. */
        PERIOD("period", Type.TEXT),
        /** The goal's weight, per-cent. */
        WEIGHT("weight", Type.PERCENT),
        /** The key result. */
        KEY_RESULT("key-result", Type.TEXT),
        /** The key result's weight, per-cent. */
        KEY_RESULT_WEIGHT("key-result-weight", Type.PERCENT),
        /** The measure's kind. */
        KIND("kind", Type.TEXT),
        /** Increase or decrease. */
        DIRECTION("direction", Type.TEXT),
        /** The start value. */
        START("start", Type.NUMBER),
        /** The floor tier. */
        FLOOR("floor", Type.NUMBER),
        /** The target tier. */
        TARGET("target", Type.NUMBER),
        /** The stretch tier. */
        STRETCH("stretch", Type.NUMBER),
        /** The measure's unit. */
        UNIT("unit", Type.TEXT);

        private final String code;
        private final Type type;

        Column(String code, Type type) {
            this.code = code;
            this.type = type;
        }

        /** The code in a header and in a problem's field. */
        public String code() {
            return code;
        }

        /** The i18n key of the column's label. */
        public String labelKey() {
            return "cascade.sheet.goals.column." + code;
        }

        /** Whether the column holds a per-cent. */
        public boolean percent() {
            return type == Type.PERCENT;
        }

        /** Whether the column holds a number (per-cents included). */
        public boolean numeric() {
            return type != Type.TEXT;
        }

        /** The columns of a goal's own cells (empty on its further rows). */
        static final Set<Column> OWN = Set.of(PARENT, CONTRIBUTION, LEVEL, TITLE, OWNER, PROJECT, GROUP, PERIOD,
                WEIGHT);
    }

    /**
     * One goal of the file.
     *
     * @param ref its reference
     * @param row the row of its own cells
     * @param parentRef the reference of its parent; {@code null} for none
     * @param contribution its contribution to the parent, per-cent; {@code null} for the default
     * @param input the goal as submitted
     * @param keyResultRows the row of each key result of {@code input}, in order
     */
    public record Goal(String ref, int row, String parentRef, BigDecimal contribution, GoalInput input,
            List<Integer> keyResultRows) {
    }

    private GoalSheet() {
    }

    /** The field of a problem at {@code row} and {@code column}. */
    public static String field(int row, Column column) {
        return "file.rows[" + row + "]" + (column == null ? "" : "." + column.code());
    }

    /**
     * The goals of the file in row order, each alignment's parent in the file and no chain of parents a cycle; the
     * problems found go to {@code violations} (each goal's own rules are checked later, by the goal service).
     *
     * @param labels each column's label in the reader's language
     */
    public static List<Goal> read(SheetReader reader, Function<Column, String> labels, List<Violation> violations)
            throws SheetReader.Refused {
        Rows rows = new Rows(labels, violations);
        reader.read(rows::row);
        if (rows.tooMany) {
            violations.add(Violation.of(ViolationCode.GOALS_IMPORT_TOO_MANY_ROWS, "file", String.valueOf(MAX_ROWS)));
            return List.of();
        }
        if (!rows.headed) {
            violations.add(Violation.of(ViolationCode.GOALS_IMPORT_EMPTY, "file"));
            return List.of();
        }
        List<Goal> goals = rows.goals();
        if (goals.isEmpty() && violations.isEmpty()) {
            violations.add(Violation.of(ViolationCode.GOALS_IMPORT_EMPTY, "file"));
        }
        parents(goals, violations);
        return goals;
    }

    /** Every parent a goal of the file, and no cycle. */
    private static void parents(List<Goal> goals, List<Violation> violations) {
        Map<String, Goal> byRef = new HashMap<>();
        goals.forEach(goal -> byRef.put(goal.ref(), goal));
        for (Goal goal : goals) {
            if (goal.parentRef() == null) {
                continue;
            }
            if (!byRef.containsKey(goal.parentRef())) {
                violations.add(Violation.of(ViolationCode.GOALS_IMPORT_UNKNOWN_PARENT, field(goal.row(), Column.PARENT),
                        Inputs.shorten(goal.parentRef())));
                continue;
            }
            Set<String> seen = new HashSet<>();
            Goal at = goal;
            while (at != null && at.parentRef() != null && seen.add(at.ref())) {
                at = byRef.get(at.parentRef());
                if (at == goal) {
                    violations.add(Violation.of(ViolationCode.GOALS_IMPORT_CYCLE, field(goal.row(), Column.PARENT),
                            Inputs.shorten(goal.parentRef())));
                    break;
                }
            }
        }
    }

    /** The rows read so far. */
    private static final class Rows {
        private final Function<Column, String> labels;
        private final List<Violation> violations;
        private final Map<String, Builder> goals = new LinkedHashMap<>();
        private Builder current;
        private boolean headed;
        private boolean tooMany;
        private int count;

        Rows(Function<Column, String> labels, List<Violation> violations) {
            this.labels = labels;
            this.violations = violations;
        }

        List<Goal> goals() {
            return goals.values().stream().map(Builder::goal).toList();
        }

        boolean row(int number, List<Cell> cells) {
            if (!headed) {
                header(cells);
                headed = true;
                return true;
            }
            if (cells.stream().allMatch(Cell::isEmpty)) {
                return true;
            }
            if (++count > MAX_ROWS) {
                tooMany = true;
                return false;
            }
            Map<Column, String> values = values(number, cells);
            if (values == null) {
                return true;
            }
            String ref = values.get(Column.REF);
            if (ref == null) {
                violations.add(Violation.of(ViolationCode.GOALS_IMPORT_REQUIRED, field(number, Column.REF)));
                return true;
            }
            if (current != null && current.ref.equals(ref)) {
                for (Column own : Column.OWN) {
                    if (values.get(own) != null) {
                        violations.add(Violation.of(ViolationCode.GOALS_IMPORT_DUPLICATE, field(number, own),
                                Inputs.shorten(ref), String.valueOf(current.row)));
                        return true;
                    }
                }
            } else if (goals.containsKey(ref)) {
                violations.add(Violation.of(ViolationCode.GOALS_IMPORT_DUPLICATE, field(number, Column.REF),
                        Inputs.shorten(ref), String.valueOf(goals.get(ref).row)));
                return true;
            } else {
                current = new Builder(ref, number, values);
                goals.put(ref, current);
            }
            current.keyResult(number, values, violations);
            return true;
        }

        private void header(List<Cell> cells) {
            Column[] columns = Column.values();
            for (int i = 0; i < columns.length; i++) {
                String text = i < cells.size() ? cells.get(i).value().strip() : "";
                if (!text.equals(columns[i].code()) && !text.equals(labels.apply(columns[i]))) {
                    violations.add(Violation.of(ViolationCode.GOALS_IMPORT_HEADER, field(1, columns[i]),
                            String.valueOf(i + 1), labels.apply(columns[i])));
                }
            }
            for (int i = columns.length; i < cells.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    violations.add(Violation.of(ViolationCode.GOALS_IMPORT_HEADER, "file.rows[1]",
                            String.valueOf(i + 1), ""));
                }
            }
        }

        /** The row's cells by column, texts stripped and empty ones left out; {@code null} when one is refused. */
        private Map<Column, String> values(int row, List<Cell> cells) {
            Map<Column, String> values = new LinkedHashMap<>();
            Column[] columns = Column.values();
            int before = violations.size();
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                if (cell.isEmpty()) {
                    continue;
                }
                if (i >= columns.length) {
                    violations.add(Violation.of(ViolationCode.GOALS_IMPORT_VALUE, "file.rows[" + row + "]",
                            Inputs.shorten(cell.value()), ""));
                    continue;
                }
                Column column = columns[i];
                if (cell.kind() == Kind.FORMULA) {
                    violations.add(Violation.of(ViolationCode.GOALS_IMPORT_FORMULA, field(row, column)));
                } else if (cell.kind() == Kind.OTHER) {
                    violations.add(Violation.of(ViolationCode.GOALS_IMPORT_VALUE, field(row, column),
                            Inputs.shorten(cell.value()), ""));
                } else {
                    String value = value(cell, column);
                    if (value == null) {
                        violations.add(Violation.of(ViolationCode.GOALS_IMPORT_NUMBER, field(row, column),
                                Inputs.shorten(cell.value())));
                    } else if (!value.isEmpty()) {
                        values.put(column, value);
                    }
                }
            }
            return violations.size() > before ? null : values;
        }
    }

    /**
     * A cell's value as text: numbers in plain notation (an XLSX per-cent's fraction times 100, a {@code %} dropped),
     * texts stripped; {@code null} when a number column holds no number.
     */
    static String value(Cell cell, Column column) {
        String text = cell.value().strip();
        if (!column.numeric()) {
            return cell.kind() == Kind.NUMBER ? plain(text, false) : text;
        }
        if (cell.kind() == Kind.NUMBER) {
            return plain(text, column.percent());
        }
        String number = column.percent() && text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        return number.matches("[+-]?\\d{1,15}(\\.\\d{1,10})?") ? plain(number, false) : null;
    }

    private static String plain(String number, boolean fraction) {
        try {
            BigDecimal value = new BigDecimal(number);
            return (fraction ? value.movePointRight(2) : value).toPlainString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A goal being read: its own cells and its key results so far. */
    private static final class Builder {
        private final String ref;
        private final int row;
        private final Map<Column, String> own;
        private final List<KeyResultInput> keyResults = new ArrayList<>();
        private final List<Integer> keyResultRows = new ArrayList<>();
        private final Map<String, Integer> keyResultTitles = new HashMap<>();
        private PeriodInput period;

        Builder(String ref, int row, Map<Column, String> own) {
            this.ref = ref;
            this.row = row;
            this.own = own;
        }

        void keyResult(int number, Map<Column, String> values, List<Violation> violations) {
            if (number == row) {
                period = period(values.get(Column.PERIOD), violations);
            }
            String title = values.get(Column.KEY_RESULT);
            if (title == null) {
                boolean measured = values.keySet().stream().anyMatch(c -> c.ordinal() > Column.KEY_RESULT.ordinal());
                if (measured || number != row) {
                    violations.add(Violation.of(ViolationCode.GOALS_IMPORT_REQUIRED,
                            field(number, Column.KEY_RESULT)));
                }
                return;
            }
            Integer earlier = keyResultTitles.putIfAbsent(title, number);
            if (earlier != null) {
                violations.add(Violation.of(ViolationCode.GOALS_IMPORT_DUPLICATE, field(number, Column.KEY_RESULT),
                        Inputs.shorten(title), String.valueOf(earlier)));
                return;
            }
            keyResults.add(new KeyResultInput(title, decimal(values.get(Column.KEY_RESULT_WEIGHT)),
                    new MeasureInput(values.get(Column.KIND), values.get(Column.DIRECTION),
                            decimal(values.get(Column.START)), decimal(values.get(Column.FLOOR)),
                            decimal(values.get(Column.TARGET)), decimal(values.get(Column.STRETCH)),
                            values.get(Column.UNIT), null, null, null, null, null, null, null, null, null)));
            keyResultRows.add(number);
        }

        private PeriodInput period(String text, List<Violation> violations) {
            if (text == null) {
                return null;
            }
            int slash = text.indexOf('/');
            if (slash < 0) {
                return new PeriodInput(null, text, null, null);
            }
            String start = text.substring(0, slash).strip();
            String end = text.substring(slash + 1).strip();
            for (String day : List.of(start, end)) {
                try {
                    LocalDate.parse(day);
                } catch (DateTimeParseException e) {
                    violations.add(Violation.of(ViolationCode.GOALS_IMPORT_DATE, field(row, Column.PERIOD),
                            Inputs.shorten(day)));
                    return null;
                }
            }
            return new PeriodInput("custom", null, start, end);
        }

        Goal goal() {
            GoalInput input = new GoalInput(own.get(Column.TITLE), null, own.get(Column.OWNER), own.get(Column.LEVEL),
                    period, own.get(Column.PROJECT), own.get(Column.GROUP), null, null, null, keyResults, null, null,
                    null, decimal(own.get(Column.WEIGHT)));
            return new Goal(ref, row, own.get(Column.PARENT), decimal(own.get(Column.CONTRIBUTION)), input,
                    List.copyOf(keyResultRows));
        }

        private static BigDecimal decimal(String text) {
            return text == null ? null : new BigDecimal(text);
        }
    }
}
