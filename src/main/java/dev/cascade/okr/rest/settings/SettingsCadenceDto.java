package dev.cascade.okr.rest.settings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.core.port.SettingsStore.Setting;
import dev.cascade.okr.core.tracking.CadenceSetting;
import java.math.BigDecimal;

/**
 * How the check-in cadence is chosen, read and written in the same shape (issue 14).
 *
 * @param version the version read; 0 while never saved
 * @param cadence {@code by-period} (the default: by the goal period's length), {@code weekly}, {@code biweekly} or
 *     {@code monthly}; required
 */
public record SettingsCadenceDto(@JsonProperty("version") BigDecimal version,
        @JsonProperty("cadence") String cadence) {

    /** Jackson's way in. */
    @JsonCreator
    public SettingsCadenceDto {
    }

    static SettingsCadenceDto of(Setting<CadenceSetting> setting) {
        return new SettingsCadenceDto(BigDecimal.valueOf(setting.version()), setting.value().code());
    }
}
