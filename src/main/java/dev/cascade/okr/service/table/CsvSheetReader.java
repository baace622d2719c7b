package dev.cascade.okr.service.table;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as {@link CsvSheetWriter} writes it: UTF-8 (a byte-order mark is skipped; other bytes are refused with
 * {@code goals.import.encoding}), RFC 4180 (comma, CR LF or LF, quoted cells may hold commas, quotes doubled and line
 * breaks). A cell the writer neutralised ({@code '=…}, {@code '+…}, {@code '-…}, {@code '@…}) reads back without its
 * apostrophe; a cell that starts with {@code =}, or with {@code +}, {@code -} or {@code @} and is no number, is a
 * {@link SheetReader.Kind#FORMULA formula} (refused by the import). Bytes with NUL or other control characters are not
 * a spreadsheet.
 */
final class CsvSheetReader implements SheetReader {

    private final byte[] file;

    CsvSheetReader(byte[] file) {
        this.file = file;
    }

    @Override
    public void read(RowSink sink) throws Refused {
        String text = decoded();
        int n = text.length();
        int row = 1;
        List<Cell> cells = new ArrayList<>();
        int i = text.startsWith(CsvSheetWriter.BOM) ? 1 : 0;
        while (i < n) {
            boolean quoted = text.charAt(i) == '"';
            StringBuilder value = new StringBuilder();
            if (quoted) {
                int close = closingQuote(text, i + 1);
                if (close < 0) {
                    throw new Refused(Violation.of(ViolationCode.GOALS_IMPORT_QUOTE, "file.rows[" + row + "]",
                            String.valueOf(row)));
                }
                value.append(text, i + 1, close);
                i = close + 1;
            }
            int end = i;
            while (end < n && ",\r\n".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            value.append(text, i, end);
            cells.add(cell(quoted ? value.toString().replace("\"\"", "\"") : value.toString(), quoted));
            i = end;
            if (i < n && text.charAt(i) == ',') {
                i++;
                if (i == n) {
                    cells.add(Cell.EMPTY);
                } else {
                    continue;
                }
            } else if (i < n) {
                i += text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
            }
            if (!sink.row(row++, cells)) {
                return;
            }
            cells = new ArrayList<>();
        }
    }

    /** The index of the quote that closes a cell whose text starts at {@code from} ({@code ""} is a quote), or -1. */
    private static int closingQuote(String text, int from) {
        int at = from;
        while (true) {
            int quote = text.indexOf('"', at);
            if (quote < 0 || quote + 1 >= text.length() || text.charAt(quote + 1) != '"') {
                return quote;
            }
            at = quote + 2;
        }
    }

    private String decoded() throws Refused {
        for (byte b : file) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\r' && b != '\n') {
                throw new Refused(Violation.of(ViolationCode.GOALS_IMPORT_NOT_A_SPREADSHEET, "file"));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(Violation.of(ViolationCode.GOALS_IMPORT_ENCODING, "file"));
        }
    }

    /** A cell's text: a neutralised text without its apostrophe, a formula marked. */
    static Cell cell(String text, boolean quoted) {
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
            return new Cell(Kind.TEXT, text.substring(1));
        }
        if (!text.isEmpty() && (text.charAt(0) == '=' || ("+-@".indexOf(text.charAt(0)) >= 0 && !numeric(text)))) {
            return new Cell(Kind.FORMULA, text);
        }
        return text.isEmpty() && !quoted ? Cell.EMPTY : new Cell(Kind.TEXT, text);
    }

    private static boolean numeric(String text) {
        return text.matches("[+-]?\\d+(\\.\\d+)?%?");
    }
}
