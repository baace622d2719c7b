package dev.cascade.okr.rest;

import dev.cascade.okr.core.progress.Progress;

/**
 * A progress in JSON: {@code fraction} in [0, 1] and {@code percent} when known; otherwise {@code known=false} and
 * the {@code noDataReason}. {@code overridden} says whether a person set the value by hand (a key result's manual
 * override); a rolled-up progress never is.
 *
 * @param known whether there is a value
 * @param fraction the fraction, or {@code null}
 * @param percent the whole per-cent, or {@code null}
 * @param noDataReason why there is no value, or {@code null}
 * @param overridden whether the value is a manual override
 */
public record ProgressDto(boolean known, Double fraction, Integer percent, String noDataReason, boolean overridden) {

    static ProgressDto of(Progress progress) {
        return progress.hasData()
                ? new ProgressDto(true, progress.fraction(), progress.percent(), null, progress.isManual())
                : new ProgressDto(false, null, null, progress.reason().name(), false);
    }
}
