package dev.cascade.okr.service.kernel;

import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.SettingsStore.Setting;
import dev.cascade.okr.core.progress.IssueCounting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How issues count as the administrator saved it, read from the settings store port: the one reading of these
 * settings that every recompute, back-fill, drill-down and the settings page use. A kernel class, so that the services
 * that count issues ({@link ProgressService}, {@link ProgressHistoryService}, {@code KeyResultIssuesService}) read the
 * setting without depending on {@code SettingsService}, which in turn asks {@link ProgressService} to recompute when
 * the setting changes.
 */
public final class IssueCountingSetting {

    private IssueCountingSetting() {
    }

    /** The stored setting; a text that cannot be read counts as its default (and is named in the problems). */
    public static Setting<IssueCounting> stored(SettingsStore settings) {
        return of(settings.text(SettingsStore.STORY_POINT_FIELD), settings.text(SettingsStore.SUB_TASKS_COUNT));
    }

    /** The setting made of its two stored texts: the versions add up, the later change names who and when. */
    public static Setting<IssueCounting> of(Setting<Optional<String>> field, Setting<Optional<String>> subTasks) {
        List<String> problems = new ArrayList<>(field.problems());
        problems.addAll(subTasks.problems());
        IssueCounting value = IssueCounting.fromTexts(field.value(), subTasks.value(), problems);
        boolean fieldLater = subTasks.updatedAt().isEmpty() || field.updatedAt().isPresent()
                && !field.updatedAt().get().isBefore(subTasks.updatedAt().get());
        Setting<Optional<String>> later = fieldLater ? field : subTasks;
        return new Setting<>(value, field.version() + subTasks.version(), later.updatedBy(), later.updatedAt(),
                problems);
    }
}
