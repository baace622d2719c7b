package dev.cascade.okr.web.table;

import dev.cascade.okr.service.table.Table;
import dev.cascade.okr.web.Translator;
import dev.cascade.okr.web.page.PageLinks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The paging line under a table that holds more goals than one page: "Goals 26–50 of 130" with links to the previous
 * and next pages (each keeping the period, the filters and the chosen table), in the reader's language.
 *
 * @param text "Goals 26–50 of 130", or empty when the whole table is on this page
 * @param previousHref the previous page, or empty on the first
 * @param nextHref the next page, or empty on the last
 * @param previousLabel the previous-page link's text
 * @param nextLabel the next-page link's text
 */
public record TablePaging(String text, String previousHref, String nextHref, String previousLabel,
        String nextLabel) {

    /** No paging: the table could not be read. */
    static TablePaging none(Translator i18n) {
        return new TablePaging("", "", "", i18n.text("cascade.tablesview.paging.previous"),
                i18n.text("cascade.tablesview.paging.next"));
    }

    /** The paging of the page of the table that was read. */
    static TablePaging of(Table table, PageLinks links, Translator i18n) {
        return new TablePaging(text(table, i18n), previous(table, links), next(table, links),
                i18n.text("cascade.tablesview.paging.previous"), i18n.text("cascade.tablesview.paging.next"));
    }

    /** Whether the table has more goals than this page shows. */
    public boolean paged() {
        return !text.isEmpty();
    }

    /** "Goals 26–50 of 130", when the table holds more goals than this page; else empty. */
    private static String text(Table table, Translator i18n) {
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
        if (offset == 0) {
            return links.view("tables", Map.of("table", table.kind().code()));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("table", table.kind().code());
        parameters.put("offset", Integer.toString(offset));
        return links.view("tables", parameters);
    }
}
