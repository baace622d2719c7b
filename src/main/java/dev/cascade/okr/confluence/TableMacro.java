package dev.cascade.okr.confluence;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.service.table.Table;
import dev.cascade.okr.web.Translator;
import dev.cascade.okr.web.page.PageLinks;
import dev.cascade.okr.web.table.TableCellView;
import dev.cascade.okr.web.table.TableColumnView;
import dev.cascade.okr.web.table.TableRowView;
import dev.cascade.okr.web.table.TablesView;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A macro showing one of the seed tables (PRODUCT.md) as Jira's {@code GET /tables/{table}} answers it for a period
 * and optionally a project — exactly its columns in the seed's order, or the columns the page names — with the Jira
 * Tables view's own grid ({@code table-grid.vm}) and figures written as that view writes them. Up to
 * {@value #LIMIT} goals; a larger table says how many it leaves out and links to Jira's page for all.
 */
public abstract class TableMacro extends CascadeMacro {

    /** The most goals a table macro reads (Jira's page size limit). */
    static final int LIMIT = 100;

    private static final Set<MacroParameter> ACCEPTED = Set.of(MacroParameter.PERIOD, MacroParameter.PROJECT,
            MacroParameter.COLUMNS);
    private static final Set<MacroParameter> REQUIRED = Set.of(MacroParameter.PERIOD);

    private final Table.Kind kind;

    /** The macro of one table. */
    protected TableMacro(Table.Kind kind, JiraClient jira, TemplateRenderer renderer, I18nResolver i18n) {
        super(jira, renderer, i18n, ACCEPTED, REQUIRED, kind.titleKey());
        this.kind = kind;
    }

    @Override
    protected MacroView content(MacroParameters parameters, Context context) throws Unavailable, JiraJson.Malformed {
        Translator text = context.text();
        List<Table.Column> columns = new ArrayList<>();
        for (String key : parameters.columns().isEmpty() ? kind.columnKeys() : parameters.columns()) {
            Table.Column column = kind.columns().stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
            if (column == null) {
                return context.message(text.text("cascade.macro.parameters.title"),
                        List.of(text.text("cascade.macro.param.columns.unknown",
                                text.text(MacroParameter.COLUMNS.labelKey()), key,
                                String.join(", ", kind.columnKeys()))));
            }
            columns.add(column);
        }
        String path = "tables/" + kind.code() + "?period=" + encode(parameters.period())
                + (parameters.project() == null ? "" : "&project=" + encode(parameters.project()))
                + "&limit=" + LIMIT;
        JsonNode answer = read(path);
        JsonNode rows = JiraJson.array(answer, "rows");
        long total = JiraJson.id(answer, "total");
        PageLinks links = context.links(parameters);
        List<TableRowView> rowViews = new ArrayList<>();
        for (JsonNode row : rows) {
            long goalId = JiraJson.id(row, "goalId");
            JsonNode values = JiraJson.child(row, "values");
            List<TableCellView> cells = new ArrayList<>();
            for (Table.Column column : columns) {
                cells.add(cell(column.key(), values.get(column.key()), goalId, links, context));
            }
            JsonNode keyResult = row.get("keyResultId");
            rowViews.add(new TableRowView(goalId, keyResult == null || keyResult.isNull() ? ""
                    : keyResult.asText(), cells));
        }
        List<TableColumnView> columnViews = columns.stream().map(c -> new TableColumnView(c.key(),
                text.text(c.labelKey()), TablesView.columnCss(c.labelKey().substring(c.labelKey().lastIndexOf('.')
                        + 1), c.key()))).toList();
        TablesView tables = TablesView.standalone(kind.code(), text.text(kind.titleKey()), columnViews, rowViews,
                text);
        String note = total > rows.size() ? text.text("cascade.macro.table.more", rows.size(), total) : "";
        String page = links == null ? null : links.view("tables", Map.of("table", kind.code()));
        return shown("table", context, parameters, page, tables, List.of(), null, note);
    }

    private static TableCellView cell(String key, JsonNode value, long goalId, PageLinks links, Context context)
            throws JiraJson.Malformed {
        List<String> values = new ArrayList<>();
        if (value != null && value.isArray()) {
            for (JsonNode one : value) {
                values.add(scalar(key, one, context));
            }
        } else if (value != null && !value.isNull()) {
            values.add(scalar(key, value, context));
        }
        values.removeIf(String::isEmpty);
        String css = TablesView.numberColumn(key) ? "cascade-number" : "";
        String href = "goal".equals(key) && links != null && !values.isEmpty() ? links.goal(goalId) : "";
        return new TableCellView(values, href, css, "");
    }

    private static String scalar(String key, JsonNode value, Context context) throws JiraJson.Malformed {
        if (value.isNull()) {
            return "";
        }
        if (value.isTextual()) {
            return value.asText();
        }
        BigDecimal number = JiraJson.number(value);
        if (number == null) {
            throw new JiraJson.Malformed("neither text nor number in column " + key);
        }
        return TablesView.figure(key, number, context.formats().locale(), context.text());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
