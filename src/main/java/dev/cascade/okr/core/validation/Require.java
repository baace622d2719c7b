package dev.cascade.okr.core.validation;

import java.util.Objects;

/** The presence check of a value's parts: one call naming every part that must be there. */
public final class Require {

    private Require() {
    }

    /**
     * Throws a {@link NullPointerException} whose message is the name of the first missing part, as
     * {@link Objects#requireNonNull(Object, String)} would for each part in turn.
     *
     * @param namesAndValues each part's name followed by its value: {@code "id", id, "title", title, ...}
     * @throws IllegalArgumentException when a name has no value after it
     */
    public static void present(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a name without a value");
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Objects.requireNonNull(namesAndValues[i + 1], (String) namesAndValues[i]);
        }
    }

    /**
     * Throws an {@link IllegalArgumentException} "{@code name} must be positive: {@code value}" unless {@code value}
     * is above zero: the check of every database id.
     */
    public static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
