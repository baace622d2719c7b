package dev.cascade.okr.service.table;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.table.SheetReader.Cell;
import dev.cascade.okr.service.table.SheetReader.Kind;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.Test;

/**
 * The goals import's readers (issue 15): CSV as {@link CsvSheetWriter} writes it and XLSX as {@link XlsxSheetWriter}
 * writes it read back cell for cell; formulas marked; the ZIP limits and broken bytes refused.
 */
public class SheetReadersTest {

    @Test
    public void shouldReadBackWhatTheCsvWriterWrites() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SheetWriter out = new CsvSheetWriter(bytes)) {
            write(out);
        }
        List<List<Cell>> rows = rows(new CsvSheetReader(bytes.toByteArray()));

        assertEquals(List.of(text("a, \"quoted\""), text("line\nbreak"), text("=1+1"), text("-16.7"),
                text("25.00%"), Cell.EMPTY), rows.get(1));
        assertEquals(2, rows.size());
    }

    @Test
    public void shouldReadBackWhatTheXlsxWriterWrites() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SheetWriter out = new XlsxSheetWriter(bytes, "Goals")) {
            write(out);
        }
        List<List<Cell>> rows = rows(new XlsxSheetReader(bytes.toByteArray()));

        assertEquals(text("a, \"quoted\""), rows.get(1).get(0));
        assertEquals(text("line\nbreak"), rows.get(1).get(1));
        assertEquals(text("=1+1"), rows.get(1).get(2));
        assertEquals(new BigDecimal("-16.7"), new BigDecimal(rows.get(1).get(3).value()));
        assertEquals(0, new BigDecimal("25").compareTo(new BigDecimal(GoalSheet.value(rows.get(1).get(4),
                GoalSheet.Column.WEIGHT))));
        assertEquals(2, rows.size());
    }

    @Test
    public void shouldMarkCsvFormulasAndUndoTheExportsApostrophe() throws Exception {
        List<List<Cell>> rows = rows(new CsvSheetReader("h\r\n=SUM(A1),'=x,@cmd,-3,+4.5%,'-dash\r\n"
                .getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of(new Cell(Kind.FORMULA, "=SUM(A1)"), text("=x"), new Cell(Kind.FORMULA, "@cmd"),
                text("-3"), text("+4.5%"), text("-dash")), rows.get(1));
    }

    @Test
    public void shouldRefuseBrokenFilesAndZipBombs() throws Exception {
        refused(new CsvSheetReader(new byte[] {'a', (byte) 0xE9}), ViolationCode.GOALS_IMPORT_ENCODING);
        refused(new CsvSheetReader(new byte[] {'a', 0, 'b'}), ViolationCode.GOALS_IMPORT_NOT_A_SPREADSHEET);
        refused(new CsvSheetReader("a,\"b\n".getBytes(StandardCharsets.UTF_8)), ViolationCode.GOALS_IMPORT_QUOTE);
        refused(new XlsxSheetReader(new byte[] {'P', 'K', 3, 4, 9}), ViolationCode.GOALS_IMPORT_NOT_A_SPREADSHEET);
        refused(new XlsxSheetReader(zip(1, 8 << 20)), ViolationCode.GOALS_IMPORT_ZIP_RATIO);
        refused(new XlsxSheetReader(zip(XlsxSheetReader.MAX_ENTRIES + 1, 1)), ViolationCode.GOALS_IMPORT_ZIP_ENTRIES);
        refused(new XlsxSheetReader(zip(1, 10)), ViolationCode.GOALS_IMPORT_NOT_A_SPREADSHEET);
    }

    private static void write(SheetWriter out) throws Exception {
        out.text("header");
        out.endRow();
        out.text("a, \"quoted\"");
        out.text("line\nbreak");
        out.text("=1+1");
        out.number(new BigDecimal("-16.7"));
        out.percent(new BigDecimal("25.00"));
        out.empty();
        out.endRow();
    }

    /** A ZIP of {@code entries} entries of {@code size} zero bytes, none of them a sheet. */
    private static byte[] zip(int entries, int size) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int e = 0; e < entries; e++) {
                zip.putNextEntry(new ZipEntry("x" + e));
                zip.write(new byte[size]);
            }
        }
        return bytes.toByteArray();
    }

    private static void refused(SheetReader reader, ViolationCode code) {
        try {
            rows(reader);
            fail("read: " + code);
        } catch (SheetReader.Refused refused) {
            assertEquals(code, refused.violations().get(0).code());
        }
    }

    private static List<List<Cell>> rows(SheetReader reader) throws SheetReader.Refused {
        List<List<Cell>> rows = new ArrayList<>();
        reader.read((number, cells) -> rows.add(cells));
        return rows;
    }

    private static Cell text(String text) {
        return new Cell(Kind.TEXT, text);
    }
}
