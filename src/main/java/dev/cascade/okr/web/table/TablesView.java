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
import dev.cascade.okr.web.page.PageLinks;
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
 */
public final class TablesView {

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

    private final String code;
    private final String title;
    private final String navigationLabel;
    private final List<TableTabView> tabs;
    private final List<TableColumnView> columns;
    private final List<TableRowView> rows;
    private final boolean failed;
    private final String message;
    private final String hint;
    private final String pagingText;
    private final String previousHref;
    private final String nextHref;
    private final String previousLabel;
    private final String nextLabel;

    private TablesView(Kind chosen, Translator i18n, List<TableTabView> tabs, List<TableColumnView> columns,
            List<TableRowView> rows, boolean failed, String message, String hint, String pagingText,
            String previousHref, String nextHref) {
        this.code = chosen.code();
        this.title = i18n.text(chosen.titleKey());
        this.navigationLabel = i18n.text("cascade.tablesview.navigation");
        this.tabs = List.copyOf(tabs);
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.failed = failed;
        this.message = message;
        this.hint = hint;
        this.pagingText = pagingText;
        this.previousHref = previousHref;
        this.nextHref = nextHref;
        this.previousLabel = i18n.text("cascade.tablesview.paging.previous");
        this.nextLabel = i18n.text("cascade.tablesview.paging.next");
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
                i18n.text(c.labelKey()), "cascade-table-column-"
                        + c.labelKey().substring(c.labelKey().lastIndexOf('.') + 1)
                        + (NUMBER_COLUMNS.contains(c.key()) ? " cascade-number" : ""))).toList();
        if (!table.isSuccess()) {
            Violation first = table.violations().get(0);
            return new TablesView(chosen, i18n, tabs, columns, List.of(), true,
                    i18n.text(first.code().messageKey(), first.args().toArray(new String[0])), "", "", "", "");
        }
        Table read = table.value();
        if (read.rows().isEmpty()) {
            return new TablesView(chosen, i18n, tabs, columns, List.of(), false,
                    i18n.text("cascade.tablesview.empty"), i18n.text("cascade.tablesview.empty.hint"),
                    paging(read, i18n), previous(read, links), next(read, links));
        }
        Cells cells = new Cells(i18n, locale, displayNames);
        List<TableRowView> rows = new ArrayList<>();
        for (Table.Row row : read.rows()) {
            List<TableCellView> rowCells = new ArrayList<>();
            row.cells().forEach((key, cell) -> rowCells.add(cells.view(key, cell, row, links)));
            rows.add(new TableRowView(row.goalId(), row.keyResultId() == null ? "" : row.keyResultId().toString(),
                    rowCells));
        }
        return new TablesView(chosen, i18n, tabs, columns, rows, false, "", "", paging(read, i18n),
                previous(read, links), next(read, links));
    }

    /** "Goals 26–50 of 130", when the table holds more goals than this page; else empty. */
    private static String paging(Table table, Translator i18n) {
        if (table.offset() == 0 && table.total() <= table.limit()) {
            return "";
        }
        int first = Math.min(table.total(), table.offset() + 1);
        int last = Math.min(table.total(), table.offset() + table.limit());
        return i18n.text("cascade.tablesview.paging", String.valueOf(first), String.valueOf(last),
                String.valueOf(table.total()));
    }

    private static String previous(Table table, PageLinks links) {
        return table.offset() <= 0 ? "" : pageLink(table, links, Math.max(0, table.offset() - table.limit()));
    }

    private static String next(Table table, PageLinks links) {
        int next = table.offset() + table.limit();
        return next >= table.total() ? "" : pageLink(table, links, next);
    }

    private static String pageLink(Table table, PageLinks links, int offset) {
        return links.view("tables", offset == 0 ? Map.of("table", table.kind().code())
                : orderedParameters(table.kind().code(), offset));
    }

    private static Map<String, String> orderedParameters(String code, int offset) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("table", code);
        parameters.put("offset", Integer.toString(offset));
        return parameters;
    }

    /** Writes cells in the reader's language and locale. */
    private record Cells(Translator i18n, Locale locale, Function<String, String> displayNames) {

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
                values.add(SIGNED_PERCENT_COLUMNS.contains(key)
                        ? LocaleFormats.signedPercent(number.value(), locale, i18n)
                        : PERCENT_COLUMNS.contains(key) ? LocaleFormats.percent(number.value(), locale, i18n)
                        : LocaleFormats.number(number.value(), locale));
            } else if (cell instanceof Table.Day day) {
                values.add(LocaleFormats.day(day.day(), i18n));
            }
        }
    }

    /** The chosen table's name ({@code tracking-record}). */
    public String getCode() {
        return code;
    }

    /** The chosen table's title in the reader's language. */
    public String getTitle() {
        return title;
    }

    /** The accessible name of the sub-navigation. */
    public String getNavigationLabel() {
        return navigationLabel;
    }

    /** The six tables, the chosen one selected. */
    public List<TableTabView> getTabs() {
        return tabs;
    }

    /** The chosen table's columns, in the seed's order. */
    public List<TableColumnView> getColumns() {
        return columns;
    }

    /** The rows of this page. */
    public List<TableRowView> getRows() {
        return rows;
    }

    /** Whether the table could not be read (then {@link #getMessage()} says why). */
    public boolean isFailed() {
        return failed;
    }

    /** Whether there is no row to show (failed or empty; {@link #getMessage()} says why). */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Why nothing is shown, or empty. */
    public String getMessage() {
        return message;
    }

    /** What to do about an empty table, or empty. */
    public String getHint() {
        return hint;
    }

    /** Whether the table has more goals than this page shows. */
    public boolean isPaged() {
        return !pagingText.isEmpty();
    }

    /** "Goals 1–25 of 130", or empty. */
    public String getPagingText() {
        return pagingText;
    }

    /** The previous page, or empty on the first. */
    public String getPreviousHref() {
        return previousHref;
    }

    /** The next page, or empty on the last. */
    public String getNextHref() {
        return nextHref;
    }

    /** The previous-page link's text. */
    public String getPreviousLabel() {
        return previousLabel;
    }

    /** The next-page link's text. */
    public String getNextLabel() {
        return nextLabel;
    }
}
