package dev.cascade.okr.core.validation;

import java.util.Locale;

/** The stable code of an enum constant on the wire and in i18n keys: its name in lower case, dashes for underscores. */
public final class WireCode {

    private WireCode() {
    }

    /** The code of {@code constant}, e.g. {@code on-track} for {@code ON_TRACK}. */
    public static String of(Enum<?> constant) {
        return of(constant.name());
    }

    /** The code of a constant's name, e.g. {@code on-track} for {@code ON_TRACK}. */
    static String of(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
