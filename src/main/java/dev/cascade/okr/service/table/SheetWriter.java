package dev.cascade.okr.service.table;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A spreadsheet written cell by cell and row by row, straight to its stream (docs/decisions/0020-spreadsheets.md):
 * nothing but the current row is held, so the memory used does not grow with the rows. The first row written is the
 * header. {@link #close()} finishes the file (an XLSX's last entries, a CSV's buffer) without closing the stream.
 */
public interface SheetWriter extends Closeable {

    /** A text cell, written as text even when it looks like a number or a formula. */
    void text(String text) throws IOException;

    /** A number cell in the column's unit. */
    void number(BigDecimal value) throws IOException;

    /** A per-cent cell: {@code -16.7} is −16.7 %, shown with a per-cent format. */
    void percent(BigDecimal perCent) throws IOException;

    /** A day cell, shown {@code YYYY-MM-DD}. */
    void day(LocalDate day) throws IOException;

    /** An empty cell. */
    void empty() throws IOException;

    /** Ends the current row. */
    void endRow() throws IOException;

    /** The formats, by the name a request gives. */
    enum Format {
        /** Comma-separated values: UTF-8 with a byte-order mark, RFC 4180. */
        CSV("csv", "text/csv;charset=UTF-8"),
        /** Office Open XML workbook. */
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String code;
        private final String mediaType;

        Format(String code, String mediaType) {
            this.code = code;
            this.mediaType = mediaType;
        }

        /** The name in a request and the file's extension. */
        public String code() {
            return code;
        }

        /** The content type of the file. */
        public String mediaType() {
            return mediaType;
        }

        /** The format named {@code code} (exactly, lower case), if any. */
        public static java.util.Optional<Format> ofCode(String code) {
            return java.util.Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
        }

        /** A writer of this format onto {@code out}, its one sheet named {@code sheetName}. */
        public SheetWriter open(java.io.OutputStream out, String sheetName) throws IOException {
            return this == CSV ? new CsvSheetWriter(out) : new XlsxSheetWriter(out, sheetName);
        }
    }
}
