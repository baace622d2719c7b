package dev.cascade.okr.devhost;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What the plugin's {@code atlassian-plugin.xml} declares for one product: the dev host serves exactly that, as the
 * product's plugin system would. Modules restricted to another product ({@code application="confluence"}) are
 * left out.
 */
public final class PluginDescriptor {

    /** A {@code <web-item>}. */
    public record WebItem(String key, String section, String labelKey, String link, int weight) {
    }

    /** A {@code <web-panel>} with a Velocity view; {@code labelKey} is its label's i18n key, empty when it has none. */
    public record WebPanel(String key, String location, String contextProvider, String template, int weight,
            String labelKey) {
    }

    /**
     * A {@code <web-resource>}: the keys it depends on ({@code com.atlassian.auiplugin:ajs},
     * {@code dev.cascade.okr:other}), its downloadable files, the contexts it joins and the transformers it asks for.
     */
    public record WebResource(String key, List<String> dependencies, List<Download> downloads, List<String> contexts,
            List<String> transformers) {
    }

    /** A {@code <resource type="download">} of a web-resource: its name in URLs and its class path location. */
    public record Download(String name, String location) {
    }

    /**
     * A {@code <dashboard-item>} (issue 14): its directory entry (title and description keys, the title's text, the
     * thumbnail's address), its single {@code <condition>} class (empty for none), its server-rendered {@code view}
     * (Velocity template and context provider; empty for none), the web-resource and AMD module of its script, and
     * the files the module itself offers for download (the thumbnail).
     */
    public record DashboardItem(String key, boolean configurable, String titleKey, String title,
            String descriptionKey, String thumbnail, String condition, String contextProvider, String view,
            String webResourceKey, String amdModule, List<Download> downloads) {
    }

    /** A {@code <rest>} module. */
    public record Rest(String key, String path, String version) {
    }

    /** A {@code <servlet>}: its class and URL patterns, relative to {@code /plugins/servlet}. */
    public record Servlet(String key, String className, List<String> urlPatterns) {
    }

    /** A {@code <web-section>} at a location such as {@code admin_plugins_menu}. */
    public record WebSection(String key, String location, String labelKey, int weight) {
    }

    private final String pluginKey;
    private final String pluginName;
    private final String i18nBaseName;
    private final List<String> entities = new ArrayList<>();
    private final List<Rest> rest = new ArrayList<>();
    private final List<WebItem> webItems = new ArrayList<>();
    private final List<WebPanel> webPanels = new ArrayList<>();
    private final List<String> allowlist = new ArrayList<>();
    private final List<WebResource> webResources = new ArrayList<>();
    private final List<String> upgradeTasks = new ArrayList<>();
    private final List<Servlet> servlets = new ArrayList<>();
    private final List<WebSection> webSections = new ArrayList<>();
    private final Map<String, String> pluginParams = new LinkedHashMap<>();
    private final Map<String, List<String>> webItemConditions = new LinkedHashMap<>();
    private final List<DashboardItem> dashboardItems = new ArrayList<>();

