package dev.cascade.okr.core.progress;

import java.util.List;

/** Rolls several progresses up into one. */
public final class Rollup {

    private Rollup() {
    }

    /**
     * The mean of the parts that have data, each counting equally; no data when none has data.
     *
     * <p>Parts without data are left out rather than counted as 0, so that an empty epic does not drag an
     * objective down.
     */
    public static Progress equallyWeighted(List<Progress> parts) {
        double sum = 0;
        int counted = 0;
        for (Progress part : parts) {
            if (part.hasData()) {
                sum += part.fraction();
                counted++;
            }
        }
        return counted == 0 ? Progress.noData(NoDataReason.NOTHING_TO_ROLL_UP) : Progress.of(sum / counted);
    }
}
