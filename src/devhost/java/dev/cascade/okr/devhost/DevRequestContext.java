package dev.cascade.okr.devhost;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * Who is asking in the current request thread of the dev host (Jira keeps the same in its authentication context).
 * Held per thread by the dev host's servlet filter and cleared after every request.
 */
public final class DevRequestContext {

    private final ThreadLocal<DevUser> current = new ThreadLocal<>();
    private final ThreadLocal<HttpServletRequest> http = new ThreadLocal<>();
    private final ThreadLocal<Locale> language = new ThreadLocal<>();

    /** Runs work as a user ({@code null} for anonymous). */
    public void set(DevUser user) {
        current.set(user);
    }

    /** Runs work as a user ({@code null} for anonymous) serving an HTTP request (SAL's {@code HttpContext}). */
    public void set(DevUser user, HttpServletRequest request) {
        current.set(user);
        http.set(request);
    }

    /** Forgets the current user and request. */
    public void clear() {
        current.remove();
        http.remove();
        language.remove();
    }

    /** The HTTP request being served, if any. */
    public Optional<HttpServletRequest> request() {
        return Optional.ofNullable(http.get());
    }

    /** The current user. */
    public Optional<DevUser> user() {
        return Optional.ofNullable(current.get());
    }

    /**
     * Reads the request in another language than the user's profile, as a Jira user who changed their profile's
     * language would ({@code null} for the profile's): the dev host's {@code cascade-devhost-lang} cookie.
     */
    public void setLanguage(Locale locale) {
        language.set(locale);
    }

    /** The current user's locale (or the language chosen for the request), English when anonymous. */
    public Locale locale() {
        if (language.get() != null) {
            return language.get();
        }
        return user().map(DevUser::locale).orElse(Locale.ENGLISH);
    }
}
