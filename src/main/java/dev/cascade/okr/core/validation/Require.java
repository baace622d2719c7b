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
}
