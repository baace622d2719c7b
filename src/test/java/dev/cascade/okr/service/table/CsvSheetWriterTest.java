package dev.cascade.okr.service.table;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.Test;

/** The CSV the export writes: UTF-8 with a byte-order mark, RFC 4180 quoting, formula injection neutralised. */
public class CsvSheetWriterTest {

    @Test
    public void shouldStartWithTheByteOrderMarkAndEndRowsWithCrLfWhenWritten() throws IOException {
        byte[] file = csv(w -> {
            w.text("\u76ee\u6807");
            w.text("Goal");
            w.endRow();
        });

        assertEquals(0xEF, file[0] & 0xFF);
        assertEquals(0xBB, file[1] & 0xFF);
        assertEquals(0xBF, file[2] & 0xFF);
        assertEquals("\uFEFF\u76ee\u6807,Goal\r\n", new String(file, StandardCharsets.UTF_8));
    }

    @Test
    public void shouldQuoteCommasQuotesAndLineBreaksAsRfc4180Says() throws IOException {
        String text = new String(csv(w -> {
            w.text("a, b");
            w.text("say \"hi\"");
            w.text("one\ntwo");
            w.text("cr\rhere");
            w.text("plain");
            w.endRow();
        }), StandardCharsets.UTF_8);

        assertEquals("\uFEFF\"a, b\",\"say \"\"hi\"\"\",\"one\ntwo\",\"cr\rhere\",plain\r\n", text);
    }

    @Test
    public void shouldPutAnApostropheBeforeATextAFormulaCouldStartWith() throws IOException {
        String text = new String(csv(w -> {
            for (String cell : new String[] {"=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\ry",
                "=HYPERLINK(\"u\",\"x\")", "safe = here", ""}) {
                w.text(cell);
            }
            w.endRow();
        }), StandardCharsets.UTF_8);

        assertEquals("\uFEFF'=1+1,'+SUM(A1),'-2+3,'@cmd,'\tx,\"'\ry\",\"'=HYPERLINK(\"\"u\"\",\"\"x\"\")\","
                + "safe = here,\r\n", text);
    }

    @Test
    public void shouldWriteNumbersPerCentsDaysAndEmptyCellsPlainly() throws IOException {
        String text = new String(csv(w -> {
            w.number(new BigDecimal("-12.50"));
            w.percent(new BigDecimal("-16.7"));
            w.day(LocalDate.of(2026, 3, 31));
            w.empty();
            w.number(new BigDecimal("1E+3"));
            w.endRow();
        }), StandardCharsets.UTF_8);

        assertEquals("\uFEFF-12.50,-16.7%,2026-03-31,,1000\r\n", text);
        assertTrue("a negative number is the plugin's own value, not a formula", text.contains(",-16.7%"));
    }

    /** What a test writes. */
    interface Rows {
        void write(SheetWriter writer) throws IOException;
    }

    static byte[] csv(Rows rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter writer = SheetWriter.Format.CSV.open(out, "ignored")) {
            rows.write(writer);
        }
        return out.toByteArray();
    }
}
