package dev.cascade.okr.devhost.web;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import dev.cascade.okr.devhost.DevRequestContext;
import dev.cascade.okr.devhost.DevUser;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SAL's secure administrator sessions ("websudo") on the dev host, as Jira keeps them: an administrator who opens an
 * administration page confirms their password on {@code /devhost/websudo?back=…} (on the dev host the password is the
 * user name, as for Basic), and may then use administration pages for {@value #MINUTES} minutes. The dev host has no
 * HTTP sessions: the secure session is a random cookie ({@value #COOKIE}) bound to the user who confirmed, kept in
 * this node's memory (one node only). Off ({@code -Dcascade.websudo=false}), every request may proceed, as with
 * Jira's {@code jira.websudo.is.disabled}.
 */
public final class DevWebSudo implements WebSudoManager {

    /** The confirmation page. */
    public static final String PATH = "/devhost/websudo";
    /** The cookie of a secure administrator session. */
    static final String COOKIE = "cascade-devhost-websudo";
    /** How long a secure session lasts after the password was confirmed, as Jira's default. */
    static final int MINUTES = 10;

    private final DevRequestContext request;
    private final boolean enabled;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    /** Creates the stand-in; {@code enabled} false lets every request proceed. */
    public DevWebSudo(DevRequestContext request, boolean enabled, Clock clock) {
        this.request = request;
        this.enabled = enabled;
        this.clock = clock;
    }

    /** Whether websudo is asked for (the system property {@code cascade.websudo}, on unless {@code false}). */
    public static boolean enabledByDefault() {
        return !"false".equals(System.getProperty("cascade.websudo"));
    }

    @Override
    public void enforceWebSudoProtection(HttpServletRequest req, HttpServletResponse resp) {
        String back = req.getRequestURI().substring(req.getContextPath().length())
                + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        resp.setStatus(302);
        resp.setHeader("Location", req.getContextPath() + PATH + "?back="
                + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }

    @Override
    public void willExecuteWebSudoRequest(HttpServletRequest req) throws WebSudoSessionException {
        if (!enabled) {
            return;
        }
        String user = request.user().map(DevUser::getKey).orElse(null);
        Session session = sessions.get(cookie(req));
        if (user == null || session == null || !session.user().equals(user)
                || session.until().isBefore(clock.instant())) {
            throw new WebSudoSessionException("no secure administrator session");
        }
    }

    /**
     * Opens a secure session for the signed-in user when {@code password} is theirs (on the dev host, the user name):
     * sets its cookie and answers true; else false and nothing changes.
     */
    boolean confirm(String password, HttpServletResponse resp) {
        DevUser user = request.user().orElse(null);
        if (user == null || password == null || !password.equals(user.getKey())) {
            return false;
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(token, new Session(user.getKey(), clock.instant().plus(Duration.ofMinutes(MINUTES))));
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        resp.addCookie(cookie);
        return true;
    }

    private static String cookie(HttpServletRequest req) {
        if (req.getCookies() != null) {
            for (Cookie cookie : req.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return "";
    }

    private record Session(String user, Instant until) {
    }
}
