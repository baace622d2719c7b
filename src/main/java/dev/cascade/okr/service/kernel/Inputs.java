package dev.cascade.okr.service.kernel;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.core.validation.WireCode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one reader of the texts a request carries into a service, whatever the edge (REST, a Jira page, a macro):
 * enum names and user keys, each with one error code, and the short echo of a bad value an error quotes.
 */
public final class Inputs {

    /** The message argument key that names what a user-key field accepts. */
    public static final String ALLOWED_USER_KEY = "cascade.value.allowed.user-key";

    private static final int ECHO = 40;

    private Inputs() {
    }

    /**
     * The enum constant for a lower-case, dashed JSON name ({@code in-progress}); {@code null} with a
     * {@code value.unknown} violation whose message lists the allowed names ({@link #allowedValues}).
     */
    public static <E extends Enum<E>> E enumOf(Class<E> type, String text, String field, List<Violation> violations) {
        for (E constant : type.getEnumConstants()) {
            if (WireCode.of(constant).equals(text)) {
                return constant;
            }
        }
        violations.add(Violation.of(ViolationCode.VALUE_UNKNOWN, field, shorten(text), allowedValues(type)));
        return null;
    }

    /** The JSON names of an enum's constants, in declaration order: {@code draft, active, closed}. */
    public static <E extends Enum<E>> String allowedValues(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireCode::of).collect(Collectors.joining(", "));
    }

    /** A bad value as an error quotes it: at most 40 characters, then an ellipsis. */
    public static String shorten(String text) {
        return text.length() <= ECHO ? text : text.substring(0, ECHO) + "\u2026";
    }
}
