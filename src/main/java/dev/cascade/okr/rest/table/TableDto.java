package dev.cascade.okr.rest.table;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import dev.cascade.okr.service.table.Table;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A seed table in JSON, as every reader takes it (the UI, the Confluence macros, the spreadsheet export):
 * {@code {table, title, columns:[{key, label}], rows:[{goalId, keyResultId, itemId, values:{key: value}}], offset,
 * limit, total}}. Labels, categories, types, grades and people's names are in the caller's language; numbers are JSON
 * numbers in the column's unit (per-cent columns hold per-cent, e.g. {@code -16.7}), days {@code YYYY-MM-DD}, a cell
 * of several values a JSON array, an empty cell {@code null}. {@code values} holds exactly the columns' keys, in order.
 *
 * @param table the table's name, e.g. {@code company-goals}
 * @param title the table's title in the caller's language
 * @param columns the columns, in the seed's order
 * @param rows one page of rows
 * @param offset goals skipped
 * @param limit the most goals a page holds
 * @param total the goals the caller may see that match (rows may be more: one per key result or task)
 */
public record TableDto(String table, String title, List<ColumnDto> columns, List<RowDto> rows, int offset, int limit,
        int total) {

    static TableDto of(Table table, I18nResolver i18n, UserManager users) {
        Map<String, String> names = new HashMap<>();
        return new TableDto(table.kind().code(), i18n.getText(table.kind().titleKey()),
                table.columns().stream().map(c -> new ColumnDto(c.key(), i18n.getText(c.labelKey()))).toList(),
                table.rows().stream().map(r -> {
                    Map<String, Object> values = new LinkedHashMap<>();
                    r.cells().forEach((key, cell) -> values.put(key, value(cell, i18n, users, names)));
                    return new RowDto(r.goalId(), r.keyResultId(), r.itemId(), values);
                }).toList(), table.offset(), table.limit(), table.total());
    }

    /** A cell as JSON takes it: text, translated label, person's name, number, day, list, or {@code null}. */
    static Object value(Table.Cell cell, I18nResolver i18n, UserManager users, Map<String, String> names) {
        if (cell instanceof Table.Text text) {
            return text.text();
        }
        if (cell instanceof Table.Label label) {
            return i18n.getText(label.messageKey(), label.args().toArray(Serializable[]::new));
        }
        if (cell instanceof Table.Person person) {
            return names.computeIfAbsent(person.userKey(), key -> {
                UserProfile profile = users.getUserProfile(new UserKey(key));
                return profile == null || profile.getFullName() == null ? key : profile.getFullName();
            });
        }
        if (cell instanceof Table.Number number) {
            return number.value();
        }
        if (cell instanceof Table.Day day) {
            return day.day().toString();
        }
        if (cell instanceof Table.Many many) {
            return many.cells().stream().map(c -> value(c, i18n, users, names)).toList();
        }
        return null;
    }

    /**
     * A column.
     *
     * @param key the key of its values in every row
     * @param label its heading in the caller's language
     */
    public record ColumnDto(String key, String label) {
    }

    /**
     * A row.
     *
     * @param goalId the goal it speaks for (for links and the spreadsheet round trip)
     * @param keyResultId the key result it speaks for in the per-key-result tables, else {@code null}
     * @param itemId the appraisal's id (appraisal table) or the task's id (task tracking), else {@code null}
     * @param values the cells by column key, in column order
     */
    public record RowDto(long goalId, Long keyResultId, Long itemId, Map<String, Object> values) {
    }
}
