package dev.cascade.okr.web.table;

import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.table.Table;
import dev.cascade.okr.service.table.Table.Cell;
import dev.cascade.okr.service.table.Table.Kind;
import dev.cascade.okr.web.LocaleFormats;
import dev.cascade.okr.web.Translator;
import dev.cascade.okr.web.page.GoalsPageView;
import dev.cascade.okr.web.page.PageLinks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the Goals page's Tables view shows: a sub-navigation of the six tables people know (PRODUCT.md: company goals,
 * department decomposition, individual goals, tracking record, appraisal and feedback, quarterly review), and the
 * chosen one with exactly its columns in the seed's order — or a translated message saying why there is nothing to
 * show. Every figure is the read model's ({@code TableService}); this view only writes it in the reader's language and
 * locale, colours deviation and achievement by the status core gave the row, and links each row's goal to its page.
 *
 * @param code the chosen table's name ({@code tracking-record})
 * @param title the chosen table's title in the reader's language
 * @param navigationLabel the accessible name of the sub-navigation
 * @param tabs the six tables, the chosen one selected
 * @param columns the chosen table's columns, in the seed's order
 * @param rows the rows of this page
 * @param failed whether the table could not be read (then {@code message} says why)
 * @param message why nothing is shown, or empty
 * @param hint what to do about an empty table, or empty
 * @param paging the links to the other pages of the table
 */