    private PluginDescriptor(Element root, String product) {
        pluginKey = root.getAttribute("key");
        pluginName = root.getAttribute("name");
        String i18n = "";
        for (Element module : children(root)) {
            if (!forProduct(module, product)) {
                continue;
            }
            switch (module.getTagName()) {
                case "resource" -> {
                    if ("i18n".equals(module.getAttribute("type"))) {
                        i18n = module.getAttribute("location").replace('.', '/');
                    }
                }
                case "ao" -> {
                    children(module).stream().filter(e -> e.getTagName().equals("entity"))
                            .forEach(e -> entities.add(e.getTextContent().trim()));
                    children(module).stream().filter(e -> e.getTagName().equals("upgradeTask"))
                            .forEach(e -> upgradeTasks.add(e.getTextContent().trim()));
                }
                case "rest" -> rest.add(new Rest(module.getAttribute("key"), module.getAttribute("path"),
                        module.getAttribute("version")));
                case "web-item" -> {
                    webItems.add(new WebItem(module.getAttribute("key"),
                            module.getAttribute("section"), child(module, "label").getAttribute("key"),
                            child(module, "link").getTextContent().trim(), weight(module)));
                    webItemConditions.put(module.getAttribute("key"), conditions(module));
                }
                case "servlet", "web-section", "plugin-info" -> issue14Admin(module);
                case "web-panel" -> webPanels.add(new WebPanel(module.getAttribute("key"),
                        module.getAttribute("location"), child(module, "context-provider").getAttribute("class"),
                        child(module, "resource").getAttribute("location"), weight(module),
                        children(module).stream().filter(e -> e.getTagName().equals("label")).findFirst()
                                .map(e -> e.getAttribute("key")).orElse("")));
                case "web-resource" -> webResources.add(webResource(module));
                case "dashboard-item" -> dashboardItems.add(dashboardItem(module));
                case "velocity-allowlist" -> children(module).stream().filter(e -> e.getTagName().equals("method"))
                        .forEach(e -> allowlist.add(e.getTextContent().trim()));
                default -> { }
            }
        }
        i18nBaseName = i18n;
    }

    /** Reads {@code atlassian-plugin.xml} from the plugin's class loader, for a product such as {@code jira}. */
    public static PluginDescriptor read(ClassLoader loader, String product) {
        try (InputStream in = loader.getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException(
                        "atlassian-plugin.xml is not on the class path; build the plugin first");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document document = builder.parse(in);
            return new PluginDescriptor(document.getDocumentElement(), product);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read atlassian-plugin.xml", e);
        }
    }

    /** The modules of the administration page (issue 14): servlets, web sections, the plugin's parameters. */
    private void issue14Admin(Element module) {
        switch (module.getTagName()) {
            case "servlet" -> servlets.add(new Servlet(module.getAttribute("key"), module.getAttribute("class"),
                    children(module).stream().filter(e -> e.getTagName().equals("url-pattern"))
                            .map(e -> e.getTextContent().trim()).toList()));
            case "web-section" -> webSections.add(new WebSection(module.getAttribute("key"),
                    module.getAttribute("location"), child(module, "label").getAttribute("key"), weight(module)));
            default -> children(module).stream().filter(e -> e.getTagName().equals("param"))
                    .forEach(e -> pluginParams.put(e.getAttribute("name"), e.getTextContent().trim()));
        }
    }

    /** The condition classes of a module: {@code <condition>} children, also inside {@code <conditions>}. */
    private static List<String> conditions(Element module) {
        List<String> classes = new ArrayList<>();
        for (Element child : children(module)) {
            if (child.getTagName().equals("condition")) {
                classes.add(child.getAttribute("class"));
            } else if (child.getTagName().equals("conditions")) {
                classes.addAll(conditions(child));
            }
        }
        return List.copyOf(classes);
    }

    private static WebResource webResource(Element module) {
        List<String> dependencies = children(module).stream().filter(e -> e.getTagName().equals("dependency"))
                .map(e -> e.getTextContent().trim()).toList();
        List<Download> downloads = children(module).stream()
                .filter(e -> e.getTagName().equals("resource") && "download".equals(e.getAttribute("type")))
                .map(e -> new Download(e.getAttribute("name"), e.getAttribute("location"))).toList();
        List<String> contexts = children(module).stream().filter(e -> e.getTagName().equals("context"))
                .map(e -> e.getTextContent().trim()).toList();
        List<String> transformers = new ArrayList<>();
        children(module).stream().filter(e -> e.getTagName().equals("transformation"))
                .forEach(t -> children(t).forEach(e -> transformers.add(e.getAttribute("key"))));
        return new WebResource(module.getAttribute("key"), dependencies, downloads, contexts,
                List.copyOf(transformers));
    }

