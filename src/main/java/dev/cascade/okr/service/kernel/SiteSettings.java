package dev.cascade.okr.service.kernel;

import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.SettingsStore.Setting;
import dev.cascade.okr.core.tracking.CadenceSetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The site-wide settings of issue 14 kept as text settings, read as the administrator saved them: the check-in
 * cadence and the default partial-credit weights. A kernel class, so that every service that chooses a cadence or
 * builds a measure reads them the same way. A text that cannot be read counts as the default and is named in the
 * setting's problems (saving over it repairs it).
 */
public final class SiteSettings {

    private SiteSettings() {
    }

    /** How the check-in cadence is chosen; {@link CadenceSetting#DEFAULT} while never saved. */
    public static Setting<CadenceSetting> cadence(SettingsStore settings) {
        return parsed(settings.text(SettingsStore.CHECK_IN_CADENCE), CadenceSetting::fromCode,
                CadenceSetting.DEFAULT, "check-in cadence");
    }

    /** The default partial-credit weights; {@link StatusWeights#defaults()} while never saved. */
    public static Setting<StatusWeights> statusWeights(SettingsStore settings) {
        return parsed(settings.text(SettingsStore.STATUS_WEIGHTS), StatusWeights::fromText, StatusWeights.defaults(),
                "status weights");
    }

    /** A typed view of a text setting, keeping its version, who and when. */
    public static <T> Setting<T> parsed(Setting<Optional<String>> text, Function<String, Optional<T>> parse,
            T defaults, String what) {
        List<String> problems = new ArrayList<>(text.problems());
        T value = defaults;
        if (text.value().isPresent()) {
            Optional<T> read = parse.apply(text.value().get());
            if (read.isPresent()) {
                value = read.get();
            } else {
                String stored = text.value().get();
                problems.add(what + " unreadable: " + (stored.length() > 40 ? stored.substring(0, 40) + "..."
                        : stored));
            }
        }
        return new Setting<>(value, text.version(), text.updatedBy(), text.updatedAt(), problems);
    }
}
