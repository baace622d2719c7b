package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.progress.KeyResultBasis;
import java.util.Optional;

/**
 * A progress in JSON: {@code fraction} in [0, 1] and {@code percent} when known; otherwise {@code known=false} and
 * the {@code noDataReason}. {@code overridden} says whether a person set the value by hand (a key result's manual
 * override); a rolled-up progress never is. A key result's known progress also says what it counts ({@code basis});
 * a goal's progress has no {@code basis} field.
 *
 * @param known whether there is a value
 * @param fraction the fraction, or {@code null}
 * @param percent the whole per-cent, or {@code null}
 * @param noDataReason why there is no value, or {@code null}
 * @param overridden whether the value is a manual override
 * @param basis what the figure counts (key results only), left out when there is none
 */
public record ProgressDto(boolean known, Double fraction, Integer percent, String noDataReason, boolean overridden,
        @JsonInclude(JsonInclude.Include.NON_NULL) BasisDto basis) {

    static ProgressDto of(Progress progress) {
        return of(progress, Optional.empty());
    }

    /** A key result's progress with what it counts. */
    static ProgressDto of(Progress progress, Optional<KeyResultBasis> basis) {
        BasisDto counted = basis.map(BasisDto::of).orElse(null);
        return progress.hasData()
                ? new ProgressDto(true, progress.fraction(), progress.percent(), null, progress.isManual(), counted)
                : new ProgressDto(false, null, null, progress.reason().name(), false, counted);
    }
}
