package dev.cascade.okr.web.table;

import dev.cascade.okr.service.table.SheetWriter.Format;
import dev.cascade.okr.service.table.Table.Kind;
import dev.cascade.okr.web.Translator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The Tables view's download buttons (issue 15): the chosen table as XLSX and as CSV, for the same period and scope
 * (the project, or the organisation) the view shows — links to {@code GET /rest/cascade/1.0/tables/{table}/export},
 * which answers the reader exactly the rows the view shows them.
 *
 * @param label the accessible name of the button group, in the reader's language
 * @param links one per format
 */
public record TableExportLinks(String label, List<Link> links) {

    /** Copies the links. */
    public TableExportLinks {
        links = List.copyOf(links);
    }

    /**
     * A download.
     *
     * @param format {@code xlsx} or {@code csv}
     * @param href the export's address
     * @param label the button's text
     */
    public record Link(String format, String href, String label) {
    }

    /** The downloads of {@code kind} for {@code period} and {@code project} ({@code null}: the organisation). */
    public static TableExportLinks of(Kind kind, String contextPath, String period, String project,
            Translator i18n) {
        String base = (contextPath == null ? "" : contextPath) + "/rest/cascade/1.0/tables/" + kind.code()
                + "/export?period=" + encode(period) + (project == null ? "" : "&project=" + encode(project));
        String title = i18n.text(kind.titleKey());
        return new TableExportLinks(i18n.text("cascade.sheet.download.group", title),
                Arrays.stream(new Format[] {Format.XLSX, Format.CSV}).map(format -> new Link(format.code(),
                        base + "&format=" + format.code(),
                        i18n.text("cascade.sheet.download." + format.code()))).toList());
    }

    /** A query parameter's value, URL-encoded ({@code null}: empty). */
    static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
