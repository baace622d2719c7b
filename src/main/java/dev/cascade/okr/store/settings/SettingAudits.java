package dev.cascade.okr.store.settings;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.SettingsStore;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.TreeSet;
import net.java.ao.DBParam;

/** Adds rows to the audit list ({@link SettingAuditAo}), in the caller's transaction. */
final class SettingAudits {

    private SettingAudits() {
    }

    /**
     * What a change of someone's managers changed, for a person: {@code person: old → new}, managers by key separated
     * by {@code , }, {@code —} for none; {@code null} when nothing changed.
     */
    static String managersChange(String person, Collection<String> before, Collection<String> after) {
        if (new TreeSet<>(before).equals(new TreeSet<>(after))) {
            return null;
        }
        String summary = person + ": " + listed(before) + " \u2192 " + listed(after);
        return summary.length() > SettingsStore.MAX_TEXT
                ? summary.substring(0, SettingsStore.MAX_TEXT - 1) + "\u2026" : summary;
    }

    private static String listed(Collection<String> keys) {
        return keys.isEmpty() ? "\u2014" : String.join(", ", new TreeSet<>(keys));
    }

    /** One audit row: {@code name} became {@code version}, by whom, when, with what changed. */
    static void add(ActiveObjects ao, String name, long version, String changes, UserRef by, Instant at) {
        SettingAuditAo row = ao.create(SettingAuditAo.class,
                new DBParam("SETTING_NAME", name),
                new DBParam("VERSION", version),
                new DBParam("CHANGED_BY", by.key()),
                new DBParam("CHANGED_AT", Date.from(at)));
        row.setChangeSummary(changes);
        row.save();
    }
}
