package dev.cascade.okr.devhost.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import dev.cascade.okr.devhost.PluginDescriptor;
import dev.cascade.okr.devhost.render.HtmlEscaper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dev host's stand-in for Jira's web resource manager: the plugin's {@code <web-resource>} modules, resolved
 * with their dependencies in order (AUI first, for any {@code com.atlassian.auiplugin:*} key), and written as
 * {@code <link>} and {@code <script>} tags into the head of the page being rendered for the contexts it requires.
 *
 * <p>AUI is on every page, as Jira's superbatch puts it there. A page always requires {@code atl.general} and
 * {@code jira.general}, as Jira's pages do; a panel's context provider adds its own with
 * {@code pageBuilderService.assembler().resources().requireContext("…")} while the page renders (per request thread),
 * as in Jira.
 * A dependency or transformer the dev host cannot stand in for stops the start with its name, instead of a page
 * silently lacking it. What differs from Jira (no batching, no minification, no transformers yet): docs/dev-host.md.
 */
public final class DevWebResources implements PageBuilderService, WebResourceAssembler, RequiredResources {

    /** The contexts every Jira page requires. */
    public static final List<String> PAGE_CONTEXTS = List.of("atl.general", "jira.general");
    /** Where the plugin's own files are served, as Jira serves an unbatched resource. */
    public static final String PATH = "/download/resources/";
    private static final String AUI_PLUGIN = "com.atlassian.auiplugin:";
    private static final String JQUERY_PLUGIN = "com.atlassian.plugins.jquery:jquery";

    private final String pluginKey;
    private final Map<String, PluginDescriptor.WebResource> byKey = new LinkedHashMap<>();
    private final DevAui aui;
    private final Map<String, List<PluginDescriptor.Download>> moduleDownloads = new LinkedHashMap<>();
    private final ThreadLocal<Set<String>> required = ThreadLocal.withInitial(LinkedHashSet::new);

    /**
     * @throws IllegalStateException when a web-resource depends on a key that is neither the plugin's own nor AUI's,
     *     or asks for a transformer
     */
    public DevWebResources(PluginDescriptor descriptor, DevAui aui) {
        this.pluginKey = descriptor.pluginKey();
        this.aui = aui;
        for (PluginDescriptor.WebResource resource : descriptor.webResources()) {
            byKey.put(pluginKey + ":" + resource.key(), resource);
        }
        // Other modules' own downloads (a dashboard item's thumbnail), served as Jira serves a module's resources.
        for (PluginDescriptor.DashboardItem item : descriptor.dashboardItems()) {
            moduleDownloads.put(pluginKey + ":" + item.key(), item.downloads());
        }
        for (PluginDescriptor.WebResource resource : descriptor.webResources()) {
            for (String dependency : resource.dependencies()) {
                if (!byKey.containsKey(dependency) && !isAui(dependency)) {
                    throw new IllegalStateException("web-resource " + resource.key() + " depends on " + dependency
                            + ", which the dev host cannot stand in for (it serves the plugin's own web-resources "
                            + "and AUI's)");
                }
            }
            if (!resource.transformers().isEmpty()) {
                throw new IllegalStateException("web-resource " + resource.key() + " asks for the transformers "
                        + resource.transformers() + ", which the dev host does not apply yet");
            }
        }
    }

    private static boolean isAui(String key) {
        return key.startsWith(AUI_PLUGIN) || key.equals(JQUERY_PLUGIN);
    }

    @Override
    public WebResourceAssembler assembler() {
        return this;
    }

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireContext(String context) {
        required.get().add(context);
        return this;
    }

    /** Forgets what the current request required (at the start and end of every page). */
    public void clear() {
        required.remove();
    }

    /**
     * The web-resources, in load order, that the page contexts and what the current request required bring in:
     * AUI first (one entry, {@code com.atlassian.auiplugin:ajs}), then each one's dependencies before it, each once.
     */
    public List<String> resolve() {
        Set<String> contexts = new LinkedHashSet<>(PAGE_CONTEXTS);
        contexts.addAll(required.get());
        // Jira's superbatch puts AUI on every page before anything a page requires.
        Set<String> order = new LinkedHashSet<>(List.of(AUI_PLUGIN + "ajs"));
        for (Map.Entry<String, PluginDescriptor.WebResource> entry : byKey.entrySet()) {
            if (entry.getValue().contexts().stream().anyMatch(contexts::contains)) {
                include(entry.getKey(), order, new LinkedHashSet<>());
            }
        }
        return new ArrayList<>(order);
    }

    private void include(String key, Set<String> order, Set<String> path) {
        String resolved = isAui(key) ? AUI_PLUGIN + "ajs" : key;
        if (order.contains(resolved)) {
            return;
        }
        if (!path.add(resolved)) {
            throw new IllegalStateException("web-resource dependency cycle: " + path + " -> " + resolved);
        }
        PluginDescriptor.WebResource resource = byKey.get(resolved);
        if (resource != null) {
            for (String dependency : resource.dependencies()) {
                include(dependency, order, path);
            }
        }
        order.add(resolved);
    }

    /**
     * The head's tags for the current request, then forgets what it required: every style sheet in load order,
     * then every script in load order, as Jira writes CSS before JavaScript.
     */
    public String headTags() {
        List<String> styles = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        for (String key : resolve()) {
            if (key.startsWith(AUI_PLUGIN)) {
                styles.addAll(aui.styles());
                scripts.addAll(aui.scripts());
                continue;
            }
            for (PluginDescriptor.Download download : byKey.get(key).downloads()) {
                String url = PATH + key + "/" + download.name();
                if (download.name().endsWith(".css")) {
                    styles.add(url);
                } else if (download.name().endsWith(".js")) {
                    scripts.add(url);
                }
            }
        }
        clear();
        StringBuilder html = new StringBuilder();
        styles.forEach(url -> html.append("<link rel=\"stylesheet\" href=\"").append(HtmlEscaper.escape(url))
                .append("\">"));
        scripts.forEach(url -> html.append("<script src=\"").append(HtmlEscaper.escape(url)).append("\"></script>"));
        return html.toString();
    }

    /** The class path location of one of the plugin's files, by {@code <complete key>/<name>}. */
    public Optional<String> location(String keyAndName) {
        int slash = keyAndName.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        PluginDescriptor.WebResource resource = byKey.get(keyAndName.substring(0, slash));
        List<PluginDescriptor.Download> downloads = resource != null ? resource.downloads()
                : moduleDownloads.getOrDefault(keyAndName.substring(0, slash), List.of());
        String name = keyAndName.substring(slash + 1);
        return downloads.stream().filter(d -> d.name().equals(name)).map(PluginDescriptor.Download::location)
                .findFirst();
    }

    /** The AUI the dev host serves. */
    public DevAui aui() {
        return aui;
    }
}
