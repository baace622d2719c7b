package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The partial credit an issue earns in each status category, as fractions of a whole issue (1.0 = fully counted).
 *
 * <p>Invariants: each weight is a finite number in [0, 1]; they never decrease along the workflow
 * ({@code toDo <= inProgress <= done}), because moving an issue forward must never lower progress; and
 * {@code done > 0}, because otherwise no work could ever move progress.
 *
 * <p>A key result measured on partial credit either sets its own weights or follows the site-wide default an
 * administrator sets (issue 14); before one is saved the site default is {@link #defaults()}.
 *
 * @param toDo credit for an issue not started
 * @param inProgress credit for a started issue
 * @param done credit for a finished issue
 */
public record StatusWeights(double toDo, double inProgress, double done) {

    /** The most decimals of a weight a person may enter. */
    public static final int MAX_DECIMALS = 6;

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

    /**
     * Weights a person entered, checked: each required, from 0 to 1 with at most {@value #MAX_DECIMALS} decimals;
     * In Progress not below To Do, Done not below In Progress and above 0. Violations name
     * {@code <prefix>toDo}, {@code <prefix>inProgress} and {@code <prefix>done}.
     *
     * @param prefix the fields' common prefix, e.g. {@code measure.statusWeights.}, or empty
     */
    public static Validated<StatusWeights> of(BigDecimal toDo, BigDecimal inProgress, BigDecimal done,
            String prefix) {
        List<Violation> violations = new ArrayList<>();
        boolean valid = weight(toDo, prefix + "toDo", violations);
        valid &= weight(inProgress, prefix + "inProgress", violations);
        valid &= weight(done, prefix + "done", violations);
        if (!valid) {
            return Validated.invalid(violations);
        }
        if (toDo.compareTo(inProgress) > 0) {
            violations.add(Violation.of(ViolationCode.MEASURE_STATUS_WEIGHTS_DECREASING, prefix + "inProgress"));
        } else if (inProgress.compareTo(done) > 0) {
            violations.add(Violation.of(ViolationCode.MEASURE_STATUS_WEIGHTS_DECREASING, prefix + "done"));
        } else if (done.signum() == 0) {
            violations.add(Violation.of(ViolationCode.MEASURE_STATUS_WEIGHT_DONE_ZERO, prefix + "done"));
        }
        return violations.isEmpty()
                ? Validated.valid(new StatusWeights(toDo.doubleValue(), inProgress.doubleValue(), done.doubleValue()))
                : Validated.invalid(violations);
    }

    private static boolean weight(BigDecimal weight, String field, List<Violation> violations) {
        if (weight == null) {
            violations.add(Violation.of(ViolationCode.MEASURE_STATUS_WEIGHT_REQUIRED, field));
            return false;
        }
        if (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
            violations.add(Violation.of(ViolationCode.MEASURE_STATUS_WEIGHT_OUT_OF_RANGE, field, "0", "1"));
            return false;
        }
        if (weight.stripTrailingZeros().scale() > MAX_DECIMALS) {
            violations.add(Violation.of(ViolationCode.MEASURE_NUMBER_TOO_PRECISE, field,
                    String.valueOf(MAX_DECIMALS)));
            return false;
        }
        return true;
    }

    /** The stored form of the site-wide default: {@code v1;toDo=0;inProgress=0.5;done=1}. */
    public String text() {
        return "v1;toDo=" + plain(toDo) + ";inProgress=" + plain(inProgress) + ";done=" + plain(done);
    }

    /** The weights of a stored {@link #text()}, or empty when it is not of that form or breaks an invariant. */
    public static Optional<StatusWeights> fromText(String text) {
        if (text == null || !text.startsWith("v1;")) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : text.substring(3).split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                fields.put(part.substring(0, equals), part.substring(equals + 1));
            }
        }
        if (!fields.keySet().containsAll(List.of("toDo", "inProgress", "done"))) {
            return Optional.empty();
        }
        try {
            Validated<StatusWeights> read = of(new BigDecimal(fields.get("toDo")),
                    new BigDecimal(fields.get("inProgress")), new BigDecimal(fields.get("done")), "");
            return read.isValid() ? Optional.of(read.value()) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String plain(double weight) {
        return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
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
