package dev.cascade.okr.rest.table;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.service.table.SheetWriter;
import dev.cascade.okr.service.table.Table;
import dev.cascade.okr.service.table.Table.Kind;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A seed table written to a spreadsheet in the reader's language (issue 15): the header row holds the columns' labels,
 * each row the cells {@code GET /tables/{table}} answers — labels translated and people named as {@link TableDto}
 * does, numbers as numbers, per-cent columns as per-cents, days as days, several values on separate lines of one cell.
 * The appraisal table adds one last column, the composite's explanation (the arithmetic core wrote).
 */
public final class TableSheet {

    /** The note column the appraisal table adds after its seed columns. */
    static final String COMPOSITE = "composite";

    private final SheetWriter out;
    private final I18nResolver i18n;
    private final UserManager users;
    private final Map<String, String> names = new HashMap<>();
    private boolean headed;

    /** Writes to {@code out} in the language of {@code i18n}, naming people through {@code users}. */
    public TableSheet(SheetWriter out, I18nResolver i18n, UserManager users) {
        this.out = out;
        this.i18n = i18n;
        this.users = users;
    }

    /** Writes the header before the first page, then the page's rows. */
    public void page(Table table) throws IOException {
        if (!headed) {
            for (Table.Column column : table.columns()) {
                out.text(i18n.getText(column.labelKey()));
            }
            if (table.kind() == Kind.APPRAISAL) {
                out.text(i18n.getText("cascade.sheet.appraisal.composite-explanation"));
            }
            out.endRow();
            headed = true;
        }
        for (Table.Row row : table.rows()) {
            for (Table.Column column : table.columns()) {
                cell(row.cells().get(column.key()), column.percent());
            }
            if (table.kind() == Kind.APPRAISAL) {
                String note = row.notes().get(COMPOSITE);
                if (note == null) {
                    out.empty();
                } else {
                    out.text(note);
                }
            }
            out.endRow();
        }
    }

    private void cell(Table.Cell cell, boolean percent) throws IOException {
        if (cell instanceof Table.Number number) {
            if (percent) {
                out.percent(number.value());
            } else {
                out.number(number.value());
            }
        } else if (cell instanceof Table.Day day) {
            out.day(day.day());
        } else {
            Object value = TableDto.value(cell, i18n, users, names);
            if (value == null) {
                out.empty();
            } else if (value instanceof List<?> many) {
                String lines = many.stream().map(TableSheet::text).collect(Collectors.joining("\n"));
                if (lines.isEmpty()) {
                    out.empty();
                } else {
                    out.text(lines);
                }
            } else {
                out.text(text(value));
            }
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    }
}
