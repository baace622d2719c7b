package dev.cascade.okr.rest;

import dev.cascade.okr.core.progress.Progress;

/**
 * A progress in JSON: {@code fraction} in [0, 1] and {@code percent} when known; otherwise {@code known=false} and
 * the {@code noDataReason}.
 *
 * @param known whether there is a value
 * @param fraction the fraction, or {@code null}
 * @param percent the whole per-cent, or {@code null}
 * @param noDataReason why there is no value, or {@code null}
 */
public record ProgressDto(boolean known, Double fraction, Integer percent, String noDataReason) {

    static ProgressDto of(Progress progress) {
        return progress.hasData()
                ? new ProgressDto(true, progress.fraction(), progress.percent(), null)
                : new ProgressDto(false, null, null, progress.reason().name());
    }
}
