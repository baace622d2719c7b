package dev.cascade.okr.core.validation;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a request, named by a stable code and the field it concerns.
 *
 * @param code what is wrong
 * @param field the JSON path of the field, e.g. {@code keyResults[0].epicKey}; {@code null} for the whole request
 * @param args values for the message's placeholders, as display strings
 */
public record Violation(ViolationCode code, String field, List<String> args) {

    /** Copies the arguments. */
    public Violation {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** A violation without message arguments. */
    public static Violation of(ViolationCode code, String field, String... args) {
        return new Violation(code, field, List.of(args));
    }
}
