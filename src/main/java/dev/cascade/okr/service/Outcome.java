package dev.cascade.okr.service;

import dev.cascade.okr.core.validation.Violation;
import java.util.List;
import java.util.Objects;

/**
 * The result of a use case: a value, or a failure of a kind with the violations that explain it. A person's mistake
 * is always an outcome, never an exception.
 *
 * @param <T> the value type
 */
public final class Outcome<T> {

    /** What kind of failure; the REST edge maps each kind to one HTTP status. */
    public enum Failure {
        /** The request is wrong; nothing was changed. */
        INVALID,
        /** Nobody is signed in. */
        UNAUTHENTICATED,
        /** The caller may not do this. */
        FORBIDDEN,
        /** The thing does not exist or the caller may not see it. */
        NOT_FOUND
    }

    private final T value;
    private final Failure failure;
    private final List<Violation> violations;

    private Outcome(T value, Failure failure, List<Violation> violations) {
        this.value = value;
        this.failure = failure;
        this.violations = violations;
    }

    /** A success. */
    public static <T> Outcome<T> success(T value) {
        return new Outcome<>(Objects.requireNonNull(value, "value"), null, List.of());
    }

    /** A failure; there is at least one violation. */
    public static <T> Outcome<T> failure(Failure failure, List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a failure needs at least one violation");
        }
        return new Outcome<>(null, Objects.requireNonNull(failure, "failure"), List.copyOf(violations));
    }

    /** A failure with one violation. */
    public static <T> Outcome<T> failure(Failure failure, Violation violation) {
        return failure(failure, List.of(violation));
    }

    /** Whether this is a success. */
    public boolean isSuccess() {
        return failure == null;
    }

    /**
     * The value.
     *
     * @throws IllegalStateException on a failure
     */
    public T value() {
        if (failure != null) {
            throw new IllegalStateException("no value: " + failure + " " + violations);
        }
        return value;
    }

    /** The failure kind, or {@code null} on success. */
    public Failure failure() {
        return failure;
    }

    /** The violations; empty on success. */
    public List<Violation> violations() {
        return violations;
    }
}
