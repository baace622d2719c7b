package dev.cascade.okr.service.table;

import dev.cascade.okr.core.validation.Violation;
import java.util.List;

/**
 * A spreadsheet read row by row for the goals import (issue 15, docs/decisions/0020-spreadsheets.md, <i>Import</i>):
 * each row is handed on as it is read, with its number (the header is row 1) and its cells by column (an empty cell is
 * {@link Cell#EMPTY}). A file that cannot be read — not a spreadsheet, not UTF-8, over a limit, a merged range — ends
 * the reading with a {@link Refused} naming why.
 */
interface SheetReader {

    /** What a row is handed to. */
    @FunctionalInterface
    interface RowSink {
        /** Takes row {@code number} (1 for the header); {@code false} stops the reading (nothing more is read). */
        boolean row(int number, List<Cell> cells);
    }

    /** Reads every row into {@code sink}. */
    void read(RowSink sink) throws Refused;

    /** The kind of a cell as the file states it. */
    enum Kind {
        /** Text (every CSV cell that is not a formula). */
        TEXT,
        /** A number as the file stores it (XLSX only: per-cents as fractions, days as serial numbers). */
        NUMBER,
        /** A formula, which the import refuses. */
        FORMULA,
        /** Anything else: a boolean or an error value. */
        OTHER
    }

    /**
     * One cell: its kind and its value as written ({@code ""} for an empty cell).
     *
     * @param kind the kind
     * @param value the text, or the number as XLSX writes it ({@code 0.25})
     */
    record Cell(Kind kind, String value) {
        /** An empty cell. */
        static final Cell EMPTY = new Cell(Kind.TEXT, "");

        /** Whether the cell holds nothing. */
        boolean isEmpty() {
            return kind == Kind.TEXT && value.isBlank();
        }
    }

    /** Why a file cannot be read at all: the violations to answer (nothing is written). */
    final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Violation> violations;

        Refused(Violation violation) {
            super(violation.code().code(), null, false, false);
            this.violations = List.of(violation);
        }

        /** The violations. */
        List<Violation> violations() {
            return violations;
        }
    }
}
