package dev.cascade.okr.devhost.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /status}: 200 {@code ready} once the dev host's sample data is in place (the plugin started, the sample
 * goals seeded, measured and back-filled), 503 {@code starting} with {@code Retry-After} before, and again while it
 * stops. Scripts, tests and the README wait for the 200.
 */
public final class DevStatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private volatile boolean ready;

    /** The sample data is in place: answer 200 from now on. */
    public void ready() {
        ready = true;
    }

    /** The host is stopping: answer 503 again. */
    public void stopping() {
        ready = false;
    }

    /** Whether {@code /status} answers 200. */
    public boolean isReady() {
        return ready;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain;charset=UTF-8");
        if (ready) {
            resp.getWriter().write("ready\n");
        } else {
            resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            resp.setHeader("Retry-After", "1");
            resp.getWriter().write("starting: the sample data is not in place yet\n");
        }
    }
}
