package dev.cascade.okr.web.admin;

import dev.cascade.okr.core.port.SettingsStore.AuditEntry;
import dev.cascade.okr.core.port.SettingsStore.AuditPage;
import dev.cascade.okr.web.Translator;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The administration page's audit list: one page of saved changes, newest first, with links to the pages before and
 * after it (empty when there is none).
 *
 * @param rows the changes
 * @param range which entries these are, e.g. "1–20 of 42"
 * @param newer the address of the newer page, or empty
 * @param older the address of the older page, or empty
 * @param empty whether nothing was ever saved
 */
public record AuditView(List<Row> rows, String range, String newer, String older, boolean empty) {

    /** The page size of the audit list on the page. */
    public static final int PAGE = 20;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /**
     * The page of the list from {@code offset}.
     *
     * @param pageUrl the page's address, to which {@code ?auditOffset=} is added
     * @param names a user key's display name
     */
    public static AuditView of(AuditPage page, int offset, String pageUrl, UnaryOperator<String> names,
            Translator translator) {
        List<Row> rows = page.entries().stream().map(e -> Row.of(e, names, translator)).toList();
        String range = rows.isEmpty() ? "" : translator.text("cascade.admin.audit.range", offset + 1,
                offset + rows.size(), page.total());
        String newer = offset > 0 ? pageUrl + "?auditOffset=" + Math.max(0, offset - PAGE) + "#cascade-admin-audit"
                : "";
        String older = offset + rows.size() < page.total()
                ? pageUrl + "?auditOffset=" + (offset + PAGE) + "#cascade-admin-audit" : "";
        return new AuditView(rows, range, newer, older, page.total() == 0);
    }

    /**
     * The name of the setting an audit row is about, in the reader's language ({@code cascade.admin.audit.setting.*});
     * the setting's own name when it has no translation.
     */
    public static String sectionOf(String setting, Translator translator) {
        String key = "cascade.admin.audit.setting." + setting;
        String section = translator.text(key);
        return section.equals(key) ? setting : section;
    }

    /**
     * One saved change.
     *
     * @param section the section it belongs to, in the reader's language
     * @param version the version the save made
     * @param by who saved
     * @param at when, UTC
     * @param changes what changed, old → new
     */
    public record Row(String section, long version, String by, String at, String changes) {

        static Row of(AuditEntry entry, UnaryOperator<String> names, Translator translator) {
            return new Row(sectionOf(entry.setting(), translator), entry.version(),
                    names.apply(entry.by().key()), AT.format(entry.at()), entry.changes());
        }
    }
}
