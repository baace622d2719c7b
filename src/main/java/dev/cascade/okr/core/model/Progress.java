package dev.cascade.okr.core.model;

import java.util.Objects;

/**
 * How far a goal has come: a fraction in [0, 1], or an explicit "no data" state with its reason.
 *
 * <p>Never {@code null} and never a silent 0: callers must ask {@link #hasData()} before {@link #fraction()}.
 */
public final class Progress {

    private final double fraction;
    private final NoDataReason reason;
    private final boolean manual;

    private Progress(double fraction, NoDataReason reason, boolean manual) {
        this.fraction = fraction;
        this.reason = reason;
        this.manual = manual;
    }

    /**
     * A known progress; values outside [0, 1] are clamped for display.
     *
     * @throws IllegalArgumentException for NaN or infinities, which are never a progress
     */
    public static Progress of(double fraction) {
        return new Progress(clamp(fraction), null, false);
    }

    /**
     * A value a person set by hand over the computed one; shown marked as manual. Clamped like {@link #of}.
     *
     * @throws IllegalArgumentException for NaN or infinities
     */
    public static Progress manual(double fraction) {
        return new Progress(clamp(fraction), null, true);
    }

    private static double clamp(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            throw new IllegalArgumentException("progress must be a finite number: " + fraction);
        }
        return Math.max(0.0, Math.min(1.0, fraction));
    }

    /** Progress that cannot be known, and why. */
    public static Progress noData(NoDataReason reason) {
        return new Progress(Double.NaN, Objects.requireNonNull(reason, "reason"), false);
    }

    /** Whether a person set this value by hand instead of it being computed. */
    public boolean isManual() {
        return manual;
    }

    /** Whether there is a value. */
    public boolean hasData() {
        return reason == null;
    }

    /**
     * The fraction in [0, 1].
     *
     * @throws IllegalStateException when there is no data
     */
    public double fraction() {
        if (!hasData()) {
            throw new IllegalStateException("no progress data: " + reason);
        }
        return fraction;
    }

    /** The whole per-cent, rounded half up (0.335 is 34), for display. */
    public int percent() {
        return (int) Math.round(fraction() * 100.0);
    }

    /**
     * Why there is no data.
     *
     * @throws IllegalStateException when there is data
     */
    public NoDataReason reason() {
        if (hasData()) {
            throw new IllegalStateException("progress has data");
        }
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Progress)) {
            return false;
        }
        Progress that = (Progress) other;
        return hasData()
                ? that.hasData() && manual == that.manual && Double.compare(fraction, that.fraction) == 0
                : reason == that.reason;
    }

    @Override
    public int hashCode() {
        return hasData() ? Double.hashCode(fraction) : reason.hashCode();
    }

    @Override
    public String toString() {
        return hasData() ? "Progress[" + fraction + (manual ? ", manual]" : "]") : "Progress[no data: " + reason + "]";
    }
}
