package dev.cascade.okr.devhost.web;

import dev.cascade.okr.devhost.DevRequestContext;
import dev.cascade.okr.devhost.DevUser;
import dev.cascade.okr.devhost.DevUsers;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Signs requests in as a sample user, as Jira 11 does for REST callers and browsers:
 * <ul>
 * <li>{@code Authorization: Bearer <token>} with a user's personal access token (the sample tokens are in
 * {@link DevUsers}; in Jira each user creates theirs in their profile);</li>
 * <li>{@code Authorization: Basic ...} with the user name as password, while basic authentication is on (the dev
 * host's default); switched off ({@code -Dcascade.basicauth=false}), every Basic request is answered 401, as Jira 11
 * answers out of the box until an administrator turns it back on;</li>
 * <li>otherwise the user chosen in the page header (a cookie), or anonymous.</li>
 * </ul>
 * A request that carries an {@code Authorization} header is signed in by that header or refused with 401 and a
 * {@code WWW-Authenticate} challenge: it never falls back to the cookie's user or to anonymous. The header must be
 * exactly {@code Bearer}, one space and the token (base64 characters only), and there must be only one; anything
 * else (no token, two spaces, {@code bearer}, a byte outside ASCII, another scheme) is refused. Tokens are compared
 * as digests in constant time and never logged or echoed.
 */
public final class DevAuthFilter implements Filter {

    /** The cookie that remembers the user picked in the page header. */
    public static final String USER_COOKIE = "cascade-devhost-user";
    /** The cookie that reads pages in another language than the user's profile ({@code en}, {@code zh-CN}). */
    public static final String LANGUAGE_COOKIE = "cascade-devhost-lang";

    /** The answer to a Basic request while basic authentication is off. */
    static final String BASIC_OFF = "Basic authentication is off on this host, as in Jira 11: sign in with a personal"
            + " access token (Authorization: Bearer <token>)";

    private static final String BEARER = "Bearer ";
    private static final int MAX_TOKEN_LENGTH = 256;
    private static final String REALM = " realm=\"Cascade dev host\"";

    private final DevUsers users;
    private final DevRequestContext request;
    private final boolean basicAuth;

    /** Creates the filter with basic authentication on. */
    public DevAuthFilter(DevUsers users, DevRequestContext request) {
        this(users, request, true);
    }

    /** Creates the filter; {@code basicAuth} false refuses every Basic request, as Jira 11 does by default. */
    public DevAuthFilter(DevUsers users, DevRequestContext request, boolean basicAuth) {
        this.users = users;
        this.request = request;
        this.basicAuth = basicAuth;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) servletRequest;
        Enumeration<String> headers = http.getHeaders("Authorization");
        List<String> authorization = headers == null ? List.of() : Collections.list(headers);
        Optional<DevUser> user;
        if (authorization.isEmpty()) {
            user = cookieUser(http);
        } else {
            String refusal = null;
            user = Optional.empty();
            if (authorization.size() > 1) {
                refusal = "More than one Authorization header";
            } else if (authorization.get(0).startsWith(BEARER)) {
                user = bearer(authorization.get(0).substring(BEARER.length()));
                refusal = "Unknown, revoked or malformed personal access token";
            } else if (authorization.get(0).regionMatches(true, 0, "Basic ", 0, 6)) {
                if (basicAuth) {
                    user = basic(authorization.get(0));
                    refusal = "Unknown user or wrong password";
                } else {
                    refusal = BASIC_OFF;
                }
            } else {
                refusal = "Unsupported Authorization header: use Authorization: Bearer <personal access token>";
            }
            if (user.isEmpty()) {
                HttpServletResponse response = (HttpServletResponse) servletResponse;
                response.addHeader("WWW-Authenticate", "Bearer" + REALM);
                if (basicAuth) {
                    response.addHeader("WWW-Authenticate", "Basic" + REALM);
                }
                response.sendError(401, refusal);
                return;
            }
        }
        request.set(user.orElse(null), http);
        request.setLanguage(language(http));
        try {
            chain.doFilter(servletRequest, servletResponse);
        } finally {
            request.clear();
        }
    }

    /** The user whose token this is: base64 characters only (no space, nothing outside ASCII), bounded length. */
    private Optional<DevUser> bearer(String token) {
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean base64 = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+'
                    || c == '/' || c == '=' || c == '-' || c == '_';
            if (!base64) {
                return Optional.empty();
            }
        }
        return users.userByToken(token);
    }

    private Optional<DevUser> basic(String header) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String name = decoded.substring(0, colon);
        return name.equals(decoded.substring(colon + 1)) ? users.user(name) : Optional.empty();
    }

    /**
     * The language the {@value #LANGUAGE_COOKIE} cookie chooses for a signed-in profile ({@code en}, {@code zh-CN}),
     * or {@code null} for the profile's own.
     */
    private static Locale language(HttpServletRequest http) {
        if (http.getCookies() != null) {
            for (Cookie cookie : http.getCookies()) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return switch (cookie.getValue()) {
                        case "en" -> Locale.ENGLISH;
                        case "zh-CN" -> Locale.SIMPLIFIED_CHINESE;
                        default -> null;
                    };
                }
            }
        }
        return null;
    }

    private Optional<DevUser> cookieUser(HttpServletRequest http) {
        if (http.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : http.getCookies()) {
            if (USER_COOKIE.equals(cookie.getName())) {
                return users.user(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
