package dev.cascade.okr.rest.http;

import dev.cascade.okr.core.model.Rates;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whole numbers from JSON bodies. Numbers are read as {@link BigDecimal} so that {@code 4.5} for a score is a wrong
 * type naming the field, not silently 4, and a number too large for its type never overflows.
 */
public final class RequestNumbers {

    private static final BigDecimal MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal MIN = BigDecimal.valueOf(Integer.MIN_VALUE);

    private RequestNumbers() {
    }

    /** A required whole number that fits an {@code int}. */
    public static Outcome<Integer> requiredInt(BigDecimal value, String field) {
        if (value == null) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED, field));
        }
        // Range first: compareTo is cheap even for 1e1000000000, exactness tests are not.
        if (value.compareTo(MAX) > 0 || value.compareTo(MIN) < 0
                || value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.REQUEST_WRONG_TYPE, field));
        }
        return Outcome.success(value.intValueExact());
    }

    /** A required version: a whole number (its range is the service's rule). */
    public static Outcome<Long> version(BigDecimal value) {
        Outcome<Integer> whole = requiredInt(value, "version");
        return whole.isSuccess() ? Outcome.success(whole.value().longValue())
                : Outcome.failure(whole.failure(), whole.violations());
    }

    /** An optional decimal, empty when absent; beyond ±1e15 is a wrong type. */
    public static Outcome<Optional<BigDecimal>> optionalDecimal(BigDecimal value, String field) {
        if (value == null) {
            return Outcome.success(Optional.empty());
        }
        if (value.abs().compareTo(BigDecimal.TEN.pow(15)) > 0) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.REQUEST_WRONG_TYPE, field));
        }
        return Outcome.success(Optional.of(value));
    }

    /**
     * A rate (or any core decimal) as the JSON number people read: without trailing zeros and never in exponent form,
     * so a rate carried as 0.960000 reads 0.96 and 1.000000 reads 1; {@code null} stays {@code null}.
     */
    public static BigDecimal json(BigDecimal value) {
        return Rates.plain(value);
    }

    /** A path id: a positive whole number, else 0 (which no row has, so the service answers not found). */
    public static long pathId(String id) {
        return RestResource.positive(id).orElse(0);
    }
}
