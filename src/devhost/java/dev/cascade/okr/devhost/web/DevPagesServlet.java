package dev.cascade.okr.devhost.web;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.plugin.web.ContextProvider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cascade.okr.devhost.DevEventPublisher;
import dev.cascade.okr.devhost.DevRequestContext;
import dev.cascade.okr.devhost.DevUser;
import dev.cascade.okr.devhost.DevUsers;
import dev.cascade.okr.devhost.PluginDescriptor;
import dev.cascade.okr.devhost.jira.DevIssue;
import dev.cascade.okr.devhost.jira.DevProject;
import dev.cascade.okr.devhost.jira.DevStatus;
import dev.cascade.okr.devhost.jira.IssueChange;
import dev.cascade.okr.devhost.jira.SampleJira;
import dev.cascade.okr.devhost.render.DevVelocityRenderer;
import dev.cascade.okr.devhost.render.HtmlEscaper;
import dev.cascade.okr.devhost.sal.DevI18nResolver;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dev host's stand-in pages: home, a Jira-like project page that renders the web panels the plugin declares for
 * the project sidebar, a Jira-like issue page with buttons that move the issue between statuses and a field for its
 * story points, the user switch; and for end-to-end tests and benchmarks the dev-only JSON
 * endpoints {@code POST /dev/issues/{key}} and {@code POST /dev/issues/bulk}. Every change publishes an
 * {@link IssueEvent}, so the plugin's listener runs as in Jira. Every page says it is the dev host, not Jira.
 */
