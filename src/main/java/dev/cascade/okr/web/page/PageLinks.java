package dev.cascade.okr.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The addresses of the project's Goals page and its views, as hrefs a template prints (escaped by the renderer).
 * The Goals page is the project sidebar's web panel ({@code /projects/KEY?selectedItem=…}); its view, period, filters
 * and the goal shown travel as query parameters, so that a reload, a bookmark or a link keeps them.
 *
 * @param contextPath the host's context path ({@code ""} or {@code "/jira"})
 * @param projectKey the project whose Goals page this is
 * @param period the period chosen on the page ({@code "2026"}, {@code "2026-Q4"}); empty for "current"
 * @param kept more parameters every link of the page keeps (the tables' {@code scope=all}), in order
 */
public record PageLinks(String contextPath, String projectKey, String period, Map<String, String> kept) {

    /** The web item whose panel is the Goals page (atlassian-plugin.xml). */
    public static final String SELECTED_ITEM = "dev.cascade.okr:cascade-project-goals-item";

    public PageLinks {
        contextPath = Objects.requireNonNullElse(contextPath, "");
        projectKey = Objects.requireNonNull(projectKey, "projectKey");
        period = Objects.requireNonNullElse(period, "");
        kept = kept == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kept));
    }

    /** The links of a project's page for a period, keeping nothing more. */
    public PageLinks(String contextPath, String projectKey, String period) {
        this(contextPath, projectKey, period, Map.of());
    }

    /** These links, every one also keeping {@code name=value}. */
    public PageLinks keeping(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(kept);
        more.put(name, value);
        return new PageLinks(contextPath, projectKey, period, more);
    }

    /** These links without the parameter {@code name}. */
    public PageLinks without(String name) {
        Map<String, String> fewer = new LinkedHashMap<>(kept);
        fewer.remove(name);
        return new PageLinks(contextPath, projectKey, period, fewer);
    }

    /** A goal's page. */
    public String goal(long goalId) {
        return href(Map.of("goal", Long.toString(goalId)));
    }

    /** A view of the page ({@code tree}, {@code tables}, {@code mine}), keeping the period. */
    public String view(String view) {
        return href(Map.of("view", view));
    }

    /** A view of the page with more parameters ({@code table=tracking}, filters), keeping the period. */
    public String view(String view, Map<String, String> parameters) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("view", view);
        all.putAll(parameters);
        return href(all);
    }

    /**
     * The rows of the goals below a goal of the tree, rendered on the server for an expand
     * ({@code GET /rest/cascade/1.0/views/tree/{id}}), placed at {@code path} and {@code level}.
     */
    public String treeChildren(long goalId, String path, int level) {
        return contextPath + "/rest/cascade/1.0/views/tree/" + goalId + "?project=" + encode(projectKey)
                + (period.isEmpty() ? "" : "&period=" + encode(period)) + "&path=" + encode(path) + "&level=" + level;
    }

    /** The project's page with the selected item, the period and {@code parameters}, in that order. */
    private String href(Map<String, String> parameters) {
        StringBuilder href = new StringBuilder(contextPath).append("/projects/").append(encode(projectKey))
                .append("?selectedItem=").append(encode(SELECTED_ITEM));
        if (!period.isEmpty()) {
            href.append("&period=").append(encode(period));
        }
        Map<String, String> all = new LinkedHashMap<>(kept);
        all.putAll(parameters);
        all.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                href.append('&').append(encode(name)).append('=').append(encode(value));
            }
        });
        return href.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
