package dev.cascade.okr.service.kernel;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
        NOT_FOUND,
        /** Somebody else changed the thing since the caller read it; nothing was changed; the current state is
         * carried (see {@link #current()}). */
        CONFLICT,
        /** The thing is closed and no longer changes (a closed goal is frozen); nothing was changed. */
        CLOSED
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

    /**
     * A stale write: nothing was changed, and {@code current} is the state the caller should look at again.
     * The violation is {@code version.stale} on field {@code version}.
     */
    public static <T> Outcome<T> conflict(T current) {
        return new Outcome<>(Objects.requireNonNull(current, "current"), Failure.CONFLICT,
                List.of(Violation.of(ViolationCode.VERSION_STALE, "version")));
    }

    /** The current state carried by a {@link Failure#CONFLICT}; empty for every other outcome. */
    public Optional<T> current() {
        return failure == Failure.CONFLICT ? Optional.of(value) : Optional.empty();
    }

    /**
     * This failure as an outcome of another type, for passing a check's failure on.
     *
     * @throws IllegalStateException on a success or a conflict (which carries a value of this type)
     */
    public <R> Outcome<R> failed() {
        if (failure == null || failure == Failure.CONFLICT) {
            throw new IllegalStateException("only a plain failure can be passed on: " + failure);
        }
        return new Outcome<>(null, failure, violations);
    }

    /**
     * This outcome with its violations on field {@code from} moved to {@code to}: the core names some fields by its
     * own parameter names, the REST body by the API's. A success or a conflict is answered as it is.
     */
    public Outcome<T> renamed(String from, String to) {
        if (isSuccess() || failure == Failure.CONFLICT) {
            return this;
        }
        return failure(failure, violations.stream()
                .map(v -> from.equals(v.field()) ? new Violation(v.code(), to, v.args(), v.severity()) : v)
                .toList());
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