public final class DevPagesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long GENERIC_EVENT = 13L;
    private static final String PROJECT_SIDEBAR = "jira.project.sidebar.plugins.navigation";
    private static final String ISSUE_LEFT = "atl.jira.view.issue.left.context";
    private static final String ISSUE_RIGHT = "atl.jira.view.issue.right.context";
    private static final Pattern PROJECT = Pattern.compile("/projects/([A-Z][A-Z0-9_]*)/?");
    private static final Pattern ISSUE = Pattern.compile("/browse/([A-Z][A-Z0-9_]*-\\d+)/?");
    private static final Pattern MOVE = Pattern.compile("/devhost/issues/([A-Z][A-Z0-9_]*-\\d+)/status");
    private static final Pattern POINTS = Pattern.compile("/devhost/issues/([A-Z][A-Z0-9_]*-\\d+)/points");
    private static final Pattern DEV_ISSUE = Pattern.compile("/dev/issues/([A-Z][A-Z0-9_]*-\\d+)");
    private static final long UPDATED_EVENT = 2L;
    private static final int MAX_BULK = 10_000;

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
    private final transient ObjectMapper json = new ObjectMapper();
    private final transient DevWebResources webResources;
    private transient DevDashboard dashboard;

    /** Creates the servlet; {@code providers} are the web panels' context providers by panel key. */
    public DevPagesServlet(PluginDescriptor descriptor, Map<String, ContextProvider> providers,
            DevVelocityRenderer renderer, DevI18nResolver pluginI18n, DevI18nResolver pageI18n, DevUsers users,
            DevRequestContext request, SampleJira jira, DevEventPublisher events, Clock clock,
            DevWebResources webResources) {
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
        this.webResources = webResources;
    }

    /** Serves the dashboard stand-in (issue 14) too. */
    public DevPagesServlet withDashboard(DevDashboard board) {
        this.dashboard = board;
        return this;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        Matcher matcher;
        webResources.clear();
        if (path.equals("/") || path.isEmpty()) {
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
            page(resp, issue.get().getKey(), issuePage(issue.get(), null));
        } else if (dashboard != null && path.equals(DevDashboard.PAGE)) {
            page(resp, dashboard.title(), dashboard.page(req), dashboard.head());
        } else if (dashboard != null && (path.equals(DevDashboard.SCRIPT) || path.equals(DevDashboard.STYLE))) {
            dashboard.file(path, resp);
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
        Matcher matcher;
        if (path.equals("/dev/issues/bulk")) {
            devBulk(req, resp);
        } else if ((matcher = DEV_ISSUE.matcher(path)).matches()) {
            devChange(matcher.group(1), req, resp);
        } else if ((matcher = POINTS.matcher(path)).matches()) {
            formPoints(matcher.group(1), req, resp);
        } else if ((matcher = MOVE.matcher(path)).matches()) {
            formMove(matcher.group(1), req, resp);
        } else if (dashboard != null && path.startsWith(DevDashboard.POSTS)) {
            dashboard.post(path, req, resp);
        } else {
            notFound(resp);
        }
    }

    private void formMove(String key, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<DevIssue> issue = visibleIssue(key);
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
        formAnswer(moved, req, resp);
    }

    private void formPoints(String key, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<DevIssue> issue = visibleIssue(key);
        if (issue.isEmpty() || request.user().isEmpty()) {
            resp.sendError(request.user().isEmpty() ? 401 : 404);
            return;
        }
        IssueChangeReader.Read read = IssueChangeReader.storyPointsText(issue.get().getKey(),
                req.getParameter("storyPoints"), "storyPoints");
        if (read.refusal() != null) {
            resp.setStatus(400);
            page(resp, issue.get().getKey(), issuePage(issue.get(), text(read.refusal().messageKey())));
            return;
        }
        DevIssue edited = jira.apply(List.of(read.change()), clock.instant()).get(0);
        events.publish(new IssueEvent(edited, Map.of(), request.user().get(), UPDATED_EVENT));
        formAnswer(edited, req, resp);
    }

    private void formAnswer(DevIssue issue, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if ("application/json".equals(req.getHeader("Accept"))) {
            writeJson(resp, 200, issueJson(issue));
        } else {
            resp.setStatus(303);
            resp.setHeader("Location", req.getContextPath() + "/browse/" + issue.getKey());
        }
    }

    /** {@code POST /dev/issues/{key}} with {@code {"status":"Done"}} and/or {@code {"storyPoints":5}}. */
    private void devChange(String key, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<JsonNode> body = readJson(req, resp);
        if (body.isEmpty()) {
            return;
        }
        IssueChangeReader.Read read = IssueChangeReader.json(body.get(), key, "");
        if (read.refusal() != null) {
            refuse(resp, read.refusal());
        } else if (mayChange(List.of(read.change()), resp)) {
            applyAndPublish(List.of(read.change()));
            writeJson(resp, 200, issueJson(jira.issue(key).orElseThrow()));
        }
    }

    /**
     * {@code POST /dev/issues/bulk} with a list of changes, each naming its {@code "key"}: all are checked first, then
     * applied together, then one event is published per issue changed (as a bulk edit in Jira does).
     */
    private void devBulk(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<JsonNode> body = readJson(req, resp);
        if (body.isEmpty()) {
            return;
        }
        if (!body.get().isArray() || body.get().size() == 0 || body.get().size() > MAX_BULK) {
            refuse(resp, new IssueChangeReader.Refusal("body", "devhost.issue.bulk.invalid"));
            return;
        }
        List<IssueChange> changes = new ArrayList<>();
        for (int i = 0; i < body.get().size(); i++) {
            IssueChangeReader.Read read = IssueChangeReader.json(body.get().get(i), null, "[" + i + "].");
            if (read.refusal() != null) {
                refuse(resp, read.refusal());
                return;
            }
            changes.add(read.change());
        }
        if (mayChange(changes, resp)) {
            int published = applyAndPublish(changes);
            writeJson(resp, 200, "{\"changed\":" + published + "}");
        }
    }

    private int applyAndPublish(List<IssueChange> changes) {
        Set<String> moved = new HashSet<>();
        changes.stream().filter(c -> c.status() != null).forEach(c -> moved.add(c.key()));
        List<DevIssue> changed = jira.apply(changes, clock.instant());
        for (DevIssue issue : changed) {
            events.publish(new IssueEvent(issue, Map.of(), request.user().orElseThrow(),
                    moved.contains(issue.getKey()) ? GENERIC_EVENT : UPDATED_EVENT));
        }
        return changed.size();
    }

    /** Only a signed-in user who may browse every issue's project changes issues: 401, 404 or 403 otherwise. */
    private boolean mayChange(List<IssueChange> changes, HttpServletResponse resp) throws IOException {
        if (request.user().isEmpty()) {
            writeJson(resp, 401, messageJson(null, pageI18n.getText("devhost.issue.change.sign-in")));
            return false;
        }
        for (IssueChange change : changes) {
            if (jira.issue(change.key()).isEmpty()) {
                writeJson(resp, 404, messageJson("key", pageI18n.getText("devhost.not-found") + ": " + change.key()));
                return false;
            }
            if (visibleIssue(change.key()).isEmpty()) {
                writeJson(resp, 403, messageJson("key", pageI18n.getText("devhost.issue.change.forbidden") + ": "
                        + change.key()));
                return false;
            }
        }
        return true;
    }

    private Optional<JsonNode> readJson(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            JsonNode node = json.readTree(req.getInputStream());
            if (node != null && !node.isMissingNode()) {
                return Optional.of(node);
            }
        } catch (JsonProcessingException e) {
            // answered below: the body is not JSON
        }
        refuse(resp, new IssueChangeReader.Refusal("body", "devhost.issue.change.invalid"));
        return Optional.empty();
    }

    private void refuse(HttpServletResponse resp, IssueChangeReader.Refusal refusal) throws IOException {
        writeJson(resp, 400, messageJson(refusal.field(), pageI18n.getText(refusal.messageKey())));
    }

    private String messageJson(String field, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        return json.writeValueAsString(body);
    }

    private String issueJson(DevIssue issue) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", issue.getKey());
        body.put("status", issue.getStatus().getName());
        body.put("storyPoints", issue.storyPoints());
        return json.writeValueAsString(body);
    }

    private static void writeJson(HttpServletResponse resp, int status, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.getWriter().write(body);
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
                    html.append("<div class=\"devhost-panel\" id=\"").append(HtmlEscaper.escape(panel.key()))
                            .append("\">")
                            .append(renderPanel(panel, Map.of("project", project))).append("</div>");
                }
            }
        }
        return html.append("</main></div>").toString();
    }

    private String issueList(DevProject project) {
        StringBuilder html = new StringBuilder("<table class=\"devhost-issues\"><thead><tr><th>")
                .append(text("devhost.issue.key")).append("</th><th>").append(text("devhost.issue.type"))
                .append("</th><th>").append(text("devhost.issue.summary")).append("</th><th>")
                .append(text("devhost.issue.epic")).append("</th><th>").append(text("devhost.issue.status"))
                .append("</th><th>").append(text("devhost.issue.story-points")).append("</th></tr></thead><tbody>");
        for (DevIssue issue : jira.issuesOf(project)) {
            html.append("<tr><td><a href=\"/browse/").append(issue.getKey()).append("\">").append(issue.getKey())
                    .append("</a></td><td>").append(HtmlEscaper.escape(issue.issueType())).append("</td><td>")
                    .append(HtmlEscaper.escape(issue.getSummary())).append("</td><td>")
                    .append(issue.isEpic() ? text("devhost.issue.is-epic") : issue.epic() != null
                            ? issue.epic().getKey() : issue.parent() != null ? issue.parent().getKey() : "")
                    .append("</td><td class=\"devhost-status\">")
                    .append(HtmlEscaper.escape(issue.getStatus().getName()))
                    .append("</td><td>").append(points(issue)).append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    /** The issue page; {@code errorHtml} (already escaped) is shown above the story points form. */
    private String issuePage(DevIssue issue, String errorHtml) {
        StringBuilder html = new StringBuilder("<div class=\"devhost-issue\"><div class=\"devhost-issue-main\">")
                .append("<p><a href=\"/projects/").append(issue.getProjectObject().getKey()).append("\">")
                .append(HtmlEscaper.escape(issue.getProjectObject().getName())).append("</a></p><h1>")
                .append(issue.getKey()).append(": ").append(HtmlEscaper.escape(issue.getSummary())).append("</h1><dl>")
                .append("<dt>").append(text("devhost.issue.type")).append("</dt><dd id=\"devhost-issue-type\">")
                .append(HtmlEscaper.escape(issue.issueType())).append("</dd>")
                .append("<dt>").append(text("devhost.issue.status")).append("</dt><dd id=\"devhost-issue-status\">")
                .append(HtmlEscaper.escape(issue.getStatus().getName())).append("</dd>");
        if (issue.parent() != null) {
            html.append("<dt>").append(text("devhost.issue.parent")).append("</dt><dd>").append(link(issue.parent()))
                    .append("</dd>");
        } else {
            html.append("<dt>").append(text("devhost.issue.epic")).append("</dt><dd>")
                    .append(issue.isEpic() ? text("devhost.issue.is-epic")
                            : issue.epic() == null ? text("devhost.issue.none") : link(issue.epic()))
                    .append("</dd>");
        }
        html.append("<dt>").append(text("devhost.issue.story-points")).append("</dt><dd id=\"devhost-story-points\">")
                .append(issue.storyPoints() == null ? text("devhost.issue.none") : points(issue)).append("</dd><dt>")
                .append(text("devhost.issue.assignee")).append("</dt><dd>")
                .append(issue.assignee() == null ? text("devhost.issue.unassigned")
                        : HtmlEscaper.escape(users.user(issue.assignee()).map(DevUser::getDisplayName)
                                .orElse(issue.assignee())))
                .append("</dd><dt>").append(text("devhost.issue.labels")).append("</dt><dd>")
                .append(issue.labels().isEmpty() ? text("devhost.issue.none")
                        : HtmlEscaper.escape(String.join(", ", new TreeSet<>(issue.labels()))))
                .append("</dd>");
        if (issue.getResolutionDate() != null) {
            html.append("<dt>").append(text("devhost.issue.resolved")).append("</dt><dd>")
                    .append(HtmlEscaper.escape(issue.getResolutionDate().toInstant().toString().substring(0, 10)))
                    .append("</dd>");
        }
        html.append("</dl>");
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
        if (request.user().isPresent()) {
            html.append("<form method=\"post\" action=\"/devhost/issues/").append(issue.getKey())
                    .append("/points\" class=\"devhost-points\">");
            if (errorHtml != null) {
                html.append("<p class=\"devhost-error\" id=\"devhost-story-points-error\">").append(errorHtml)
                        .append("</p>");
            }
            html.append("<label for=\"devhost-story-points-input\">").append(text("devhost.issue.story-points"))
                    .append("</label> <input type=\"text\" inputmode=\"decimal\" name=\"storyPoints\" "
                            + "id=\"devhost-story-points-input\" value=\"")
                    .append(issue.storyPoints() == null ? "" : points(issue)).append("\"> <button type=\"submit\" "
                            + "id=\"devhost-story-points-save\">")
                    .append(text("devhost.issue.story-points.save")).append("</button></form>");
        }
        for (PluginDescriptor.WebPanel panel : issuePanels(ISSUE_LEFT)) {
            html.append("<aside class=\"devhost-panel\" id=\"").append(HtmlEscaper.escape(panel.key()))
                    .append("\">").append(renderPanel(panel, issueContext(issue))).append("</aside>");
        }
        html.append("</div><div class=\"devhost-issue-sidebar\" id=\"viewissuesidebar\">");
        for (PluginDescriptor.WebPanel panel : issuePanels(ISSUE_RIGHT)) {
            html.append(issueModule(panel, renderPanel(panel, issueContext(issue))));
        }
        return html.append("</div></div>").toString();
    }

    /** The plugin's web panels at one location of the issue view, lightest first, as Jira orders them. */
    private List<PluginDescriptor.WebPanel> issuePanels(String location) {
        return descriptor.webPanels().stream().filter(p -> p.location().equals(location))
                .sorted(Comparator.comparingInt(PluginDescriptor.WebPanel::weight)).toList();
    }

    /**
     * What Jira's view issue page gives a web panel's context provider ({@code IssueWebPanelRenderUtil}): the issue,
     * its project and the signed-in user (added by {@link #renderPanel}); Jira's {@code action}, {@code helper} and
     * {@code isAsynchronousRequest} are not stood in for, as the plugin reads none of them.
     */
    private static Map<String, Object> issueContext(DevIssue issue) {
        return Map.of("issue", issue, "project", issue.getProjectObject());
    }

    /** A right-column panel in Jira's module markup: its label as the module's heading, then its content. */
    private String issueModule(PluginDescriptor.WebPanel panel, String content) {
        return "<div class=\"module toggle-wrap devhost-panel\" id=\"" + HtmlEscaper.escape(panel.key())
                + "\"><div class=\"mod-header\"><h2 class=\"toggle-title\">"
                + (panel.labelKey().isEmpty() ? "" : HtmlEscaper.escape(pluginI18n.getText(panel.labelKey())))
                + "</h2></div><div class=\"mod-content\">" + content + "</div></div>";
    }

    private static String link(DevIssue issue) {
        return "<a href=\"/browse/" + issue.getKey() + "\">" + issue.getKey() + "</a>";
    }

    /** Story points as a person writes them: {@code 5}, {@code 0.5}; empty when not estimated. */
    private static String points(DevIssue issue) {
        Double points = issue.storyPoints();
        if (points == null) {
            return "";
        }
        return points == Math.rint(points) ? Long.toString(points.longValue())
                : BigDecimal.valueOf(points).stripTrailingZeros().toPlainString();
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
        page(resp, title, body, "");
    }

    /** A page whose head has {@code head} (already HTML) before the web-resources. */
    private void page(HttpServletResponse resp, String title, String body, String head) throws IOException {
        Locale locale = request.locale();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(locale.toLanguageTag()).append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(HtmlEscaper.escape(title)).append(" - ").append(text("devhost.name"))
                .append("</title>").append(head).append(webResources.headTags())
                // No favicon: the browser would otherwise ask for /favicon.ico and log its 404 as a console error.
                .append("<link rel=\"icon\" href=\"data:,\">")
                .append("<link rel=\"stylesheet\" href=\"/devhost/devhost.css\"></head>")
                .append("<body class=\"aui-layout aui-theme-default\">")
                .append("<header class=\"devhost-banner\"><strong>").append(text("devhost.name"))
                .append("</strong> <span>").append(text("devhost.banner")).append("</span>")
                .append(dashboard == null ? "" : "<div class=\"devhost-header-links\"><a href=\"" + DevDashboard.PAGE
                        + "\" id=\"devhost-dashboards\">" + text("devhost.header.dashboards") + "</a></div>")
                .append("<nav class=\"devhost-users\">").append(text("devhost.user.label")).append(' ');
        for (DevUser user : users.all()) {
            boolean current = request.user().map(u -> u.getKey().equals(user.getKey())).orElse(false);
            html.append(current ? "<strong class=\"devhost-current-user\">" : "<a href=\"/devhost/login?user=")
                    .append(current ? "" : URLEncoder.encode(user.getKey(), StandardCharsets.UTF_8) + "\">")
                    .append(HtmlEscaper.escape(user.getDisplayName())).append(current ? "</strong> " : "</a> ");
        }
        html.append("<a href=\"/devhost/login\">").append(text("devhost.user.anonymous")).append("</a></nav>");
        if (request.user().map(DevUser::isAdmin).orElse(false)) {
            html.append("<div class=\"devhost-header-links\"><a class=\"devhost-admin-link\" ")
                    .append("id=\"devhost-administration\" href=\"").append(DevAdminPages.ADMIN).append("\">")
                    .append(text("devhost.admin.title")).append("</a></div>");
        }
        html
                .append("</header>").append(auiMissing()).append("<div class=\"devhost-content\">").append(body)
                .append("</div></body></html>");
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getWriter().write(html.toString());
    }

    /** Writes a page in the dev host's chrome: for the decorator and administration stand-ins (issue 14). */
    public void chrome(HttpServletResponse resp, String title, String body) throws IOException {
        page(resp, title, body);
    }

    /** When AUI could not be loaded, says so on the page (the log says it too, at start). */
    private String auiMissing() {
        if (webResources.aui().available()) {
            return "";
        }
        return "<div class=\"devhost-aui-missing\" role=\"alert\">" + text("devhost.aui.missing") + " "
                + HtmlEscaper.escape(webResources.aui().problem()) + "</div>";
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
