package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Progress;
import java.util.Random;

/** The random inputs of the roll-up property tests, and how they compare figures: bit for bit. */
public final class RandomRollups {

    private RandomRollups() {
    }

    /** A progress: no data one time in six, 0 or 1 one in six, else a thousandth between them. */
    public static Progress progress(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> Progress.noData(NoDataReason.EMPTY_EPIC);
            case 1 -> Progress.of(random.nextBoolean() ? 0.0 : 1.0);
            default -> Progress.of(random.nextInt(1001) / 1000.0);
        };
    }

    /** A weight in basis points: 0 one time in five, full one in five, else anything between. */
    public static int weight(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1 -> 10_000;
            default -> random.nextInt(10_001);
        };
    }

    /** The bits of a progress figure, NaN for no data: what "bit for bit" compares. */
    public static long bits(Progress progress) {
        return Double.doubleToLongBits(progress.hasData() ? progress.fraction() : Double.NaN);
    }
}
