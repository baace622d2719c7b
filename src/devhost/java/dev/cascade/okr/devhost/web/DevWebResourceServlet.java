package dev.cascade.okr.devhost.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the files the pages' head names: the plugin's web-resource files under {@value DevWebResources#PATH}
 * ({@code <plugin key>:<web-resource key>/<name>}, from the plugin's class path, as Jira serves an unbatched
 * resource) and the cached AUI under {@value DevAui#PATH}. Anything else is 404.
 */
public final class DevWebResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml",
            "woff", "font/woff", "ttf", "font/ttf", "eot", "application/vnd.ms-fontobject", "png", "image/png",
            "map", "application/json;charset=UTF-8");

    private final transient DevWebResources resources;
    private final transient ClassLoader plugin;

    /** Serves {@code resources}' files, reading the plugin's from {@code plugin}. */
    public DevWebResourceServlet(DevWebResources resources, ClassLoader plugin) {
        this.resources = resources;
        this.plugin = plugin;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.contains("..")) {
            resp.sendError(404);
        } else if (path.startsWith(DevWebResources.PATH)) {
            Optional<String> location = resources.location(path.substring(DevWebResources.PATH.length()));
            try (InputStream in = location.map(plugin::getResourceAsStream).orElse(null)) {
                if (in == null) {
                    resp.sendError(404);
                    return;
                }
                headers(resp, path, "no-cache");
                in.transferTo(resp.getOutputStream());
            }
        } else if (path.startsWith(DevAui.PATH)) {
            Optional<Path> file = resources.aui().file(path.substring(DevAui.PATH.length()));
            if (file.isEmpty()) {
                resp.sendError(404);
                return;
            }
            headers(resp, path, "public, max-age=31536000, immutable");
            Files.copy(file.get(), resp.getOutputStream());
        } else {
            resp.sendError(404);
        }
    }

    private static void headers(HttpServletResponse resp, String path, String cache) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        resp.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", cache);
    }
}
