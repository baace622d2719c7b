package dev.cascade.okr.devhost;

import java.util.Locale;
import java.util.Optional;

/**
 * Who is asking in the current request thread of the dev host (Jira keeps the same in its authentication context).
 * Held per thread by the dev host's servlet filter and cleared after every request.
 */
public final class DevRequestContext {

    private final ThreadLocal<DevUser> current = new ThreadLocal<>();

    /** Runs work as a user ({@code null} for anonymous). */
    public void set(DevUser user) {
        current.set(user);
    }

    /** Forgets the current user. */
    public void clear() {
        current.remove();
    }

    /** The current user. */
    public Optional<DevUser> user() {
        return Optional.ofNullable(current.get());
    }

    /** The current user's locale, English when anonymous. */
    public Locale locale() {
        return user().map(DevUser::locale).orElse(Locale.ENGLISH);
    }
}