    private static DashboardItem dashboardItem(Element module) {
        Element definition = child(module, "definition");
        Element title = child(definition, "title");
        List<Element> thumbnail = children(definition).stream().filter(e -> e.getTagName().equals("thumbnail"))
                .toList();
        List<Element> conditions = children(module).stream().filter(e -> e.getTagName().startsWith("condition"))
                .toList();
        if (conditions.size() > 1 || conditions.stream().anyMatch(e -> e.getTagName().equals("conditions"))) {
            throw new IllegalStateException("dashboard-item " + module.getAttribute("key")
                    + ": the dev host stands in for one <condition> only");
        }
        Element view = children(module).stream().filter(e -> e.getTagName().equals("resource")
                && "view".equals(e.getAttribute("name"))).findFirst().orElse(null);
        List<Download> downloads = children(module).stream()
                .filter(e -> e.getTagName().equals("resource") && "download".equals(e.getAttribute("type")))
                .map(e -> new Download(e.getAttribute("name"), e.getAttribute("location"))).toList();
        return new DashboardItem(module.getAttribute("key"), "true".equals(module.getAttribute("configurable")),
                title.getAttribute("key"), title.getTextContent().trim(),
                optional(module, "description").map(e -> e.getAttribute("key")).orElse(""),
                thumbnail.isEmpty() ? "" : thumbnail.get(0).getAttribute("location"),
                conditions.isEmpty() ? "" : conditions.get(0).getAttribute("class"),
                optional(module, "context-provider").map(e -> e.getAttribute("class")).orElse(""),
                view == null ? "" : view.getAttribute("location"),
                optional(module, "web-resource-key").map(e -> e.getTextContent().trim()).orElse(""),
                optional(module, "amd-module").map(e -> e.getTextContent().trim()).orElse(""), downloads);
    }

    private static Optional<Element> optional(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst();
    }

    private static boolean forProduct(Element module, String product) {
        String application = module.getAttribute("application");
        return application.isEmpty() || Arrays.asList(application.split("\\s*,\\s*")).contains(product);
    }

    private static int weight(Element module) {
        String weight = module.getAttribute("weight");
        return weight.isEmpty() ? 1000 : Integer.parseInt(weight);
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }

    private static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "module " + parent.getAttribute("key") + " has no <" + name + ">"));
    }

    /** The plugin key. */
    public String pluginKey() {
        return pluginKey;
    }

    /** The plugin's name, as the app manager lists it. */
    public String pluginName() {
        return pluginName;
    }

    /** The i18n bundle's base name, e.g. {@code i18n/cascade-okr}. */
    public String i18nBaseName() {
        return i18nBaseName;
    }

    /** The Active Objects entity classes. */
    public List<String> entities() {
        return entities;
    }

    /** The Active Objects upgrade task classes, in the order declared. */
    public List<String> upgradeTasks() {
        return upgradeTasks;
    }

    /** The REST modules. */
    public List<Rest> rest() {
        return rest;
    }

    /** The web items. */
    public List<WebItem> webItems() {
        return webItems;
    }

    /** The web panels. */
    public List<WebPanel> webPanels() {
        return webPanels;
    }

    /** The web resources, in the order declared. */
    public List<WebResource> webResources() {
        return webResources;
    }

    /** The servlets. */
    public List<Servlet> servlets() {
        return servlets;
    }

    /** The web sections. */
    public List<WebSection> webSections() {
        return webSections;
    }

    /** The {@code <plugin-info>} parameters, such as {@code configure.url}. */
    public Map<String, String> pluginParams() {
        return pluginParams;
    }

    /** The condition classes of a web item, by its key (empty when it has none). */
    public List<String> webItemConditions(String webItemKey) {
        return webItemConditions.getOrDefault(webItemKey, List.of());
    }

    /** The dashboard items. */
    public List<DashboardItem> dashboardItems() {
        return dashboardItems;
    }

    /** The velocity allowlist entries. */
    public List<String> allowlist() {
        return allowlist;
    }
}
