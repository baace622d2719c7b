package dev.cascade.okr.rest.settings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.port.SettingsStore.Setting;
import java.math.BigDecimal;
import java.util.List;

/**
 * The levels of the cascade, read and written in the same shape.
 *
 * @param version the version read; 0 while never saved
 * @param levels top first
 * @param maxAlignmentDepth how deep alignment chains may go
 */
public record SettingsLevelsDto(@JsonProperty("version") BigDecimal version,
        @JsonProperty("levels") List<SettingsLevelDto> levels,
        @JsonProperty("maxAlignmentDepth") BigDecimal maxAlignmentDepth) {

    /** Jackson's way in. */
    @JsonCreator
    public SettingsLevelsDto {
    }

    static SettingsLevelsDto of(Setting<LevelScheme> setting) {
        return new SettingsLevelsDto(BigDecimal.valueOf(setting.version()),
                setting.value().levels().stream().map(l -> new SettingsLevelDto(l.key(), l.name(), l.nameZh()))
                        .toList(),
                BigDecimal.valueOf(setting.value().maxAlignmentDepth()));
    }

    /** The keys, one per level ({@code null} for a missing level). */
    List<String> keys() {
        return levels == null ? null : levels.stream().map(l -> l == null ? null : l.key()).toList();
    }

    /** The English names, one per level. */
    List<String> names() {
        return levels == null ? null : levels.stream().map(l -> l == null ? null : l.name()).toList();
    }

    /** The Chinese names, one per level. */
    List<String> namesZh() {
        return levels == null ? null : levels.stream().map(l -> l == null ? null : l.nameZh()).toList();
    }

    /**
     * One level.
     *
     * @param key stable key
     * @param name the name English readers see (and readers of other languages but Chinese)
     * @param nameZh the name Chinese readers see
     */
    public record SettingsLevelDto(@JsonProperty("key") String key, @JsonProperty("name") String name,
            @JsonProperty("nameZh") String nameZh) {
        /** Jackson's way in. */
        @JsonCreator
        public SettingsLevelDto {
        }
    }
}
