package dev.cascade.okr.devhost.web;

import dev.cascade.okr.devhost.DevRequestContext;
import dev.cascade.okr.devhost.DevUser;
import dev.cascade.okr.devhost.PluginDescriptor;
import dev.cascade.okr.devhost.render.HtmlEscaper;
import dev.cascade.okr.devhost.sal.DevI18nResolver;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dev host's stand-in for the products' page decorators (SiteMesh in Jira): a plugin servlet's HTML is buffered;
 * when its head names a decorator ({@code <meta name="decorator" content="atl.admin">}) the dev host writes the page
 * again inside its own chrome — the servlet's title and body, the web-resources required while it ran, and for
 * {@code atl.admin} an administration sidebar built from the plugin's {@code admin_plugins_menu} web sections and items
 * (their conditions applied), the item named by {@code <meta name="admin.active.tab">} marked current. An unknown
 * decorator name fails loudly (500), where Jira would fall back to another. A page without a decorator, or an answer
 * that is not HTML (a redirect), passes through unchanged.
 */
public final class DevDecorator {

    /** Writes a page in the dev host's chrome. */
    @FunctionalInterface
    public interface Chrome {
        /** Writes {@code body} (HTML, already escaped) under {@code title} with the dev host's header. */
        void write(HttpServletResponse resp, String title, String body) throws IOException;
    }

    /** Where Jira's administration puts an app's sections (its "Manage apps" tab). */
    static final String ADMIN_PLUGINS_MENU = "admin_plugins_menu";
    private static final Pattern DECORATOR = meta("decorator");
    private static final Pattern ACTIVE_TAB = meta("admin.active.tab");
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);

    private final PluginDescriptor descriptor;
    private final DevRequestContext request;
    private final DevI18nResolver pluginI18n;
    private final DevI18nResolver pageI18n;
    private final DevWebResources webResources;
    private final Chrome chrome;

    /** Creates the decorator. */
    public DevDecorator(PluginDescriptor descriptor, DevRequestContext request, DevI18nResolver pluginI18n,
            DevI18nResolver pageI18n, DevWebResources webResources, Chrome chrome) {
        this.descriptor = descriptor;
        this.request = request;
        this.pluginI18n = pluginI18n;
        this.pageI18n = pageI18n;
        this.webResources = webResources;
        this.chrome = chrome;
    }

    private static Pattern meta(String name) {
        return Pattern.compile("<meta\\s+name=\"" + Pattern.quote(name) + "\"\\s+content=\"([^\"]*)\"\\s*/?>");
    }

    /** Runs {@code servlet} for the request and decorates what it wrote. */
    public void serve(HttpServlet servlet, HttpServletRequest req, HttpServletResponse resp)
            throws ServletException, IOException {
        webResources.clear();
        Buffered buffered = new Buffered(resp);
        servlet.service(req, buffered);
        String html = buffered.text();
        Matcher decorator = DECORATOR.matcher(html);
        if (html.isEmpty() || !decorator.find()) {
            resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
            webResources.clear();
            return;
        }
        String name = decorator.group(1);
        if (!name.equals("atl.admin") && !name.equals("atl.general")) {
            webResources.clear();
            throw new ServletException("the dev host has no decorator named " + name
                    + " (it stands in for atl.admin and atl.general)");
        }
        String title = find(TITLE, html).orElse("");
        String body = find(BODY, html).orElse(html);
        if (name.equals("atl.admin")) {
            webResources.requireContext("atl.admin");
            webResources.requireContext("jira.admin");
            body = "<div class=\"devhost-admin\">" + adminSidebar(find(ACTIVE_TAB, html).orElse(""))
                    + "<div class=\"devhost-admin-main\">" + body + "</div></div>";
        }
        chrome.write(resp, unescape(title.trim()), body);
    }

    /**
     * The administration sidebar: the dev host's own "Manage apps" link, then each web section at
     * {@code admin_plugins_menu} with its items the reader may see, lightest first; the active one marked.
     */
    public String adminSidebar(String activeTab) {
        StringBuilder html = new StringBuilder("<nav class=\"devhost-admin-sidebar aui-navgroup aui-navgroup-vertical\""
                + " aria-label=\"").append(text(pageI18n, "devhost.admin.title")).append("\"><div class=\""
                + "aui-navgroup-inner\"><ul class=\"aui-nav\"><li")
                .append("upm".equals(activeTab) ? " class=\"aui-nav-selected\"" : "")
                .append("><a href=\"").append(DevAdminPages.UPM).append("\" id=\"devhost-manage-apps\">")
                .append(text(pageI18n, "devhost.admin.manage-apps")).append("</a></li></ul>");
        List<PluginDescriptor.WebSection> sections = descriptor.webSections().stream()
                .filter(s -> s.location().equals(ADMIN_PLUGINS_MENU))
                .sorted(Comparator.comparingInt(PluginDescriptor.WebSection::weight)).toList();
        for (PluginDescriptor.WebSection section : sections) {
            List<PluginDescriptor.WebItem> items = descriptor.webItems().stream()
                    .filter(i -> i.section().equals(ADMIN_PLUGINS_MENU + "/" + section.key()))
                    .filter(this::shown)
                    .sorted(Comparator.comparingInt(PluginDescriptor.WebItem::weight)).toList();
            if (items.isEmpty()) {
                continue;
            }
            html.append("<div class=\"aui-nav-heading\"><strong>")
                    .append(text(pluginI18n, section.labelKey())).append("</strong></div><ul class=\"aui-nav\">");
            for (PluginDescriptor.WebItem item : items) {
                boolean active = item.key().equals(activeTab);
                html.append("<li").append(active ? " class=\"aui-nav-selected\"" : "").append("><a href=\"")
                        .append(HtmlEscaper.escape(item.link())).append("\" id=\"")
                        .append(HtmlEscaper.escape(item.key())).append("\"")
                        .append(active ? " aria-current=\"page\"" : "").append(">")
                        .append(text(pluginI18n, item.labelKey())).append("</a></li>");
            }
            html.append("</ul>");
        }
        return html.append("</div></nav>").toString();
    }

    /** Whether the reader sees a web item: the conditions the dev host stands in for; any other fails loudly. */
    boolean shown(PluginDescriptor.WebItem item) {
        Optional<DevUser> user = request.user();
        for (String condition : descriptor.webItemConditions(item.key())) {
            boolean holds = switch (condition) {
                case "com.atlassian.jira.plugin.webfragment.conditions.UserIsAdminCondition" ->
                        user.map(DevUser::isAdmin).orElse(false);
                case "com.atlassian.jira.plugin.webfragment.conditions.UserLoggedInCondition" -> user.isPresent();
                default -> throw new IllegalStateException("web-item " + item.key() + " names the condition "
                        + condition + ", which the dev host does not stand in for");
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    /** The text of an escaped title (the chrome escapes it again). */
    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }

    private static Optional<String> find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String text(DevI18nResolver i18n, String key) {
        return HtmlEscaper.escape(i18n.getText(key));
    }

    /** A response whose body is kept until the decorator has read it; status and headers go through at once. */
    private static final class Buffered extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("the dev host's decorator buffers synchronously");
                }
            };
        }

        @Override
        public void flushBuffer() {
            // kept until decorated
        }

        String text() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
