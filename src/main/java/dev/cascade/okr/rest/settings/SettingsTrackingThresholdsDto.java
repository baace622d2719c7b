package dev.cascade.okr.rest.settings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.core.port.SettingsStore.Setting;
import dev.cascade.okr.core.tracking.TrackingThresholds;
import java.math.BigDecimal;

/**
 * The tracking thresholds, read and written in the same shape: deviations in per-cent from −100 to 0.
 *
 * @param version the version read; 0 while never saved
 * @param thresholds the two thresholds
 */
public record SettingsTrackingThresholdsDto(@JsonProperty("version") BigDecimal version,
        @JsonProperty("thresholds") SettingsThresholdValuesDto thresholds) {

    /** Jackson's way in. */
    @JsonCreator
    public SettingsTrackingThresholdsDto {
    }

    static SettingsTrackingThresholdsDto of(Setting<TrackingThresholds> setting) {
        return new SettingsTrackingThresholdsDto(BigDecimal.valueOf(setting.version()),
                new SettingsThresholdValuesDto(setting.value().onTrackPercent(), setting.value().atRiskPercent()));
    }

    /**
     * The thresholds.
     *
     * @param onTrackPercent at or above: on track
     * @param atRiskPercent at or above (and below on track): at risk; below: off track
     */
    public record SettingsThresholdValuesDto(@JsonProperty("onTrackPercent") BigDecimal onTrackPercent,
            @JsonProperty("atRiskPercent") BigDecimal atRiskPercent) {
        /** Jackson's way in. */
        @JsonCreator
        public SettingsThresholdValuesDto {
        }
    }
}
