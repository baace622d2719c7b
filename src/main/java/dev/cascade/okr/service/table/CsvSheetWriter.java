package dev.cascade.okr.service.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * CSV as Excel and the other spreadsheet programs open it (RFC 4180): UTF-8 with a byte-order mark first (so Excel
 * reads Chinese as Chinese), cells separated by commas, rows ended by CR LF, a cell quoted when it holds a comma, a
 * quote, CR or LF (a quote doubled inside).
 *
 * <p>Formula injection (a text such as {@code =HYPERLINK(...)} that a spreadsheet program would run when the file is
 * opened): a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR is written with an
 * apostrophe in front ({@code '=1+1}), which spreadsheet programs show as text and never evaluate. Numbers, per-cents
 * and days are the plugin's own values and are written plainly ({@code -16.7}, {@code -16.7%}, {@code 2026-03-31}).
 */
public final class CsvSheetWriter implements SheetWriter {

    /** The UTF-8 byte-order mark. */
    static final String BOM = "\uFEFF";

    private final Writer out;
    private boolean rowStarted;

    /** Writes the byte-order mark to {@code stream}. */
    public CsvSheetWriter(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write(BOM);
    }

    @Override
    public void text(String text) throws IOException {
        cell(quoted(neutralised(text)));
    }

    @Override
    public void number(BigDecimal value) throws IOException {
        cell(value.toPlainString());
    }

    @Override
    public void percent(BigDecimal perCent) throws IOException {
        cell(perCent.toPlainString() + "%");
    }

    @Override
    public void day(LocalDate day) throws IOException {
        cell(day.toString());
    }

    @Override
    public void empty() throws IOException {
        cell("");
    }

    @Override
    public void endRow() throws IOException {
        out.write("\r\n");
        rowStarted = false;
    }

    /** Flushes what is buffered; the stream stays open. */
    @Override
    public void close() throws IOException {
        out.flush();
    }

    /** {@code text} with an apostrophe in front when a spreadsheet program would take it for a formula. */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }

    /** {@code text} in quotes (a quote doubled) when it holds a comma, a quote, CR or LF; else as it is. */
    static String quoted(String text) {
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private void cell(String written) throws IOException {
        if (rowStarted) {
            out.write(',');
        }
        out.write(written);
        rowStarted = true;
    }
}
