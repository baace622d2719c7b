package dev.cascade.okr.devhost.web;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.plugin.web.ContextProvider;
import dev.cascade.okr.devhost.DevEventPublisher;
import dev.cascade.okr.devhost.DevRequestContext;
import dev.cascade.okr.devhost.DevUser;
import dev.cascade.okr.devhost.DevUsers;
import dev.cascade.okr.devhost.PluginDescriptor;
import dev.cascade.okr.devhost.jira.DevIssue;
import dev.cascade.okr.devhost.jira.DevProject;
import dev.cascade.okr.devhost.jira.DevStatus;
import dev.cascade.okr.devhost.jira.SampleJira;
import dev.cascade.okr.devhost.render.DevVelocityRenderer;
import dev.cascade.okr.devhost.render.HtmlEscaper;
import dev.cascade.okr.devhost.sal.DevI18nResolver;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The dev host's stand-in pages: home, a Jira-like project page that renders the web panels the plugin declares for
 * the project sidebar, a Jira-like issue page with buttons that move the issue between statuses, the user switch and
 * {@code /status}. Every page says it is the dev host, not Jira.
 */
public final class DevPagesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long GENERIC_EVENT = 13L;
    private static final String PROJECT_SIDEBAR = "jira.project.sidebar.plugins.navigation";
    private static final List<String> ISSUE_VIEW = List.of("atl.jira.view.issue.left.context",
            "atl.jira.view.issue.right.context");
    private static final Pattern PROJECT = Pattern.compile("/projects/([A-Z][A-Z0-9_]*)/?");
    private static final Pattern ISSUE = Pattern.compile("/browse/([A-Z][A-Z0-9_]*-\\d+)/?");
    private static final Pattern MOVE = Pattern.compile("/devhost/issues/([A-Z][A-Z0-9_]*-\\d+)/status");

    private final transient PluginDescriptor descriptor;
    private final transient Map<String, ContextProvider> providers;
    private final transient DevVelocityRenderer renderer;
    private final transient DevI18nResolver pluginI18n;
    private final transient DevI18nResolver pageI18n;
    private final transient DevUsers users;
    private final transient DevRequestContext request;
    private final transient SampleJira jira;
    private final transient DevEventPublisher events;
    private final transient Clock clock;

    /** Creates the servlet; {@code providers} are the web panels' context providers by panel key. */
    public DevPagesServlet(PluginDescriptor descriptor, Map<String, ContextProvider> providers,
            DevVelocityRenderer renderer, DevI18nResolver pluginI18n, DevI18nResolver pageI18n, DevUsers users,
            DevRequestContext request, SampleJira jira, DevEventPublisher events, Clock clock) {
        this.descriptor = descriptor;
        this.providers = providers;
        this.renderer = renderer;
        this.pluginI18n = pluginI18n;
        this.pageI18n = pageI18n;
        this.users = users;
        this.request = request;
        this.jira = jira;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        Matcher matcher;
        if (path.equals("/status")) {
            resp.setContentType("text/plain;charset=UTF-8");
            resp.getWriter().write("ready\n");
        } else if (path.equals("/") || path.isEmpty()) {
            page(resp, text("devhost.home.title"), home());
        } else if ((matcher = PROJECT.matcher(path)).matches()) {
            Optional<DevProject> project = visibleProject(matcher.group(1));
            if (project.isEmpty()) {
                notFound(resp);
                return;
            }
            page(resp, project.get().getName(), projectPage(project.get(), req.getParameter("selectedItem")));
        } else if ((matcher = ISSUE.matcher(path)).matches()) {
            Optional<DevIssue> issue = visibleIssue(matcher.group(1));
            if (issue.isEmpty()) {
                notFound(resp);
                return;
            }
            page(resp, issue.get().getKey(), issuePage(issue.get()));
        } else if (path.equals("/devhost/login")) {
            login(req, resp);
        } else if (path.equals("/devhost/devhost.css")) {
            css(resp);
        } else {
            notFound(resp);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        Matcher matcher = MOVE.matcher(path);
        if (!matcher.matches()) {
            notFound(resp);
            return;
        }
        Optional<DevIssue> issue = visibleIssue(matcher.group(1));
        Optional<DevStatus> status = SampleJira.status(Optional.ofNullable(req.getParameter("status")).orElse(""));
        if (issue.isEmpty() || request.user().isEmpty()) {
            resp.sendError(request.user().isEmpty() ? 401 : 404);
            return;
        }
        if (status.isEmpty()) {
            resp.sendError(400, "status must be To Do, In Progress or Done");
            return;
        }
        DevIssue moved = jira.setStatus(issue.get().getKey(), status.get(), clock.instant());
        // Jira publishes an event for every transition; a generic one is what a transition to Done often is.
        events.publish(new IssueEvent(moved, Map.of(), request.user().get(), GENERIC_EVENT));
        if ("application/json".equals(req.getHeader("Accept"))) {
            resp.setContentType("application/json;charset=UTF-8");
            resp.getWriter().write("{\"key\":\"" + moved.getKey() + "\",\"status\":\""
                    + moved.getStatus().getName() + "\"}");
        } else {
            resp.setStatus(303);
            resp.setHeader("Location", req.getContextPath() + "/browse/" + moved.getKey());
        }
    }

    private String home() {
        StringBuilder html = new StringBuilder("<h1>").append(text("devhost.home.title")).append("</h1><ul>");
        for (DevProject project : jira.projects()) {
            if (visibleProject(project.getKey()).isPresent()) {
                html.append("<li><a href=\"/projects/").append(project.getKey()).append("\">")
                        .append(HtmlEscaper.escape(project.getName())).append(" (").append(project.getKey())
                        .append(")</a></li>");
            }
        }
        html.append("</ul>");
        if (request.user().isEmpty()) {
            html.append("<p>").append(text("devhost.home.sign-in")).append("</p>");
        }
        return html.toString();
    }

    private String projectPage(DevProject project, String selectedItem) {
        List<PluginDescriptor.WebItem> items = descriptor.webItems().stream()
                .filter(i -> i.section().equals(PROJECT_SIDEBAR))
                .sorted(Comparator.comparingInt(PluginDescriptor.WebItem::weight)).toList();
        String selected = selectedItem != null ? selectedItem
                : items.isEmpty() ? "" : descriptor.pluginKey() + ":" + items.get(0).key();
        StringBuilder html = new StringBuilder("<div class=\"devhost-project\"><nav class=\"devhost-sidebar\"><h2>")
                .append(HtmlEscaper.escape(project.getName())).append("</h2><ul>");
        for (PluginDescriptor.WebItem item : items) {
            String link = item.link().replace("$pathEncodedProjectKey", project.getKey());
            html.append("<li><a href=\"").append(HtmlEscaper.escape(link)).append("\">")
                    .append(HtmlEscaper.escape(pluginI18n.getText(item.labelKey()))).append("</a></li>");
        }
        html.append("<li><a href=\"/projects/").append(project.getKey()).append("?selectedItem=issues\">")
                .append(text("devhost.project.issues")).append("</a></li></ul></nav><main class=\"devhost-main\">");
        if ("issues".equals(selected)) {
            html.append(issueList(project));
        } else {
            for (PluginDescriptor.WebPanel panel : descriptor.webPanels()) {
                if (panel.location().equals(selected)) {
                    html.append("<div class=\"devhost-panel\" id=\"").append(HtmlEscaper.escape(panel.key())).append("\">")
                            .append(renderPanel(panel, Map.of("project", project))).append("</div>");
                }
            }
        }
        return html.append("</main></div>").toString();
    }

    private String issueList(DevProject project) {
        StringBuilder html = new StringBuilder("<table class=\"devhost-issues\"><thead><tr><th>")
                .append(text("devhost.issue.key")).append("</th><th>").append(text("devhost.issue.summary"))
                .append("</th><th>").append(text("devhost.issue.epic")).append("</th><th>")
                .append(text("devhost.issue.status")).append("</th></tr></thead><tbody>");
        for (DevIssue issue : jira.issuesOf(project)) {
            html.append("<tr><td><a href=\"/browse/").append(issue.getKey()).append("\">").append(issue.getKey())
                    .append("</a></td><td>").append(HtmlEscaper.escape(issue.getSummary())).append("</td><td>")
                    .append(issue.epic() == null ? text("devhost.issue.is-epic") : issue.epic().getKey())
                    .append("</td><td class=\"devhost-status\">").append(HtmlEscaper.escape(issue.getStatus().getName()))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private String issuePage(DevIssue issue) {
        StringBuilder html = new StringBuilder("<p><a href=\"/projects/")
                .append(issue.getProjectObject().getKey()).append("\">")
                .append(HtmlEscaper.escape(issue.getProjectObject().getName())).append("</a></p><h1>")
                .append(issue.getKey()).append(": ").append(HtmlEscaper.escape(issue.getSummary())).append("</h1><dl>")
                .append("<dt>").append(text("devhost.issue.status")).append("</dt><dd id=\"devhost-issue-status\">")
                .append(HtmlEscaper.escape(issue.getStatus().getName())).append("</dd><dt>")
                .append(text("devhost.issue.epic")).append("</dt><dd>")
                .append(issue.epic() == null ? text("devhost.issue.is-epic")
                        : "<a href=\"/browse/" + issue.epic().getKey() + "\">" + issue.epic().getKey() + "</a>")
                .append("</dd></dl>");
        if (!issue.isEpic() && request.user().isPresent()) {
            html.append("<form method=\"post\" action=\"/devhost/issues/").append(issue.getKey())
                    .append("/status\" class=\"devhost-transitions\">");
            for (DevStatus status : List.of(SampleJira.TO_DO, SampleJira.IN_PROGRESS, SampleJira.DONE)) {
                html.append("<button type=\"submit\" name=\"status\" value=\"").append(status.getName())
                        .append("\" id=\"devhost-move-").append(status.getId()).append("\"")
                        .append(status == issue.getStatus() ? " disabled" : "").append(">")
                        .append(HtmlEscaper.escape(status.getName())).append("</button> ");
            }
            html.append("</form>");
        }
        for (PluginDescriptor.WebPanel panel : descriptor.webPanels()) {
            if (ISSUE_VIEW.contains(panel.location())) {
                html.append("<aside class=\"devhost-panel\" id=\"").append(HtmlEscaper.escape(panel.key()))
                        .append("\">").append(renderPanel(panel,
                                Map.of("issue", issue, "project", issue.getProjectObject()))).append("</aside>");
            }
        }
        return html.toString();
    }

    private String renderPanel(PluginDescriptor.WebPanel panel, Map<String, Object> hostContext) {
        Map<String, Object> context = new HashMap<>(hostContext);
        context.put("user", request.user().orElse(null));
        Map<String, Object> model = new HashMap<>(providers.get(panel.key()).getContextMap(context));
        model.put("i18n", pluginI18n);
        return renderer.render(panel.template(), model);
    }

    private void login(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = req.getParameter("user");
        Cookie cookie = new Cookie(DevAuthFilter.USER_COOKIE, users.user(user).isPresent() ? user : "");
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(users.user(user).isPresent() ? 60 * 60 * 24 * 30 : 0);
        resp.addCookie(cookie);
        String back = req.getParameter("back");
        resp.setStatus(303);
        resp.setHeader("Location", back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/");
    }

    private void css(HttpServletResponse resp) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/devhost/devhost.css")) {
            resp.setContentType("text/css;charset=UTF-8");
            if (in != null) {
                in.transferTo(resp.getOutputStream());
            }
        }
    }

    private void page(HttpServletResponse resp, String title, String body) throws IOException {
        Locale locale = request.locale();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(locale.toLanguageTag()).append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(HtmlEscaper.escape(title)).append(" - ").append(text("devhost.name"))
                .append("</title><link rel=\"stylesheet\" href=\"/devhost/devhost.css\"></head><body>")
                .append("<header class=\"devhost-banner\"><strong>").append(text("devhost.name"))
                .append("</strong> <span>").append(text("devhost.banner")).append("</span>")
                .append("<nav class=\"devhost-users\">").append(text("devhost.user.label")).append(' ');
        for (DevUser user : users.all()) {
            boolean current = request.user().map(u -> u.getKey().equals(user.getKey())).orElse(false);
            html.append(current ? "<strong class=\"devhost-current-user\">" : "<a href=\"/devhost/login?user=")
                    .append(current ? "" : URLEncoder.encode(user.getKey(), StandardCharsets.UTF_8) + "\">")
                    .append(HtmlEscaper.escape(user.getDisplayName())).append(current ? "</strong> " : "</a> ");
        }
        html.append("<a href=\"/devhost/login\">").append(text("devhost.user.anonymous")).append("</a></nav>")
                .append("</header><div class=\"devhost-content\">").append(body).append("</div></body></html>");
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getWriter().write(html.toString());
    }

    private void notFound(HttpServletResponse resp) throws IOException {
        resp.setStatus(404);
        page(resp, text("devhost.not-found"), "<h1>" + text("devhost.not-found") + "</h1>");
    }

    private Optional<DevProject> visibleProject(String key) {
        String user = request.user().map(DevUser::getKey).orElse(null);
        return jira.project(key).filter(p -> jira.canBrowse(user, p.getKey()));
    }

    private Optional<DevIssue> visibleIssue(String key) {
        String user = request.user().map(DevUser::getKey).orElse(null);
        return jira.issue(key).filter(i -> jira.canBrowse(user, i.getProjectObject().getKey()));
    }

    private String text(String key) {
        return HtmlEscaper.escape(pageI18n.getText(key));
    }
}
