package dev.cascade.okr.core.model;

import java.util.Objects;

/**
 * A person, by the host's stable user key (never the user name, which can change).
 *
 * @param key the user key; not blank
 */
public record UserRef(String key) {

    /** Checks the key. */
    public UserRef {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("user key must not be blank");
        }
    }
}
