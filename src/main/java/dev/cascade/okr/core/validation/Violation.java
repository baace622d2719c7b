package dev.cascade.okr.core.validation;

import java.util.List;

/**
 * One thing wrong with a request (an error) or worth a second look (a warning), named by a stable code and the field
 * it concerns.
 *
 * @param code what is wrong
 * @param field the JSON path of the field, e.g. {@code keyResults[0].epicKey}; {@code null} for the whole request
 * @param args values for the message's placeholders, as display strings
 * @param severity whether it stops the operation
 */
public record Violation(ViolationCode code, String field, List<String> args, Severity severity) {

    /** Copies the arguments. */
    public Violation {
        Require.present("code", code, "severity", severity);
        args = List.copyOf(args);
    }

    /** An error without or with message arguments. */
    public static Violation of(ViolationCode code, String field, String... args) {
        return new Violation(code, field, List.of(args), Severity.ERROR);
    }

    /** A warning: shown, but it does not stop the operation. */
    public static Violation warning(ViolationCode code, String field, String... args) {
        return new Violation(code, field, List.of(args), Severity.WARNING);
    }

    /** Whether this stops the operation. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
