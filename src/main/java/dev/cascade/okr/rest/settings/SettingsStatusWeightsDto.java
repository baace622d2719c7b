package dev.cascade.okr.rest.settings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.port.SettingsStore.Setting;
import java.math.BigDecimal;

/**
 * The site-wide default partial-credit weights, read and written in the same shape (issue 14): what an issue in each
 * status category counts for in a key result measured on partial credit that sets no weights of its own.
 *
 * @param version the version read; 0 while never saved
 * @param toDo the credit of an issue not started, 0 to 1; required
 * @param inProgress the credit of a started issue, from {@code toDo} to 1; required
 * @param done the credit of a finished issue, from {@code inProgress} to 1 and above 0; required
 */
public record SettingsStatusWeightsDto(@JsonProperty("version") BigDecimal version,
        @JsonProperty("toDo") BigDecimal toDo, @JsonProperty("inProgress") BigDecimal inProgress,
        @JsonProperty("done") BigDecimal done) {

    /** Jackson's way in. */
    @JsonCreator
    public SettingsStatusWeightsDto {
    }

    static SettingsStatusWeightsDto of(Setting<StatusWeights> setting) {
        StatusWeights weights = setting.value();
        return new SettingsStatusWeightsDto(BigDecimal.valueOf(setting.version()), plain(weights.toDo()),
                plain(weights.inProgress()), plain(weights.done()));
    }

    private static BigDecimal plain(double weight) {
        return BigDecimal.valueOf(weight).stripTrailingZeros();
    }
}
