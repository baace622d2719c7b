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
import java.util.Optional;

/**
 * Signs requests in as a sample user: HTTP Basic (password = user name) for scripts and tests, or the user chosen in
 * the page header (a cookie). Without either the request is anonymous.
 */
public final class DevAuthFilter implements Filter {

    /** The cookie that remembers the user picked in the page header. */
    public static final String USER_COOKIE = "cascade-devhost-user";

    private final DevUsers users;
    private final DevRequestContext request;

    /** Creates the filter. */
    public DevAuthFilter(DevUsers users, DevRequestContext request) {
        this.users = users;
        this.request = request;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) servletRequest;
        String authorization = http.getHeader("Authorization");
        Optional<DevUser> user;
        if (authorization != null) {
            user = basic(authorization);
            if (user.isEmpty()) {
                HttpServletResponse response = (HttpServletResponse) servletResponse;
                response.setHeader("WWW-Authenticate", "Basic realm=\"Cascade dev host\"");
                response.sendError(401, "Unknown user or wrong password");
                return;
            }
        } else {
            user = cookieUser(http);
        }
        request.set(user.orElse(null));
        try {
            chain.doFilter(servletRequest, servletResponse);
        } finally {
            request.clear();
        }
    }

    private Optional<DevUser> basic(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
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
