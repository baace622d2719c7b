package dev.cascade.okr.devhost.web;

import dev.cascade.okr.devhost.DevRequestContext;
import dev.cascade.okr.devhost.DevUser;
import dev.cascade.okr.devhost.DevUsers;
import dev.cascade.okr.devhost.PluginDescriptor;
import dev.cascade.okr.devhost.render.HtmlEscaper;
import dev.cascade.okr.devhost.sal.DevI18nResolver;
import dev.cascade.okr.devhost.sal.DevLoginUriProvider;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * The dev host's stand-ins for Jira's administration around an app: the <b>Administration</b> page
 * ({@value #ADMIN}, linked from the header for administrators) with the sidebar of the apps' sections, the
 * <b>Manage apps</b> page ({@value #UPM}, the Universal Plugin Manager) listing the plugin with its <b>Configure</b>
 * button from {@code configure.url}, the sign-in page SAL's login address leads to, and the websudo confirmation.
 * Each page says what it is not: no app installation, no licences, no real passwords; the dev host's own pages do not
 * ask for websudo (the plugin's pages do, through SAL).
 */
public final class DevAdminPages extends HttpServlet {

    /** The Administration page. */
    public static final String ADMIN = "/secure/admin";
    /** The Manage apps page. */
    public static final String UPM = "/plugins/servlet/upm";
    private static final long serialVersionUID = 1L;

    private final transient PluginDescriptor descriptor;
    private final transient DevRequestContext request;
    private final transient DevUsers users;
    private final transient DevI18nResolver pageI18n;
    private final transient DevWebSudo webSudo;
    private final transient DevDecorator decorator;
    private final transient DevDecorator.Chrome chrome;

    /** Creates the pages. */
    public DevAdminPages(PluginDescriptor descriptor, DevRequestContext request, DevUsers users,
            DevI18nResolver pageI18n, DevWebSudo webSudo, DevDecorator decorator, DevDecorator.Chrome chrome) {
        this.descriptor = descriptor;
        this.request = request;
        this.users = users;
        this.pageI18n = pageI18n;
        this.webSudo = webSudo;
        this.decorator = decorator;
        this.chrome = chrome;
    }

    /** Mounts the pages on the dev host's paths. */
    public static void mount(ServletContextHandler context, DevAdminPages pages) {
        ServletHolder holder = new ServletHolder(pages);
        for (String path : new String[] {ADMIN, UPM, DevLoginUriProvider.SIGN_IN, DevWebSudo.PATH}) {
            context.addServlet(holder, path);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        switch (path) {
            case DevLoginUriProvider.SIGN_IN -> signIn(req, resp);
            case DevWebSudo.PATH -> webSudoPage(req, resp, null);
            case ADMIN, ADMIN + "/" -> {
                if (administrator(req, resp)) {
                    chrome.write(resp, text("devhost.admin.title"), admin("", "<h1>" + text("devhost.admin.title")
                            + "</h1><p>" + text("devhost.admin.intro") + "</p>"));
                }
            }
            case UPM -> {
                if (administrator(req, resp)) {
                    chrome.write(resp, text("devhost.admin.manage-apps"), admin("upm", upm()));
                }
            }
            default -> resp.sendError(404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.equals(DevWebSudo.PATH)) {
            resp.sendError(404);
        } else if (request.user().isEmpty()) {
            resp.sendError(401);
        } else if (webSudo.confirm(req.getParameter("password"), resp)) {
            resp.setStatus(303);
            resp.setHeader("Location", back(req));
        } else {
            resp.setStatus(401);
            webSudoPage(req, resp, text("devhost.websudo.wrong"));
        }
    }

    private String admin(String activeTab, String main) {
        return "<div class=\"devhost-admin\">" + decorator.adminSidebar(activeTab)
                + "<div class=\"devhost-admin-main\">" + main + "</div></div>";
    }

    private String upm() {
        String configure = descriptor.pluginParams().get("configure.url");
        StringBuilder html = new StringBuilder("<h1>").append(text("devhost.admin.manage-apps")).append("</h1><p>")
                .append(text("devhost.upm.intro"))
                .append("</p><table class=\"aui\" id=\"devhost-upm-apps\"><thead><tr>")
                .append("<th>").append(text("devhost.upm.app")).append("</th><th>").append(text("devhost.upm.key"))
                .append("</th><th>").append(text("devhost.upm.actions")).append("</th></tr></thead><tbody><tr><td>")
                .append(HtmlEscaper.escape(descriptor.pluginName())).append("</td><td><code>")
                .append(HtmlEscaper.escape(descriptor.pluginKey())).append("</code></td><td>");
        if (configure != null && configure.startsWith("/") && !configure.startsWith("//")) {
            html.append("<a class=\"aui-button\" id=\"devhost-upm-configure\" href=\"")
                    .append(HtmlEscaper.escape(configure)).append("\">").append(text("devhost.upm.configure"))
                    .append("</a>");
        }
        return html.append("</td></tr></tbody></table>").toString();
    }

    /** Anonymous: to the sign-in page; signed in but not an administrator: 403; else true. */
    private boolean administrator(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<DevUser> user = request.user();
        if (user.isEmpty()) {
            resp.setStatus(302);
            resp.setHeader("Location", new DevLoginUriProvider().getLoginUri(URI.create(
                    req.getRequestURI().substring(req.getContextPath().length()))).toString());
            return false;
        }
        if (!user.get().isAdmin()) {
            resp.setStatus(403);
            chrome.write(resp, text("devhost.admin.title"), "<div class=\"aui-message aui-message-error\"><p>"
                    + text("devhost.admin.forbidden") + "</p></div>");
            return false;
        }
        return true;
    }

    private void signIn(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String back = URLEncoder.encode(back(req), StandardCharsets.UTF_8);
        StringBuilder html = new StringBuilder("<h1>").append(text("devhost.signin.title")).append("</h1><p>")
                .append(text("devhost.signin.intro")).append("</p><ul id=\"devhost-signin-users\">");
        for (DevUser user : users.all()) {
            html.append("<li><a href=\"/devhost/login?user=")
                    .append(URLEncoder.encode(user.getKey(), StandardCharsets.UTF_8)).append("&amp;back=")
                    .append(back).append("\">").append(HtmlEscaper.escape(user.getDisplayName())).append("</a></li>");
        }
        chrome.write(resp, text("devhost.signin.title"), html.append("</ul>").toString());
    }

    private void webSudoPage(HttpServletRequest req, HttpServletResponse resp, String error) throws IOException {
        if (request.user().isEmpty()) {
            resp.setStatus(302);
            resp.setHeader("Location", new DevLoginUriProvider().getLoginUri(URI.create(
                    DevWebSudo.PATH + "?back=" + URLEncoder.encode(back(req), StandardCharsets.UTF_8))).toString());
            return;
        }
        StringBuilder html = new StringBuilder("<h1>").append(text("devhost.websudo.title")).append("</h1><p>")
                .append(text("devhost.websudo.intro")).append("</p>");
        if (error != null) {
            html.append("<div class=\"aui-message aui-message-error\" id=\"devhost-websudo-error\"><p>").append(error)
                    .append("</p></div>");
        }
        html.append("<form class=\"aui\" method=\"post\" action=\"").append(DevWebSudo.PATH).append("?back=")
                .append(HtmlEscaper.escape(URLEncoder.encode(back(req), StandardCharsets.UTF_8)))
                .append("\"><div class=\"field-group\"><label for=\"devhost-websudo-password\">")
                .append(text("devhost.websudo.password")).append("</label><input class=\"text\" type=\"password\" "
                        + "name=\"password\" id=\"devhost-websudo-password\" autocomplete=\"current-password\">")
                .append("</div><div class=\"buttons-container\"><div class=\"buttons\"><button type=\"submit\" "
                        + "class=\"aui-button aui-button-primary\" id=\"devhost-websudo-confirm\">")
                .append(text("devhost.websudo.confirm")).append("</button></div></div></form>");
        chrome.write(resp, text("devhost.websudo.title"), html.toString());
    }

    /** Where to go back to: a path on this host, else the home page. */
    private static String back(HttpServletRequest req) {
        String back = req.getParameter("back");
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\") ? back : "/";
    }

    private String text(String key) {
        return HtmlEscaper.escape(pageI18n.getText(key));
    }
}
