package dev.cascade.okr.core.model;

/**
 * The partial credit an issue earns in each status category, as fractions of a whole issue (1.0 = fully counted).
 *
 * <p>Invariants: each weight is a finite number in [0, 1]; they never decrease along the workflow
 * ({@code toDo <= inProgress <= done}), because moving an issue forward must never lower progress; and
 * {@code done > 0}, because otherwise no work could ever move progress.
 *
 * @param toDo credit for an issue not started
 * @param inProgress credit for a started issue
 * @param done credit for a finished issue
 */
public record StatusWeights(double toDo, double inProgress, double done) {

    private static final StatusWeights DEFAULTS = new StatusWeights(0.0, 0.5, 1.0);

    /** Checks the invariants. */
    public StatusWeights {
        checkRange("toDo", toDo);
        checkRange("inProgress", inProgress);
        checkRange("done", done);
        if (toDo > inProgress || inProgress > done) {
            throw new IllegalArgumentException("status weights must not decrease: " + toDo + ", " + inProgress
                    + ", " + done);
        }
        if (done == 0.0) {
            throw new IllegalArgumentException("the Done weight must be above 0");
        }
    }

    private static void checkRange(String name, double weight) {
        if (!(weight >= 0.0 && weight <= 1.0)) {
            throw new IllegalArgumentException(name + " weight must be in [0, 1]: " + weight);
        }
    }

    /** To Do 0, In Progress 0.5, Done 1: half credit for started work. */
    public static StatusWeights defaults() {
        return DEFAULTS;
    }

    /** The weight of one category. */
    public double weight(StatusCategory category) {
        return switch (category) {
            case TO_DO -> toDo;
            case IN_PROGRESS -> inProgress;
            case DONE -> done;
        };
    }
}
