package dev.cascade.okr.core.validation;

/**
 * An enum whose constants travel by their {@link WireCode} on the wire and in i18n keys: implementing it gives the
 * enum one {@link #code()} instead of each enum writing the same conversion again.
 */
public interface WireCoded {

    /** The constant's name, as {@link Enum#name()} answers it. */
    String name();

    /** The stable lower-case code, e.g. {@code needs-improvement} for {@code NEEDS_IMPROVEMENT}. */
    default String code() {
        return WireCode.of(name());
    }
}
