package dev.cascade.okr.rest.settings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.core.port.SettingsStore.Setting;
import dev.cascade.okr.core.progress.IssueCounting;
import java.math.BigDecimal;

/**
 * How issues count, read and written in the same shape.
 *
 * @param version the version read; 0 while never saved
 * @param storyPointField the custom field id holding story points, e.g. {@code customfield_10106}; {@code null} (or
 *     absent) to detect the number field named "Story Points"
 * @param countSubTasks whether the sub-tasks of linked issues count too; required
 */
public record SettingsIssueProgressDto(@JsonProperty("version") BigDecimal version,
        @JsonProperty("storyPointField") String storyPointField, @JsonProperty("countSubTasks") Boolean countSubTasks) {

    /** Jackson's way in. */
    @JsonCreator
    public SettingsIssueProgressDto {
    }

    static SettingsIssueProgressDto of(Setting<IssueCounting> setting) {
        return new SettingsIssueProgressDto(BigDecimal.valueOf(setting.version()), setting.value().storyPointField(),
                setting.value().countSubTasks());
    }
}