public record TablesView(String code, String title, String navigationLabel, List<TableTabView> tabs,
        List<TableColumnView> columns, List<TableRowView> rows, boolean failed, String message, String hint,
        TablePaging paging) {

    /** The tables of the sub-navigation, in the seed's order. */
    public static final List<Kind> TABS = List.of(Kind.COMPANY_GOALS, Kind.DEPARTMENT_GOALS, Kind.INDIVIDUAL_GOALS,
            Kind.TRACKING_RECORD, Kind.APPRAISAL, Kind.QUARTERLY_REVIEW);

    /** Columns holding figures: right-aligned. */
    private static final Set<String> NUMBER_COLUMNS = Set.of("planned", "actual", "deviation", "achievementRate",
            "processScore", "composite", "quarterTarget", "weight", "percentComplete");
    /** Per-cent columns whose sign means above or below: shown with it ({@code −16.7 %}). */
    private static final Set<String> SIGNED_PERCENT_COLUMNS = Set.of("deviation");
    /** Per-cent columns without a meaningful sign ({@code 96.0 %}, {@code 30 %}). */
    private static final Set<String> PERCENT_COLUMNS = Set.of("achievementRate", "weight", "percentComplete");
    /** Columns whose figure core judged (the row's status colours them). */
    private static final Set<String> JUDGED_COLUMNS = Set.of("deviation", "achievementRate");

    /** Copies the lists. */
    public TablesView {
        tabs = List.copyOf(tabs);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The view of the chosen table with what every view of it shows: its name, title and navigation. */
    private static TablesView of(Kind chosen, Translator i18n, List<TableTabView> tabs, List<TableColumnView> columns,
            List<TableRowView> rows, boolean failed, String message, String hint, TablePaging paging) {
        return new TablesView(chosen.code(), i18n.text(chosen.titleKey()), i18n.text("cascade.tablesview.navigation"),
                tabs, columns, rows, failed, message, hint, paging);
    }

    /**
     * The view of the chosen table.
     *
     * @param chosen the table chosen (its name is in the address, {@code table=tracking-record})
     * @param table what {@code TableService#table} answered for it; a failure shows its first violation's message
     * @param links the page's links: the tabs keep the period, each goal links to its page
     * @param i18n the reader's translations
     * @param locale the reader's locale, for numbers
     * @param displayNames a person's name by user key, as the host shows it (the key itself when unknown)
     */
    public static TablesView of(Kind chosen, Outcome<Table> table, PageLinks links, Translator i18n, Locale locale,
            Function<String, String> displayNames) {
        List<TableTabView> tabs = TABS.stream().map(kind -> new TableTabView(kind.code(), i18n.text(kind.titleKey()),
                links.view("tables", Map.of("table", kind.code())), kind == chosen)).toList();
        List<TableColumnView> columns = chosen.columns().stream().map(c -> new TableColumnView(c.key(),
                i18n.text(c.labelKey()), columnCss(c.labelKey().substring(c.labelKey().lastIndexOf('.') + 1),
                        c.key()))).toList();
        if (!table.isSuccess()) {
            Violation first = table.violations().get(0);
            return of(chosen, i18n, tabs, columns, List.of(), true,
                    i18n.text(first.code().messageKey(), first.args().toArray(new String[0])), "",
                    TablePaging.none(i18n));
        }
        Table read = table.value();
        if (read.rows().isEmpty()) {
            return of(chosen, i18n, tabs, columns, List.of(), false, i18n.text("cascade.tablesview.empty"),
                    i18n.text("cascade.tablesview.empty.hint"), TablePaging.of(read, links, i18n));
        }
        Cells cells = new Cells(chosen, i18n, locale, displayNames);
        List<TableRowView> rows = new ArrayList<>();
        for (Table.Row row : read.rows()) {
            List<TableCellView> rowCells = new ArrayList<>();
            row.cells().forEach((key, cell) -> rowCells.add(cells.view(key, cell, row, links)));
            rows.add(new TableRowView(row.goalId(), row.keyResultId() == null ? "" : row.keyResultId().toString(),
                    rowCells));
        }
        return of(chosen, i18n, tabs, columns, rows, false, "", "", TablePaging.of(read, links, i18n));
    }

    /** Writes cells in the reader's language and locale. */
    private record Cells(Kind chosen, Translator i18n, Locale locale, Function<String, String> displayNames) {

        TableCellView view(String key, Cell cell, Table.Row row, PageLinks links) {
            List<String> values = new ArrayList<>();
            collect(key, cell, values);
            Set<String> css = new LinkedHashSet<>();
            if (NUMBER_COLUMNS.contains(key)) {
                css.add("cascade-number");
            }
            String statusText = "";
            Optional<TrackingStatus> status = row.status().filter(s -> JUDGED_COLUMNS.contains(key))
                    .filter(s -> cell instanceof Table.Number);
            if (status.isPresent()) {
                css.add("cascade-status-" + WireCode.of(status.get()));
                statusText = i18n.text(status.get().messageKey());
            }
            String href = "goal".equals(key) && !values.isEmpty() ? links.goal(row.goalId()) : "";
            if (chosen == Kind.APPRAISAL && cell instanceof Table.Person person) {
                // Each person of the appraisal table links to their appraisal page.
                href = links.view(GoalsPageView.APPRAISAL, Map.of("person", person.userKey()));
            }
            return new TableCellView(values, href, String.join(" ", css), statusText);
        }

        private void collect(String key, Cell cell, List<String> values) {
            if (cell instanceof Table.Many many) {
                many.cells().forEach(c -> collect(key, c, values));
            } else if (cell instanceof Table.Text text) {
                values.add(text.text());
            } else if (cell instanceof Table.Label label) {
                values.add(i18n.text(label.messageKey(), label.args().toArray(new String[0])));
            } else if (cell instanceof Table.Person person) {
                values.add(displayNames.apply(person.userKey()));
            } else if (cell instanceof Table.Number number) {
                values.add(figure(key, number.value(), locale, i18n));
            } else if (cell instanceof Table.Day day) {
                values.add(LocaleFormats.day(day.day(), i18n));
            }
        }
    }

    /**
     * The view of a table read elsewhere — a Confluence macro shows Jira's {@code GET /tables/{table}} answer with this
     * page's grid ({@code table-grid.vm}): no tabs, no paging; an empty table says so as the Tables view does.
     */
    public static TablesView standalone(String code, String title, List<TableColumnView> columns,
            List<TableRowView> rows, Translator i18n) {
        return new TablesView(code, title, i18n.text("cascade.tablesview.navigation"), List.of(), columns, rows, false,
                rows.isEmpty() ? i18n.text("cascade.tablesview.empty") : "",
                rows.isEmpty() ? i18n.text("cascade.tablesview.empty.hint") : "", TablePaging.none(i18n));
    }

    /**
     * A column heading's classes: {@code cascade-table-column-<name>}, and {@code cascade-number} for a figure.
     *
     * @param name the column's name in its label key ({@code achievement-rate})
     * @param key the column's key in the read model ({@code achievementRate})
     */
    public static String columnCss(String name, String key) {
        return "cascade-table-column-" + name + (NUMBER_COLUMNS.contains(key) ? " cascade-number" : "");
    }

    /** Whether a column holds figures (right-aligned). */
    public static boolean numberColumn(String key) {
        return NUMBER_COLUMNS.contains(key);
    }

    /** A figure of a column as the tables write it: per-cent columns with their sign or unit, others as numbers. */
    public static String figure(String key, BigDecimal value, Locale locale, Translator i18n) {
        return SIGNED_PERCENT_COLUMNS.contains(key) ? LocaleFormats.signedPercent(value, locale, i18n)
                : PERCENT_COLUMNS.contains(key) ? LocaleFormats.percent(value, locale, i18n)
                : LocaleFormats.number(value, locale);
    }

    /** Whether there is no row to show (failed or empty; {@link #message()} says why). */
    public boolean empty() {
        return rows.isEmpty();
    }
}
