package dev.cascade.okr.rest.settings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.core.port.SettingsStore.Setting;
import java.math.BigDecimal;

/**
 * Who creates goals of the top level (company goals), read and written in the same shape.
 *
 * @param version the version read; 0 while never saved
 * @param adminOnly whether only app administrators create them (the default); else whoever may create goals
 */
public record SettingsCompanyGoalsDto(@JsonProperty("version") BigDecimal version,
        @JsonProperty("adminOnly") Boolean adminOnly) {

    /** Jackson's way in. */
    @JsonCreator
    public SettingsCompanyGoalsDto {
    }

    static SettingsCompanyGoalsDto of(Setting<Boolean> setting) {
        return new SettingsCompanyGoalsDto(BigDecimal.valueOf(setting.version()), setting.value());
    }
}
