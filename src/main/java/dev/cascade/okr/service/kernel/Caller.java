package dev.cascade.okr.service.kernel;

import java.util.Optional;

/**
 * Who is asking: a signed-in user (by stable user key) or nobody. Entry points resolve it from the host once per
 * request and pass it to every use case.
 */
public final class Caller {

    private static final Caller ANONYMOUS = new Caller(null);

    private final String userKey;

    private Caller(String userKey) {
        this.userKey = userKey;
    }

    /** The anonymous caller. */
    public static Caller anonymous() {
        return ANONYMOUS;
    }

    /** A signed-in user; a {@code null} key means anonymous. */
    public static Caller user(String userKey) {
        return userKey == null ? ANONYMOUS : new Caller(userKey);
    }

    /** The user key, unless anonymous. */
    public Optional<String> userKey() {
        return Optional.ofNullable(userKey);
    }

    @Override
    public String toString() {
        return userKey == null ? "anonymous" : userKey;
    }
}
