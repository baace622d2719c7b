package dev.cascade.okr.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * The result of a core operation on a person's input: a value with any warnings, or the errors that stopped it.
 *
 * <p>Core never throws for a user's mistake; it returns this. Invariants: a valid result has a value and only
 * warnings; an invalid one has no value and at least one error.
 *
 * @param <T> the value's type
 */
public final class Validated<T> {

    private final T value;
    private final List<Violation> violations;

    private Validated(T value, List<Violation> violations) {
        this.value = value;
        this.violations = List.copyOf(violations);
    }

    /** A value without warnings. */
    public static <T> Validated<T> valid(T value) {
        return new Validated<>(Objects.requireNonNull(value, "value"), List.of());
    }

    /**
     * A value with warnings.
     *
     * @throws IllegalArgumentException if one of the findings is an error
     */
    public static <T> Validated<T> valid(T value, List<Violation> warnings) {
        for (Violation warning : warnings) {
            if (warning.isError()) {
                throw new IllegalArgumentException("an error is not a warning: " + warning);
            }
        }
        return new Validated<>(Objects.requireNonNull(value, "value"), warnings);
    }

    /**
     * The findings that stopped the operation; warnings among them are kept.
     *
     * @throws IllegalArgumentException if there is no error among them
     */
    public static <T> Validated<T> invalid(List<Violation> violations) {
        if (violations.stream().noneMatch(Violation::isError)) {
            throw new IllegalArgumentException("invalid needs at least one error: " + violations);
        }
        return new Validated<>(null, violations);
    }

    /** A value when {@code findings} holds no error, otherwise the findings. */
    public static <T> Validated<T> of(T value, List<Violation> findings) {
        return findings.stream().anyMatch(Violation::isError) ? invalid(findings) : valid(value, findings);
    }

    /** Whether there is a value. */
    public boolean isValid() {
        return value != null;
    }

    /**
     * The value.
     *
     * @throws NoSuchElementException when invalid
     */
    public T value() {
        if (value == null) {
            throw new NoSuchElementException("invalid: " + violations);
        }
        return value;
    }

    /** Every finding, errors and warnings, in the order found. */
    public List<Violation> violations() {
        return violations;
    }

    /** The errors only. */
    public List<Violation> errors() {
        return violations.stream().filter(Violation::isError).toList();
    }

    /** The warnings only. */
    public List<Violation> warnings() {
        return violations.stream().filter(v -> !v.isError()).toList();
    }

    /** The value mapped, keeping the findings; an invalid result stays invalid. */
    public <R> Validated<R> map(Function<? super T, ? extends R> mapper) {
        return isValid() ? new Validated<>(Objects.requireNonNull(mapper.apply(value)), violations)
                : new Validated<>(null, violations);
    }

    /** This result with more findings added (which may make it invalid). */
    public Validated<T> with(List<Violation> more) {
        List<Violation> all = new ArrayList<>(violations);
        all.addAll(more);
        return isValid() ? of(value, all) : new Validated<>(null, all);
    }

    @Override
    public String toString() {
        return isValid() ? "Valid[" + value + ", " + violations + "]" : "Invalid" + violations;
    }
}
