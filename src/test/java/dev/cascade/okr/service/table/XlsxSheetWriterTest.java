package dev.cascade.okr.service.table;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.Test;

/** The XLSX the export writes, read back with an independent reader: types, formats, texts exactly as given. */
public class XlsxSheetWriterTest {

    @Test
    public void shouldReadBackTextsNumbersPerCentsAndDaysWithTheirFormats() throws IOException {
        List<Row> rows = read(xlsx("\u516c\u53f8\u5e74\u5ea6\u7ee9\u6548\u76ee\u6807\u603b\u8868", w -> {
            w.text("\u76ee\u6807");
            w.text("Weight");
            w.text("Deadline");
            w.text("Actual");
            w.text("Empty");
            w.endRow();
            w.text("Grow revenue\nand margin");
            w.percent(new BigDecimal("-16.7"));
            w.day(LocalDate.of(2026, 12, 31));
            w.number(new BigDecimal("48.5"));
            w.empty();
            w.endRow();
        }));

        assertEquals(2, rows.size());
        assertEquals("\u76ee\u6807", rows.get(0).getCell(0).asString());
        Row row = rows.get(1);
        assertEquals("Grow revenue\nand margin", row.getCell(0).asString());
        assertEquals(CellType.NUMBER, row.getCell(1).getType());
        assertEquals(0, new BigDecimal("-0.167").compareTo(row.getCell(1).asNumber()));
        assertEquals("0.0%", row.getCell(1).getDataFormatString());
        assertEquals(LocalDate.of(2026, 12, 31), row.getCell(2).asDate().toLocalDate());
        assertEquals("yyyy-mm-dd", row.getCell(2).getDataFormatString());
        assertEquals(0, new BigDecimal("48.5").compareTo(row.getCell(3).asNumber()));
        assertTrue(row.getCellCount() < 5 || row.getCell(4) == null || row.getCell(4).getType() == CellType.EMPTY);
    }

    @Test
    public void shouldKeepAFormulaLikeTextAsTextWhenWritten() throws IOException {
        List<Row> rows = read(xlsx("Sheet", w -> {
            w.text("=HYPERLINK(\"http://example.invalid\",\"x\")");
            w.text("+1");
            w.endRow();
        }));

        Cell cell = rows.get(0).getCell(0);
        assertEquals(CellType.STRING, cell.getType());
        assertNull("a text cell, never a formula", cell.getFormula());
        assertEquals("=HYPERLINK(\"http://example.invalid\",\"x\")", cell.asString());
        assertEquals("+1", rows.get(0).getCell(1).asString());
    }

    @Test
    public void shouldWriteEveryRowWhenMoreRowsThanOneFlushAreWritten() throws IOException {
        int count = XlsxSheetWriter.FLUSH_ROWS * 3 + 7;
        List<Row> rows = read(xlsx("Many", w -> {
            for (int i = 0; i < count; i++) {
                w.text("row " + i);
                w.number(BigDecimal.valueOf(i));
                w.endRow();
            }
        }));

        assertEquals(count, rows.size());
        assertEquals("row " + (count - 1), rows.get(count - 1).getCell(0).asString());
        assertEquals(List.of("row 0", "row 1"), rows.stream().limit(2).map(r -> r.getCell(0).asString())
                .collect(Collectors.toList()));
    }

    @Test
    public void shouldNameTheSheetAsExcelAcceptsWhenTheTitleHasForbiddenCharacters() {
        assertEquals("a b c d e f g", XlsxSheetWriter.sheetName("a[b]c:d*e?f/g"));
        assertEquals("Sheet1", XlsxSheetWriter.sheetName(" / "));
        assertEquals(31, XlsxSheetWriter.sheetName("x".repeat(40)).length());
        assertFalse(XlsxSheetWriter.sheetName("a\\b").contains("\\"));
    }

    static byte[] xlsx(String sheet, CsvSheetWriterTest.Rows rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter writer = SheetWriter.Format.XLSX.open(out, sheet)) {
            rows.write(writer);
        }
        return out.toByteArray();
    }

    static List<Row> read(byte[] file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file),
                new ReadingOptions(true, false))) {
            try (var stream = workbook.getFirstSheet().openStream()) {
                return stream.collect(Collectors.toList());
            }
        }
    }
}
