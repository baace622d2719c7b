package dev.cascade.okr.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The app manager's "Configure" in Confluence, {@code /plugins/servlet/cascade/admin} (decision 0016 left it a 404 in
 * Confluence): Cascade's settings live in Jira, so this page says so and links to Jira's administration page through
 * the primary Jira application link — or, without a link, says how to create one. For Confluence administrators
 * only: anonymous readers go to the login page and come back; anyone else gets 403 with a page saying whom to ask.
 * GET only; it changes nothing.
 */
public final class ConfluenceAdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String TEMPLATE = "templates/confluence/admin.vm";
    /** The page's address below the context path, and Jira's administration page below Jira's. */
    private static final String PATH = "/plugins/servlet/cascade/admin";
    /** Confluence's page listing its application links. */
    private static final String APPLICATION_LINKS = "/plugins/servlet/applinks/listApplicationLinks";

    private final transient JiraClient jira;
    private final transient UserManager users;
    private final transient LoginUriProvider login;
    private final transient TemplateRenderer renderer;
    private final transient I18nResolver i18n;

    /** Created by Confluence for the servlet module. */
    public ConfluenceAdminServlet(JiraClient jira, @ComponentImport UserManager users,
            @ComponentImport LoginUriProvider login, @ComponentImport TemplateRenderer renderer,
            @ComponentImport I18nResolver i18n) {
        this.jira = jira;
        this.users = users;
        this.login = login;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    /**
     * What the page shows.
     *
     * @param title the page's title
     * @param decorator the host's decorator ({@code atl.admin} for administrators, {@code atl.general} otherwise)
     * @param messageType the AUI message type
     * @param lines the message's paragraphs
     * @param href the link to follow, or empty
     * @param linkText the link's text
     */
    public record Page(String title, String decorator, String messageType, List<String> lines, String href,
            String linkText) {

        /** Copies the lines. */
        public Page {
            lines = List.copyOf(lines);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        UserKey user = users.getRemoteUserKey();
        if (user == null) {
            String here = req.getRequestURI().substring(req.getContextPath().length());
            resp.sendRedirect(login.getLoginUri(URI.create(here)).toString());
            return;
        }
        String title = i18n.getText("cascade.confluence.admin.title");
        Page page;
        if (!users.isAdmin(user)) {
            resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            page = new Page(title, "atl.general", "warning",
                    List.of(i18n.getText("cascade.confluence.admin.forbidden")), "", "");
        } else {
            URI address = jira.jiraAddress();
            if (address == null) {
                page = new Page(title, "atl.admin", "warning", List.of(i18n.getText("cascade.confluence.admin.in-jira"),
                        i18n.getText("cascade.confluence.admin.no-link")), req.getContextPath() + APPLICATION_LINKS,
                        i18n.getText("cascade.confluence.admin.no-link.action"));
            } else {
                String base = address.toString().endsWith("/") ? address.toString().substring(0,
                        address.toString().length() - 1) : address.toString();
                page = new Page(title, "atl.admin", "info", List.of(i18n.getText("cascade.confluence.admin.in-jira")),
                        base + PATH, i18n.getText("cascade.confluence.admin.open"));
            }
        }
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-store");
        renderer.render(TEMPLATE, Map.of("page", page), resp.getWriter());
    }
}
