package dev.cascade.okr.rest.settings;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.core.port.SettingsStore.AuditPage;
import dev.cascade.okr.web.Translator;
import dev.cascade.okr.web.admin.AuditView;
import java.util.List;

/**
 * A page of the settings' audit list, newest first.
 *
 * @param entries the saved changes
 * @param offset where the page starts
 * @param limit the page's size asked for
 * @param total the number of entries in all
 */
public record SettingsAuditDto(@JsonProperty("entries") List<Entry> entries, @JsonProperty("offset") int offset,
        @JsonProperty("limit") int limit, @JsonProperty("total") int total) {

    static SettingsAuditDto of(AuditPage page, int offset, int limit, Translator translator) {
        return new SettingsAuditDto(page.entries().stream().map(e -> new Entry(e.setting(),
                AuditView.sectionOf(e.setting(), translator), e.version(), e.by().key(), e.at().toString(),
                e.changes())).toList(), offset, limit, page.total());
    }

    /**
     * One saved change.
     *
     * @param setting the setting's name ({@code appraisal.scheme}, {@code levels.scheme}, {@code tracking.thresholds},
     *     {@code tracking.check-in-cadence}, {@code issues.story-point-field}, {@code issues.sub-tasks-count},
     *     {@code issues.status-weights}, {@code people.managers}, {@code people.managers-import}, …)
     * @param section the setting's name in the reader's language
     * @param version the version the save made (for who manages whom: the person's list's version)
     * @param by who saved, a user key
     * @param at when, ISO-8601
     * @param changes what changed, {@code key: old → new} per changed key; for who manages whom
     *     {@code person: old managers → new managers} (user keys)
     */
    public record Entry(@JsonProperty("setting") String setting, @JsonProperty("section") String section,
            @JsonProperty("version") long version,
            @JsonProperty("by") String by, @JsonProperty("at") String at, @JsonProperty("changes") String changes) {
    }
}
