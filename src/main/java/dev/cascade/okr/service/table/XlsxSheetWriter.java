package dev.cascade.okr.service.table;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An XLSX workbook of one sheet, streamed with fastexcel (docs/decisions/0020-spreadsheets.md): rows go to the stream
 * every {@value #FLUSH_ROWS} rows, and texts are written inline (no shared-string table), so memory does not grow with
 * the rows. The header row is bold and frozen; numbers are numbers, per-cents are fractions with a {@code 0.0%}
 * format (−16.7 % is stored as −0.167), days are dates with a {@code yyyy-mm-dd} format. Texts are text cells, which
 * Excel never evaluates, so they are written exactly as they are (no formula can be injected into an XLSX this way).
 */
public final class XlsxSheetWriter implements SheetWriter {

    /** Rows buffered before they are written to the stream. */
    static final int FLUSH_ROWS = 256;
    /** The deflate level of the workbook's entries (1, the fastest). */
    static final int COMPRESSION = 1;
    /** The longest sheet name Excel accepts. */
    static final int MAX_SHEET_NAME = 31;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;
    private int column;

    /** Starts the workbook on {@code out}; {@code sheetName} is cut to what Excel accepts. */
    public XlsxSheetWriter(OutputStream out, String sheetName) {
        this.workbook = new Workbook(out, "Cascade OKR", "1.0");
        // The fastest deflate level: an export is written while the reader waits, and sheet XML compresses well anyway.
        workbook.setCompressionLevel(COMPRESSION);
        this.sheet = workbook.newWorksheet(sheetName(sheetName));
        sheet.freezePane(0, 1);
    }

    @Override
    public void text(String text) throws IOException {
        sheet.inlineString(row, column, text);
        if (row == 0) {
            sheet.style(row, column).bold().wrapText(true).set();
        } else if (text.indexOf('\n') >= 0) {
            sheet.style(row, column).wrapText(true).set();
        }
        column++;
    }

    @Override
    public void number(BigDecimal value) throws IOException {
        sheet.value(row, column++, value);
    }

    @Override
    public void percent(BigDecimal perCent) throws IOException {
        sheet.value(row, column, perCent.movePointLeft(2));
        sheet.style(row, column++).format("0.0%").set();
    }

    @Override
    public void day(LocalDate day) throws IOException {
        sheet.value(row, column, day);
        sheet.style(row, column++).format("yyyy-mm-dd").set();
    }

    @Override
    public void empty() {
        column++;
    }

    @Override
    public void endRow() throws IOException {
        row++;
        column = 0;
        if (row % FLUSH_ROWS == 0) {
            sheet.flush();
        }
    }

    /** Writes the rest of the rows and the workbook's closing entries; the stream stays open. */
    @Override
    public void close() throws IOException {
        sheet.finish();
        workbook.finish();
    }

    /** A sheet name Excel accepts: none of {@code []:*?/\}, at most 31 characters, not empty. */
    static String sheetName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}']", " ").strip();
        if (cleaned.isEmpty()) {
            return "Sheet1";
        }
        return cleaned.length() <= MAX_SHEET_NAME ? cleaned : cleaned.substring(0, MAX_SHEET_NAME).strip();
    }
}
