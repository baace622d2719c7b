package dev.cascade.okr.devhost;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the HTML a panel or page answers, as the HTTP tests of the Goals panels do. */
final class PanelHtml {

    private PanelHtml() {
    }

    /**
     * The inner HTML of the first table row that opens with {@code rowTag} (a pattern, such as
     * {@code <tr class="cascade-tree-kr"[^>]*>}) and holds an element whose text is {@code title}; fails without one.
     */
    static String rowTitled(String html, String rowTag, String title) {
        Matcher rows = Pattern.compile(rowTag + "(.*?)</tr>", Pattern.DOTALL).matcher(html);
        while (rows.find()) {
            if (rows.group(1).contains(">" + title + "<")) {
                return rows.group(1);
            }
        }
        throw new AssertionError("no row titled " + title + " in " + html);
    }
}
