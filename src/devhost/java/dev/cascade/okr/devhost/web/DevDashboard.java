package dev.cascade.okr.devhost.web;

import com.atlassian.plugin.web.ContextProvider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cascade.okr.devhost.DevRequestContext;
import dev.cascade.okr.devhost.DevUser;
import dev.cascade.okr.devhost.DevUsers;
import dev.cascade.okr.devhost.PluginDescriptor;
import dev.cascade.okr.devhost.render.DevVelocityRenderer;
import dev.cascade.okr.devhost.render.HtmlEscaper;
import dev.cascade.okr.devhost.sal.DevI18nResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dev host's stand-in for Jira's dashboard (issue 14): one dashboard per user, kept in the dev host's data folder
 * ({@code dashboards/<user>.json}); an "Add gadget" directory built from the plugin's {@code <dashboard-item>}s (title,
 * description, thumbnail, in the reader's language) whose condition holds; each item rendered with its server
 * {@code view} (through its context provider, with the context Jira gives: {@code dashboard}, {@code dashboardItem},
 * {@code view}) and its web-resource loaded (the {@code atl.dashboard} context), then its AMD module started by the
 * dev host's {@code define}/{@code require} shim ({@code /devhost/dashboard.js}: modules without AMD dependencies only,
 * anything else fails loudly) with an API of exactly {@code savePreferences}, {@code resize}, {@code showLoadingBar},
 * {@code hideLoadingBar}, {@code isEditable}, {@code closeEdit}; preferences are kept per item as strings, as Jira
 * keeps them. A configurable item's menu has "Configure" for its owner.
 *
 * <p>Not Jira (said on the page and in docs/dev-host.md): no layouts, columns, drag and drop, colours or refresh;
 * no system dashboard; no share permissions — any signed-in user may view any user's dashboard, read only.
 */
