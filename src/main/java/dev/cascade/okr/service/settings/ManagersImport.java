package dev.cascade.okr.service.settings;

import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.AccessService;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who manages whom, read from a CSV file (issue 14): UTF-8 (a byte-order mark is skipped), the header
 * {@value #HEADER}, then one row per person: the person's user key and their direct managers' user keys separated by
 * {@code ;} or spaces (an empty cell: no managers). Cells may be quoted ({@code "a, b"}, {@code ""} for a quote);
 * blank rows are skipped. Every row is checked before anything is written, and every problem is reported with its row
 * (counting the header as row 1) and column, at the field {@code file.rows[<row>].<column>}.
 */
final class ManagersImport {

    /** The header row. */
    static final String HEADER = "person,managers";
    /** The largest file, in bytes. */
    static final int MAX_BYTES = 256 * 1024;
    /** The most rows after the header. */
    static final int MAX_ROWS = 5000;

    private ManagersImport() {
    }

    /** The chart the file describes, in row order, or every problem found. */
    static Validated<Map<UserRef, Set<UserRef>>> read(byte[] file, AccessService access) {
        if (file == null || file.length == 0) {
            return invalid(Violation.of(ViolationCode.PEOPLE_IMPORT_EMPTY, "file"));
        }
        if (file.length > MAX_BYTES) {
            return invalid(Violation.of(ViolationCode.PEOPLE_IMPORT_TOO_LARGE, "file",
                    String.valueOf(MAX_BYTES / 1024)));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            return invalid(Violation.of(ViolationCode.PEOPLE_IMPORT_ENCODING, "file"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            return invalid(Violation.of(ViolationCode.PEOPLE_IMPORT_EMPTY, "file"));
        }
        List<String> header = cells(lines[0]);
        if (header == null || header.size() != 2 || !header.get(0).strip().equalsIgnoreCase("person")
                || !header.get(1).strip().equalsIgnoreCase("managers")) {
            return invalid(Violation.of(ViolationCode.PEOPLE_IMPORT_HEADER, "file.rows[1]", HEADER));
        }
        if (lines.length - 1 > MAX_ROWS + 1) {
            return invalid(Violation.of(ViolationCode.PEOPLE_IMPORT_TOO_MANY_ROWS, "file", String.valueOf(MAX_ROWS)));
        }
        List<Violation> violations = new ArrayList<>();
        Map<UserRef, Set<UserRef>> chart = new LinkedHashMap<>();
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int row = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = cells(lines[i]);
            if (cells == null || cells.size() != 2) {
                violations.add(Violation.of(ViolationCode.PEOPLE_IMPORT_COLUMNS, field(row, null), num(row)));
                continue;
            }
            String person = cells.get(0).strip();
            boolean personOk = checkKey(person, row, "person", access, violations);
            if (personOk && rowOf.containsKey(person)) {
                violations.add(Violation.of(ViolationCode.PEOPLE_IMPORT_DUPLICATE, field(row, "person"), num(row),
                        "person", shortened(person), num(rowOf.get(person))));
                personOk = false;
            }
            Set<UserRef> managers = new LinkedHashSet<>();
            boolean managersOk = true;
            String[] keys = cells.get(1).strip().isEmpty() ? new String[0] : cells.get(1).strip().split("[;\\s]+");
            if (keys.length > PeopleSettings.MAX_MANAGERS) {
                violations.add(Violation.of(ViolationCode.PEOPLE_IMPORT_TOO_MANY_MANAGERS, field(row, "managers"),
                        num(row), "managers", String.valueOf(PeopleSettings.MAX_MANAGERS)));
                managersOk = false;
            } else {
                for (String key : keys) {
                    managersOk &= checkKey(key, row, "managers", access, violations);
                    managers.add(new UserRef(key));
                }
            }
            if (personOk && managersOk && managers.contains(new UserRef(person))) {
                violations.add(Violation.of(ViolationCode.PEOPLE_IMPORT_CYCLE, field(row, "managers"), num(row),
                        "managers", shortened(person), shortened(person)));
            }
            if (personOk) {
                rowOf.put(person, row);
                chart.put(new UserRef(person), managers);
            }
        }
        if (chart.isEmpty() && violations.isEmpty()) {
            violations.add(Violation.of(ViolationCode.PEOPLE_IMPORT_EMPTY, "file"));
        }
        return violations.isEmpty() ? Validated.valid(chart) : Validated.invalid(violations);
    }

    /** The row a person of the chart came from, for a refusal the store reports by person. */
    static int rowOf(Map<UserRef, Set<UserRef>> chart, String person) {
        int row = 2;
        for (UserRef key : chart.keySet()) {
            if (key.key().equals(person)) {
                return row;
            }
            row++;
        }
        return 0;
    }

    private static boolean checkKey(String key, int row, String column, AccessService access,
            List<Violation> violations) {
        if (key.isEmpty() || key.length() > PeopleSettings.MAX_USER_KEY
                || key.chars().anyMatch(Character::isISOControl)) {
            violations.add(Violation.of(ViolationCode.PEOPLE_IMPORT_KEY_INVALID, field(row, column), num(row),
                    column));
            return false;
        }
        if (access.unknownUser(key, column).isPresent()) {
            violations.add(Violation.of(ViolationCode.PEOPLE_IMPORT_UNKNOWN_USER, field(row, column), num(row),
                    column, shortened(key)));
            return false;
        }
        return true;
    }

    /** The cells of one line, or {@code null} when a quote is not closed. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
    }

    static String field(int row, String column) {
        return "file.rows[" + row + "]" + (column == null ? "" : "." + column);
    }

    private static String num(int row) {
        return String.valueOf(row);
    }

    private static String shortened(String key) {
        return key.length() <= 40 ? key : key.substring(0, 40) + "\u2026";
    }

    private static <T> Validated<T> invalid(Violation violation) {
        return Validated.invalid(List.of(violation));
    }
}