public record DevDashboard(PluginDescriptor descriptor, Map<String, ContextProvider> providers,
        DevVelocityRenderer renderer, DevI18nResolver pluginI18n, DevI18nResolver pageI18n, DevUsers users,
        DevRequestContext request, DevWebResources webResources, Path dataDir) {

    /** The dashboard page, at Jira's address. */
    public static final String PAGE = "/secure/Dashboard.jspa";
    /** The shim and the dashboard's own styles. */
    public static final String SCRIPT = "/devhost/dashboard.js";
    /** The dashboard's own styles. */
    public static final String STYLE = "/devhost/dashboard.css";
    /** Where the dashboard's forms and the API post. */
    public static final String POSTS = "/devhost/dashboard/";

    private static final String CONTEXT = "atl.dashboard";
    private static final Pattern ITEM = Pattern.compile("/devhost/dashboard/items/([0-9]{1,9})/(preferences|remove)");
    private static final Pattern USER = Pattern.compile("[a-z][a-z0-9._-]{0,63}");
    private static final int MAX_PREFERENCES = 20;
    private static final int MAX_VALUE = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Dashboards are read and written one at a time (the dev host serves a handful of people). */
    private static final Object LOCK = new Object();

    /**
     * Checks that the dev host can stand in for every dashboard item: its condition and its web-resource.
     *
     * @param providers the dashboard items' context providers by item key
     * @param dataDir the dev host's data folder (dashboards live in its folder {@code dashboards})
     */
    public DevDashboard {
        for (PluginDescriptor.DashboardItem item : descriptor.dashboardItems()) {
            if (!item.condition().isEmpty() && !item.condition().endsWith(".UserLoggedInCondition")) {
                throw new IllegalStateException("dashboard-item " + item.key() + ": the dev host cannot stand in "
                        + "for the condition " + item.condition());
            }
            if (!item.webResourceKey().isEmpty() && descriptor.webResources().stream()
                    .noneMatch(r -> (descriptor.pluginKey() + ":" + r.key()).equals(item.webResourceKey()))) {
                throw new IllegalStateException("dashboard-item " + item.key() + ": no web-resource "
                        + item.webResourceKey());
            }
        }
    }

    /** The page's title. */
    public String title() {
        return pageI18n.getText("devhost.dashboard.title");
    }

    /** What the page's head needs before the plugin's scripts: the shim, and the dashboard's styles. */
    public String head() {
        return "<script src=\"" + SCRIPT + "\"></script><link rel=\"stylesheet\" href=\"" + STYLE + "\">";
    }

    /** Serves the shim or the styles. */
    public void file(String path, HttpServletResponse resp) throws IOException {
        boolean script = path.equals(SCRIPT);
        try (InputStream in = getClass().getResourceAsStream(script ? "/devhost/dashboard.js"
                : "/devhost/dashboard.css")) {
            resp.setContentType(script ? "text/javascript;charset=UTF-8" : "text/css;charset=UTF-8");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            if (in != null) {
                in.transferTo(resp.getOutputStream());
            }
        }
    }

    /**
     * The page's body: the dashboard of the user {@code selectPageId} names (the reader's own when absent), its items,
     * and for the owner the "Add gadget" directory ({@code ?directory=1}).
     */
    public String page(HttpServletRequest req) {
        Optional<DevUser> reader = request.user();
        StringBuilder html = new StringBuilder("<div class=\"devhost-dashboard\"><p class=\"devhost-note\">")
                .append(text("devhost.dashboard.not-jira")).append("</p>");
        if (reader.isEmpty()) {
            return html.append("<h1>").append(text("devhost.dashboard.title")).append("</h1><p>")
                    .append(text("devhost.dashboard.sign-in")).append("</p></div>").toString();
        }
        String ownerKey = Optional.ofNullable(req.getParameter("selectPageId")).filter(k -> users.user(k).isPresent())
                .orElse(reader.get().getKey());
        DevUser owner = users.user(ownerKey).orElseThrow();
        boolean own = owner.getKey().equals(reader.get().getKey());
        webResources.requireContext(CONTEXT);
        html.append("<h1 id=\"devhost-dashboard-heading\">").append(HtmlEscaper.escape(pageI18n.getText(
                "devhost.dashboard.of", owner.getDisplayName()))).append("</h1>")
                .append("<nav class=\"devhost-dashboard-others\">")
                .append(text("devhost.dashboard.others"));
        for (DevUser user : users.all()) {
            html.append(" <a href=\"").append(PAGE).append("?selectPageId=")
                    .append(URLEncoder.encode(user.getKey(), StandardCharsets.UTF_8)).append("\"")
                    .append(user.getKey().equals(owner.getKey()) ? " aria-current=\"page\"" : "").append(">")
                    .append(HtmlEscaper.escape(user.getDisplayName())).append("</a>");
        }
        html.append("</nav>");
        if (own) {
            html.append("<p><a class=\"aui-button\" id=\"devhost-add-gadget\" href=\"").append(PAGE)
                    .append("?directory=1\">").append(text("devhost.dashboard.add")).append("</a></p>");
            if ("1".equals(req.getParameter("directory"))) {
                html.append(directory());
            }
        }
        ObjectNode board = read(owner.getKey());
        ArrayNode items = (ArrayNode) board.get("items");
        if (items.isEmpty()) {
            html.append("<p class=\"devhost-dashboard-empty\">").append(text("devhost.dashboard.empty")).append("</p>");
        }
        html.append("<div class=\"devhost-dashboard-items\">");
        for (JsonNode stored : items) {
            itemFor(stored.path("module").asText()).filter(this::shown)
                    .ifPresent(item -> html.append(item(item, stored, owner, own)));
        }
        return html.append("</div></div>").toString();
    }

    /** The "Add gadget" directory: every item whose condition holds, in the reader's language. */
    private String directory() {
        StringBuilder html = new StringBuilder("<section class=\"devhost-gadget-directory\""
                + " id=\"devhost-gadget-directory\" aria-labelledby=\"devhost-gadget-directory-heading\">"
                + "<h2 id=\"devhost-gadget-directory-heading\">")
                .append(text("devhost.dashboard.directory")).append("</h2><ul>");
        for (PluginDescriptor.DashboardItem item : descriptor.dashboardItems()) {
            if (!shown(item)) {
                continue;
            }
            String complete = descriptor.pluginKey() + ":" + item.key();
            html.append("<li class=\"devhost-gadget-entry\">");
            if (!item.thumbnail().isEmpty()) {
                html.append("<img src=\"").append(HtmlEscaper.escape(item.thumbnail()))
                        .append("\" alt=\"\" width=\"122\" height=\"62\">");
            }
            html.append("<div><strong>").append(HtmlEscaper.escape(titleOf(item))).append("</strong><p>")
                    .append(HtmlEscaper.escape(item.descriptionKey().isEmpty() ? ""
                            : pluginI18n.getText(item.descriptionKey())))
                    .append("</p><form method=\"post\" action=\"").append(POSTS).append("add\">")
                    .append("<input type=\"hidden\" name=\"module\" value=\"").append(HtmlEscaper.escape(complete))
                    .append("\"><button type=\"submit\" class=\"aui-button aui-button-primary\" aria-label=\"")
                    .append(text("devhost.dashboard.add-item")).append(' ').append(HtmlEscaper.escape(titleOf(item)))
                    .append("\">").append(text("devhost.dashboard.add-item")).append("</button></form></div></li>");
        }
        return html.append("</ul></section>").toString();
    }

    private String item(PluginDescriptor.DashboardItem item, JsonNode stored, DevUser owner, boolean own) {
        String id = stored.path("id").asText();
        String heading = "devhost-item-" + id + "-heading";
        StringBuilder html = new StringBuilder("<section class=\"devhost-dashboard-item\" id=\"devhost-item-")
                .append(id).append("\" aria-labelledby=\"").append(heading).append("\" data-item-id=\"").append(id)
                .append("\" data-amd-module=\"").append(HtmlEscaper.escape(item.amdModule()))
                .append("\" data-editable=\"").append(own).append("\" data-preferences=\"")
                .append(HtmlEscaper.escape(stored.path("preferences").toString())).append("\" data-preferences-url=\"")
                .append(POSTS).append("items/").append(id).append("/preferences\">")
                .append("<header class=\"devhost-item-header\">")
                .append("<h2 id=\"").append(heading).append("\">").append(HtmlEscaper.escape(titleOf(item)))
                .append("</h2>");
        if (own) {
            html.append("<div class=\"devhost-item-menu\">");
            if (item.configurable()) {
                html.append("<button type=\"button\" class=\"aui-button aui-button-subtle devhost-item-configure\">")
                        .append(text("devhost.dashboard.configure")).append("</button>");
            }
            html.append("<form method=\"post\" action=\"").append(POSTS).append("items/").append(id)
                    .append("/remove\"><button type=\"submit\" class=\"aui-button aui-button-subtle "
                            + "devhost-item-remove\">").append(text("devhost.dashboard.remove")).append("</button>"
                            + "</form></div>");
        }
        html.append("</header><div class=\"devhost-loading-bar\" role=\"status\" hidden>")
                .append(text("devhost.dashboard.loading"))
                .append("</div><div class=\"devhost-dashboard-item-content\">");
        if (!item.view().isEmpty()) {
            Map<String, Object> context = new HashMap<>();
            context.put("dashboard", Map.of("id", owner.getKey()));
            context.put("dashboardItem", Map.of("id", id, "moduleKey", descriptor.pluginKey() + ":" + item.key()));
            context.put("view", Map.of("viewType", "DEFAULT"));
            context.put("user", request.user().orElse(null));
            ContextProvider provider = providers.get(item.key());
            Map<String, Object> model = new HashMap<>(provider == null ? context : provider.getContextMap(context));
            model.put("i18n", pluginI18n);
            html.append(renderer.render(item.view(), model));
        }
        return html.append("</div></section>").toString();
    }

    /** Answers the dashboard's posts: add an item, remove one, keep an item's preferences. */
    public void post(String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<DevUser> reader = request.user();
        if (reader.isEmpty()) {
            resp.sendError(401);
            return;
        }
        String user = reader.get().getKey();
        Matcher matcher;
        if (path.equals(POSTS + "add")) {
            Optional<PluginDescriptor.DashboardItem> item = itemFor(Optional.ofNullable(req.getParameter("module"))
                    .orElse("")).filter(this::shown);
            if (item.isEmpty()) {
                resp.sendError(400, "no such dashboard item");
                return;
            }
            synchronized (LOCK) {
                ObjectNode board = read(user);
                int next = board.path("nextId").asInt(1);
                ObjectNode added = ((ArrayNode) board.get("items")).addObject();
                added.put("id", Integer.toString(next));
                added.put("module", descriptor.pluginKey() + ":" + item.get().key());
                added.putObject("preferences");
                board.put("nextId", next + 1);
                write(user, board);
            }
            back(resp);
        } else if ((matcher = ITEM.matcher(path)).matches()) {
            String id = matcher.group(1);
            boolean remove = matcher.group(2).equals("remove");
            ObjectNode preferences = remove ? null : preferences(req);
            if (!remove && preferences == null) {
                resp.sendError(400, "send a JSON object of at most " + MAX_PREFERENCES + " texts");
                return;
            }
            synchronized (LOCK) {
                ObjectNode board = read(user);
                Iterator<JsonNode> items = board.get("items").iterator();
                boolean found = false;
                while (items.hasNext()) {
                    JsonNode item = items.next();
                    if (item.path("id").asText().equals(id)) {
                        found = true;
                        if (remove) {
                            items.remove();
                        } else {
                            ((ObjectNode) item).set("preferences", preferences);
                        }
                    }
                }
                if (!found) {
                    resp.sendError(404);
                    return;
                }
                write(user, board);
            }
            if (remove) {
                back(resp);
            } else {
                resp.setStatus(204);
            }
        } else {
            resp.sendError(404);
        }
    }

    /** The body's preferences, every value a string as Jira keeps them; {@code null} when it is not such an object. */
    private ObjectNode preferences(HttpServletRequest req) throws IOException {
        JsonNode body;
        try {
            body = JSON.readTree(req.getInputStream());
        } catch (JsonProcessingException e) {
            return null;
        }
        if (body == null || !body.isObject() || body.size() > MAX_PREFERENCES) {
            return null;
        }
        ObjectNode strings = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isValueNode() || field.getValue().asText().length() > MAX_VALUE) {
                return null;
            }
            strings.put(field.getKey(), field.getValue().isNull() ? "" : field.getValue().asText());
        }
        return strings;
    }

    private static void back(HttpServletResponse resp) {
        resp.setStatus(303);
        resp.setHeader("Location", PAGE);
    }

    private Optional<PluginDescriptor.DashboardItem> itemFor(String completeKey) {
        return descriptor.dashboardItems().stream()
                .filter(i -> (descriptor.pluginKey() + ":" + i.key()).equals(completeKey)).findFirst();
    }

    /** Whether the item's condition holds for the reader (the one condition stood in for: signed in). */
    private boolean shown(PluginDescriptor.DashboardItem item) {
        return item.condition().isEmpty() || request.user().isPresent();
    }

    private String titleOf(PluginDescriptor.DashboardItem item) {
        String title = item.titleKey().isEmpty() ? item.title() : pluginI18n.getText(item.titleKey());
        return title == null || title.isEmpty() || title.equals(item.titleKey()) ? item.title() : title;
    }

    private ObjectNode read(String user) {
        Path file = fileOf(user);
        synchronized (LOCK) {
            try {
                if (Files.exists(file)) {
                    JsonNode node = JSON.readTree(file.toFile());
                    if (node instanceof ObjectNode board && board.get("items") instanceof ArrayNode) {
                        return board;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            ObjectNode board = JSON.createObjectNode();
            board.put("nextId", 1);
            board.putArray("items");
            return board;
        }
    }

    private void write(String user, ObjectNode board) throws IOException {
        Files.createDirectories(dataDir.resolve("dashboards"));
        Path file = fileOf(user);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), board);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private Path fileOf(String user) {
        if (!USER.matcher(user).matches()) {
            throw new IllegalArgumentException("not a dev host user key: " + user);
        }
        return dataDir.resolve("dashboards").resolve(user + ".json");
    }

    private String text(String key) {
        return HtmlEscaper.escape(pageI18n.getText(key));
    }

    /** The dashboard items' context providers, created and initialised as the plugin system does. */
    public static Map<String, ContextProvider> providers(PluginDescriptor descriptor,
            java.util.function.Function<String, ContextProvider> create) {
        Map<String, ContextProvider> providers = new LinkedHashMap<>();
        for (PluginDescriptor.DashboardItem item : descriptor.dashboardItems()) {
            if (!item.contextProvider().isEmpty()) {
                ContextProvider provider = create.apply(item.contextProvider());
                provider.init(Map.of());
                providers.put(item.key(), provider);
            }
        }
        return providers;
    }
}
