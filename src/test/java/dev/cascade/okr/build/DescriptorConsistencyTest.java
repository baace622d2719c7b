package dev.cascade.okr.build;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks that everything {@code atlassian-plugin.xml}, the Velocity templates and the Java code name exists: classes,
 * templates and web resources, i18n keys in both languages, web-resource dependencies and {@code velocity-allowlist}
 * entries; and that the descriptor follows the project's fixed decisions (plugin key, transformerless P2, REST v2,
 * AO namespace, module key style). Each test lists every problem it finds, not only the first.
 *
 * <p>Skipped while the plugin does not exist yet (no descriptor and no code under
 * {@code src/main/java/dev/cascade/okr}); once code exists, the descriptor is required.
 */
public class DescriptorConsistencyTest {

    private static final Path ROOT =
            Paths.get(System.getProperty("cascade.basedir", System.getProperty("user.dir"))).toAbsolutePath();
    private static final Path DESCRIPTOR = ROOT.resolve("atlassian-plugin.xml");
    private static final Path RESOURCES = ROOT.resolve("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Path MAIN_JAVA = ROOT.resolve("src/main/java");
    private static final Path MIRROR = ROOT.resolve("src/host-api/java");
    private static final String BUNDLE_BASE = "i18n/cascade-okr";
    private static final Path ENGLISH = ROOT.resolve(BUNDLE_BASE + ".properties");
    private static final Path CHINESE = ROOT.resolve(BUNDLE_BASE + "_zh_CN.properties");

    private static final String PLUGIN_KEY = "dev.cascade.okr";
    private static final Pattern MODULE_KEY = Pattern.compile("cascade(?:-[a-z0-9]+)+");
    private static final Pattern OWN_MODULE_REFERENCE =
            Pattern.compile(Pattern.quote(PLUGIN_KEY) + ":([A-Za-z0-9_.-]+)");
    private static final Pattern I18N_KEY_LITERAL = Pattern.compile("cascade\\.[a-z0-9_.-]+");
    private static final Pattern TEMPLATE_PATH_LITERAL = Pattern.compile("/?[A-Za-z0-9_./-]+\\.vm");
    private static final Pattern TEMPLATE_GET_TEXT =
            Pattern.compile("\\$!?\\{?i18n\\.getText\\(\\s*(?:\"([^\"]*)\"|'([^']*)')");
    /** A reference with at least one property or call after its name: {@code $goals.objectives}, {@code $!{x.y(}}. */
    private static final Pattern TEMPLATE_REFERENCE =
            Pattern.compile("\\$!?\\{?([A-Za-z][\\w-]*)((?:\\.[A-Za-z_][\\w]*\\(?)+)");
    /** One property or call of a reference's chain; group 2 is set for a call. */
    private static final Pattern TEMPLATE_SEGMENT = Pattern.compile("\\.([A-Za-z_][\\w]*)(\\()?");
    private static final Pattern ALLOWLIST_METHOD = Pattern.compile(
            "([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)#([A-Za-z_$][\\w$]*)\\(([^()]*)\\)");
    private static final Set<String> APPLICATIONS = Set.of("jira", "confluence");
    private static final String VIOLATION_CODE = "dev.cascade.okr.core.validation.ViolationCode";

    /**
     * Host classes the descriptor may name although they are neither mirrored nor on the test class path: Jira's
     * stock web-fragment conditions, recorded in shared/host-api.md §2.3 ("Conditions worth reusing", used by
     * Atlassian's Slack plugin on Jira 9/10). Any other {@code com.atlassian.*} class must be in the host API mirror
     * ({@code src/host-api/java}), which is the record of what we verified exists.
     */
    private static final Set<String> KNOWN_HOST_CLASSES = Set.of(
            "com.atlassian.jira.plugin.webfragment.conditions.UserLoggedInCondition",
            "com.atlassian.jira.plugin.webfragment.conditions.UserIsAdminCondition");

    /** The type a class named by an element must extend or implement (checked when that type loads). */
    private static final Map<String, String> REQUIRED_SUPERTYPE = Map.of(
            "context-provider", "com.atlassian.plugin.web.ContextProvider",
            "condition", "com.atlassian.plugin.web.Condition",
            "servlet", "jakarta.servlet.http.HttpServlet",
            "servlet-filter", "jakarta.servlet.Filter",
            "xhtml-macro", "com.atlassian.confluence.macro.Macro",
            "entity", "net.java.ao.RawEntity",
            "upgradeTask", "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask");

    private static final Map<String, Class<?>> PRIMITIVES = Map.of(
            "boolean", boolean.class, "byte", byte.class, "char", char.class, "short", short.class,
            "int", int.class, "long", long.class, "float", float.class, "double", double.class);

    private static Document descriptor;
    private static Properties english;
    private static Properties chinese;

    @BeforeClass
    public static void skipUntilThePluginExists() {
        boolean pluginExists = Files.exists(DESCRIPTOR) || Files.isDirectory(MAIN_JAVA.resolve("dev/cascade/okr"));
        assumeTrue("no plugin yet (no atlassian-plugin.xml and no src/main/java/dev/cascade/okr) under " + ROOT,
                pluginExists);
    }

    // --- the plugin and its modules --------------------------------------------------------------------------------

    @Test
    public void shouldIdentifyThePluginWhenHostsReadTheRootElement() {
        Element root = descriptor().getDocumentElement();
        List<String> problems = new ArrayList<>();
        if (!"atlassian-plugin".equals(root.getTagName())) {
            problems.add("root element is <" + root.getTagName() + ">, not <atlassian-plugin>");
        }
        if (!PLUGIN_KEY.equals(root.getAttribute("key"))) {
            problems.add("key=\"" + root.getAttribute("key") + "\"; it must be \"" + PLUGIN_KEY
                    + "\" literally (fixed forever: Bundle-SymbolicName and AO tables derive from it, "
                    + "ARCHITECTURE §1)");
        }
        if (!"2".equals(root.getAttribute("plugins-version"))) {
            problems.add("plugins-version=\"" + root.getAttribute("plugins-version") + "\"; it must be \"2\" (OSGi)");
        }
        assertNone("plugin root element", problems);
    }

    @Test
    public void shouldDeclareNoSpringOrModuleTypeElementsWhenTransformerless() {
        List<String> problems = new ArrayList<>();
        for (String forbidden : List.of("component", "component-import", "module-type")) {
            for (Element element : elements(descriptor().getDocumentElement(), forbidden)) {
                problems.add(describe(element));
            }
        }
        assertNone("a transformerless plugin (Atlassian-Plugin-Key in the manifest) declares beans and imports with "
                + "Spring Scanner annotations only; these elements make the host reject or transform it", problems);
    }

    @Test
    public void shouldGiveEveryModuleAUniqueKebabCaseKeyWithTheCascadePrefix() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element module : modules()) {
            String key = module.getAttribute("key");
            if (key.isEmpty()) {
                problems.add(describe(module) + " has no key");
            } else if (!MODULE_KEY.matcher(key).matches()) {
                problems.add(describe(module) + ": key is not kebab-case with prefix 'cascade-'");
            } else if (!seen.add(key)) {
                problems.add(describe(module) + ": key is used by another module too");
            }
        }
        assertNone("module keys", problems);
    }

    @Test
    public void shouldRestrictModulesOnlyToJiraOrConfluenceWhenApplicationIsGiven() {
        List<String> problems = new ArrayList<>();
        for (Element element : elements(descriptor().getDocumentElement(), "*")) {
            if (element.hasAttribute("application")) {
                for (String application : element.getAttribute("application").split(",")) {
                    if (!APPLICATIONS.contains(application.trim())) {
                        problems.add(describe(element) + ": application=\"" + element.getAttribute("application")
                                + "\"");
                    }
                }
            }
        }
        assertNone("application attributes must name jira and/or confluence (ARCHITECTURE §1)", problems);
    }

    // --- classes -----------------------------------------------------------------------------------------------------

    @Test
    public void shouldNameOnlyClassesThatExistWhenTheHostInstantiatesThem() {
        List<String> problems = new ArrayList<>();
        for (Element element : elements(descriptor().getDocumentElement(), "*")) {
            String name;
            if (element.hasAttribute("class")) {
                name = element.getAttribute("class").trim();
            } else if ("entity".equals(element.getTagName()) || "upgradeTask".equals(element.getTagName())) {
                name = element.getTextContent().trim();
            } else {
                continue;
            }
            String problem = classProblem(name);
            if (problem == null) {
                problem = supertypeProblem(element.getTagName(), name);
            }
            if (problem != null) {
                problems.add(describe(element) + " " + name + ": " + problem);
            }
        }
        assertNone("classes named by atlassian-plugin.xml", problems);
    }

    // --- resources -------------------------------------------------------------------------------------------------

    @Test
    public void shouldPointEveryTemplateAndDownloadResourceAtAnExistingFile() {
        List<String> problems = new ArrayList<>();
        for (Element resource : elements(descriptor().getDocumentElement(), "resource")) {
            String type = resource.getAttribute("type");
            if (!"velocity".equals(type) && !"download".equals(type)) {
                continue;
            }
            String location = resource.getAttribute("location").trim();
            if (location.isEmpty()) {
                problems.add(describe(resource) + " has no location");
                continue;
            }
            Path path = RESOURCES.resolve(location.startsWith("/") ? location.substring(1) : location);
            boolean directory = location.endsWith("/");
            if (directory ? !Files.isDirectory(path) : !Files.isRegularFile(path)) {
                problems.add(describe(resource) + ": no " + (directory ? "directory " : "file ") + rel(path));
            }
        }
        assertNone("resources whose location does not exist under src/main/resources", problems);
    }

    @Test
    public void shouldDeclareTheI18nBundleWhoseFilesExistInBothLanguages() {
        List<String> problems = new ArrayList<>();
        List<Element> i18n = new ArrayList<>();
        for (Element resource : elements(descriptor().getDocumentElement(), "resource")) {
            if ("i18n".equals(resource.getAttribute("type"))) {
                i18n.add(resource);
            }
        }
        String expected = BUNDLE_BASE.replace('/', '.');
        if (i18n.size() != 1) {
            problems.add("expected exactly one <resource type=\"i18n\" name=\"i18n\" location=\"" + expected
                    + "\"/>, found " + i18n.size());
        }
        for (Element resource : i18n) {
            String location = resource.getAttribute("location").trim();
            if (!expected.equals(location)) {
                problems.add(describe(resource) + ": location must be \"" + expected + "\" (dots = path)");
            }
            String base = location.replace('.', '/');
            Path inRoot = ROOT.resolve(base);
            Path inResources = RESOURCES.resolve(base);
            for (String suffix : List.of(".properties", "_zh_CN.properties")) {
                if (!Files.isRegularFile(Paths.get(inRoot + suffix))
                        && !Files.isRegularFile(Paths.get(inResources + suffix))) {
                    problems.add(describe(resource) + ": no " + base + suffix);
                }
            }
        }
        assertNone("i18n resource", problems);
    }

    // --- i18n keys ---------------------------------------------------------------------------------------------------

    @Test
    public void shouldDefineEveryDescriptorI18nKeyInBothLanguages() {
        List<String> problems = new ArrayList<>();
        for (Element element : elements(descriptor().getDocumentElement(), "*")) {
            String tag = element.getTagName();
            List<String> keys = new ArrayList<>();
            if ((tag.equals("label") || tag.equals("description") || tag.equals("tooltip"))
                    && element.hasAttribute("key")) {
                keys.add(element.getAttribute("key"));
            }
            for (String attribute : List.of("i18n-name-key", "i18n-key")) {
                if (element.hasAttribute(attribute)) {
                    keys.add(element.getAttribute(attribute));
                }
            }
            for (String key : keys) {
                String missing = missingIn(key.trim());
                if (missing != null) {
                    problems.add(describe(element) + ": '" + key + "' missing in " + missing);
                }
            }
        }
        assertNone("i18n keys named by atlassian-plugin.xml", problems);
    }

    @Test
    public void shouldDefineEveryTemplateI18nKeyInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".vm")) {
            List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = TEMPLATE_GET_TEXT.matcher(lines.get(i));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (key.contains("$")) {
                        continue; // built from a reference at render time; cannot be checked statically
                    }
                    String missing = missingIn(key);
                    if (missing != null) {
                        problems.add(rel(template) + ":" + (i + 1) + " '" + key + "' missing in " + missing);
                    }
                }
            }
        }
        assertNone("i18n keys used by templates ($i18n.getText)", problems);
    }

    @Test
    public void shouldDefineEveryJavaI18nKeyLiteralInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path source : files(MAIN_JAVA, ".java")) {
            for (Literal literal : stringLiterals(Files.readString(source, StandardCharsets.UTF_8))) {
                if (!I18N_KEY_LITERAL.matcher(literal.value).matches() || literal.value.endsWith(".")) {
                    continue; // not a key, or a prefix completed at run time ("cascade.violation." + code)
                }
                String missing = missingIn(literal.value);
                if (missing != null) {
                    problems.add(rel(source) + ":" + literal.line + " \"" + literal.value + "\" missing in "
                            + missing);
                }
            }
        }
        assertNone("i18n keys used as string literals in src/main/java (a literal that is not an i18n key must not "
                + "start with 'cascade.'; use e.g. 'dev.cascade.okr.' for other names)", problems);
    }

    @Test
    public void shouldDefineAMessageForEveryViolationCodeInBothLanguages() throws Exception {
        Class<?> type;
        try {
            type = Class.forName(VIOLATION_CODE, false, loader());
        } catch (ClassNotFoundException e) {
            return; // the validation package is not written yet
        }
        if (!type.isEnum()) {
            fail(VIOLATION_CODE + " is expected to be an enum with a code() method");
        }
        Method code;
        try {
            code = type.getMethod("code");
        } catch (NoSuchMethodException e) {
            throw new AssertionError(VIOLATION_CODE + " has no public code() method", e);
        }
        List<String> problems = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String key = "cascade.violation." + code.invoke(constant);
            String missing = missingIn(key);
            if (missing != null) {
                problems.add(((Enum<?>) constant).name() + ": '" + key + "' missing in " + missing);
            }
        }
        assertNone("violation codes are shown to users through cascade.violation.<code> (ARCHITECTURE §3 rule 6)",
                problems);
    }

    @Test
    public void shouldRenderOnlyTemplatesThatExistWhenJavaNamesThem() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path source : files(MAIN_JAVA, ".java")) {
            for (Literal literal : stringLiterals(Files.readString(source, StandardCharsets.UTF_8))) {
                if (TEMPLATE_PATH_LITERAL.matcher(literal.value).matches()) {
                    String path = literal.value.startsWith("/") ? literal.value.substring(1) : literal.value;
                    if (!Files.isRegularFile(RESOURCES.resolve(path))) {
                        problems.add(rel(source) + ":" + literal.line + " \"" + literal.value + "\"");
                    }
                }
            }
        }
        assertNone("template paths in Java that do not exist under src/main/resources", problems);
    }

    // --- web resources and cross references --------------------------------------------------------------------------

    /**
     * Every {@code <web-resource>} (issue 13) serves at least one file, each a script or style sheet under
     * {@code src/main/resources/web/} that exists, named as it is in URLs (no folder: batched URLs drop it); it
     * joins at least one context or is named by another's dependency; and it depends only on AUI
     * ({@code com.atlassian.auiplugin:*}) or on our own web-resources, never bundling AUI or jQuery itself.
     */
    @Test
    public void shouldServeExistingScriptsAndStylesWhenAWebResourceIsDeclared() {
        Set<String> dependedOn = new HashSet<>();
        for (Element dependency : elements(descriptor().getDocumentElement(), "dependency")) {
            dependedOn.add(dependency.getTextContent().trim());
        }
        List<String> problems = new ArrayList<>();
        for (Element module : modules()) {
            if (!"web-resource".equals(module.getTagName())) {
                continue;
            }
            List<Element> downloads = elements(module, "resource").stream()
                    .filter(r -> "download".equals(r.getAttribute("type"))).toList();
            if (downloads.isEmpty()) {
                problems.add(describe(module) + " serves no file");
            }
            for (Element download : downloads) {
                String name = download.getAttribute("name");
                String location = download.getAttribute("location").trim();
                if (!location.startsWith("web/") || !(location.endsWith(".js") || location.endsWith(".css"))) {
                    problems.add(describe(download) + ": " + location + " is not a script or style sheet under web/");
                }
                if (!Files.isRegularFile(RESOURCES.resolve(location))) {
                    problems.add(describe(download) + ": no file " + rel(RESOURCES.resolve(location)));
                }
                if (name.contains("/") || !location.endsWith(name)) {
                    problems.add(describe(download) + ": name '" + name + "' is not the file name of " + location);
                }
                if (name.toLowerCase(Locale.ROOT).matches(".*(aui|jquery).*")) {
                    problems.add(describe(download) + ": AUI and jQuery come from the host, never from the plugin");
                }
            }
            if (elements(module, "context").isEmpty() && !dependedOn.contains(PLUGIN_KEY + ":"
                    + module.getAttribute("key"))) {
                problems.add(describe(module) + " joins no <context> and nothing depends on it: never loaded");
            }
            for (Element dependency : elements(module, "dependency")) {
                String key = dependency.getTextContent().trim();
                if (!key.startsWith("com.atlassian.auiplugin:") && !key.startsWith(PLUGIN_KEY + ":")) {
                    problems.add(describe(dependency) + " " + key + ": only AUI's or our own web-resources");
                }
            }
        }
        assertNone("web-resources", problems);
    }

    @Test
    public void shouldDependOnlyOnDeclaredWebResourcesOfOurOwnPlugin() {
        Set<String> webResources = new HashSet<>();
        Set<String> allModules = new HashSet<>();
        for (Element module : modules()) {
            allModules.add(module.getAttribute("key"));
            if ("web-resource".equals(module.getTagName())) {
                webResources.add(module.getAttribute("key"));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Element dependency : elements(descriptor().getDocumentElement(), "dependency")) {
            String text = dependency.getTextContent().trim();
            if (text.startsWith(PLUGIN_KEY + ":") && !webResources.contains(text.substring(PLUGIN_KEY.length() + 1))) {
                problems.add(describe(dependency) + " " + text + ": no <web-resource> with that key");
            }
        }
        assertNone("web-resource dependencies on our own plugin", problems);
    }

    @Test
    public void shouldReferToDeclaredModulesWhenNamingOurPluginKeyAndModuleKey() throws IOException {
        Set<String> declared = new HashSet<>();
        for (Element module : modules()) {
            declared.add(module.getAttribute("key"));
        }
        List<String> problems = new ArrayList<>();
        for (Element element : elements(descriptor().getDocumentElement(), "*")) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                for (String key : ownModuleReferences(attribute.getValue())) {
                    if (!declared.contains(key)) {
                        problems.add(describe(element) + " @" + attribute.getName() + ": " + PLUGIN_KEY + ":" + key);
                    }
                }
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    for (String key : ownModuleReferences(child.getNodeValue())) {
                        if (!declared.contains(key)) {
                            problems.add(describe(element) + ": " + PLUGIN_KEY + ":" + key);
                        }
                    }
                }
            }
        }
        for (Path source : files(MAIN_JAVA, ".java")) {
            for (Literal literal : stringLiterals(Files.readString(source, StandardCharsets.UTF_8))) {
                for (String key : ownModuleReferences(literal.value)) {
                    if (!declared.contains(key)) {
                        problems.add(rel(source) + ":" + literal.line + " \"" + literal.value + "\"");
                    }
                }
            }
        }
        for (Path template : files(TEMPLATES, ".vm")) {
            List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                for (String key : ownModuleReferences(lines.get(i))) {
                    if (!declared.contains(key)) {
                        problems.add(rel(template) + ":" + (i + 1) + " " + PLUGIN_KEY + ":" + key);
                    }
                }
            }
        }
        assertNone("references '" + PLUGIN_KEY + ":<module-key>' to modules atlassian-plugin.xml does not declare",
                problems);
    }

    // --- velocity allowlist ------------------------------------------------------------------------------------------

    @Test
    public void shouldAllowlistOnlyPublicMethodsDeclaredByTheNamedClass() {
        List<String> problems = new ArrayList<>();
        for (Element allowlist : elements(descriptor().getDocumentElement(), "velocity-allowlist")) {
            for (Element method : elements(allowlist, "method")) {
                String entry = method.getTextContent().trim();
                String problem = allowlistProblem(entry);
                if (problem != null) {
                    problems.add(describe(allowlist) + " '" + entry + "': " + problem);
                }
            }
        }
        assertNone("velocity-allowlist entries (format fq.Class#name(fq.ParamType,...), naming the class that "
                + "declares the method, shared/host-api-platform7.md §2.1)", problems);
    }

    @Test
    public void shouldKeepTheVelocityAllowlistSortedWhenEntriesAreAdded() {
        List<String> problems = new ArrayList<>();
        for (Element allowlist : elements(descriptor().getDocumentElement(), "velocity-allowlist")) {
            List<String> entries = new ArrayList<>();
            for (Element method : elements(allowlist, "method")) {
                entries.add(method.getTextContent().trim());
            }
            for (int i = 1; i < entries.size(); i++) {
                int order = entries.get(i - 1).compareTo(entries.get(i));
                if (order == 0) {
                    problems.add(describe(allowlist) + ": '" + entries.get(i) + "' is listed twice");
                } else if (order > 0) {
                    problems.add(describe(allowlist) + ": '" + entries.get(i) + "' must come before '"
                            + entries.get(i - 1) + "'");
                }
            }
        }
        assertNone("velocity-allowlist <method> entries must be sorted (String order, as `LC_ALL=C sort`; house "
                + "style, so that merges do not duplicate entries)", problems);
    }

    /**
     * Every method a template calls — a property ({@code $goals.heading} is {@code getHeading()} or
     * {@code isHeading()}) or a call ({@code $x.name(…)}) after the context name — is one our own allowlist names. So a
     * template calls no JDK collection method ({@code .size()}, {@code .isEmpty()}, {@code .get(..)}) and no
     * {@code $i18n.getText}, which the platform's global allowlist may not cover (shared/host-api-platform7.md §2.1):
     * view models carry translated text and flags instead. Checked by name on the template text; the dev host's
     * renderer checks the exact classes when it renders.
     */
    @Test
    public void shouldCallOnlyOwnAllowlistedGettersWhenTemplatesReferToViews() throws IOException {
        Set<String> allowlisted = new HashSet<>();
        for (Element allowlist : elements(descriptor().getDocumentElement(), "velocity-allowlist")) {
            for (Element method : elements(allowlist, "method")) {
                Matcher m = ALLOWLIST_METHOD.matcher(method.getTextContent().trim());
                if (m.matches()) {
                    allowlisted.add(m.group(2));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".vm")) {
            List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.stripLeading().startsWith("##")) {
                    continue;
                }
                Matcher reference = TEMPLATE_REFERENCE.matcher(line);
                while (reference.find()) {
                    Matcher segment = TEMPLATE_SEGMENT.matcher(reference.group(2));
                    while (segment.find()) {
                        String name = segment.group(1);
                        boolean call = segment.group(2) != null;
                        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                        boolean allowed = call ? allowlisted.contains(name)
                                : allowlisted.contains("get" + capitalised) || allowlisted.contains("is" + capitalised);
                        if (!allowed) {
                            problems.add(rel(template) + ":" + (i + 1) + " '" + reference.group() + "': "
                                    + (call ? name + "(…)" : "get" + capitalised + "() / is" + capitalised + "()")
                                    + " is not in our velocity-allowlist");
                        }
                    }
                }
            }
        }
        assertNone("template method calls outside the plugin's own velocity-allowlist (no JDK collection methods, no "
                + "$i18n.getText: give the view model a getter with the translated text or flag)", problems);
    }

    // --- REST and Active Objects -------------------------------------------------------------------------------------

    @Test
    public void shouldServeRestV2WhenARestModuleIsDeclared() {
        List<String> problems = new ArrayList<>();
        List<Element> rest = childModules("rest");
        boolean servesBase = false;
        for (Element module : rest) {
            String path = module.getAttribute("path").trim();
            String version = module.getAttribute("version").trim();
            if (path.isEmpty() || version.isEmpty()) {
                problems.add(describe(module) + " needs both path and version (URL /rest/<path>/<version>/...)");
            }
            servesBase |= "/cascade".equals(path) && "1.0".equals(version);
        }
        if (!rest.isEmpty() && !servesBase) {
            problems.add("no <rest path=\"/cascade\" version=\"1.0\">; the REST base /rest/cascade/1.0/ is fixed "
                    + "(ARCHITECTURE §1; the Confluence macros call it)");
        }
        if (!rest.isEmpty()) {
            boolean migrated = false;
            for (Element migration : childModules("rest-migration")) {
                migrated |= !elements(migration, "rest-v2").isEmpty();
            }
            if (!migrated) {
                problems.add("a <rest> module needs <rest-migration key=\"cascade-rest-migration\"><rest-v2/>"
                        + "</rest-migration> (shared/host-api-platform7.md §1.3)");
            }
        }
        assertNone("REST modules", problems);
    }

    @Test
    public void shouldKeepActiveObjectsUnderTheFixedNamespace() {
        List<String> problems = new ArrayList<>();
        List<Element> ao = elements(descriptor().getDocumentElement(), "ao");
        if (ao.size() > 1) {
            problems.add("more than one <ao> module (" + ao.size() + ")");
        }
        for (Element module : ao) {
            if (!PLUGIN_KEY.equals(module.getAttribute("namespace"))) {
                problems.add(describe(module) + ": namespace=\"" + module.getAttribute("namespace") + "\", must be \""
                        + PLUGIN_KEY + "\" (table names derive from it; changing it orphans customers' data)");
            }
        }
        assertNone("Active Objects module", problems);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Why the named class cannot be used, or null when it is fine. */
    private static String classProblem(String name) {
        if (name.isEmpty()) {
            return "empty class name";
        }
        if (name.startsWith("com.atlassian.") && KNOWN_HOST_CLASSES.contains(name)) {
            return null;
        }
        Class<?> type;
        try {
            type = Class.forName(name, false, loader());
        } catch (ClassNotFoundException | LinkageError e) {
            if (name.startsWith("com.atlassian.")) {
                return "host class neither mirrored in src/host-api/java nor in this test's known host classes "
                        + "(add it to the mirror with its source, host-api.md)";
            }
            return "class does not load (" + e + ")";
        }
        if (name.startsWith(PLUGIN_KEY + ".")) {
            if (Files.exists(sourceIn(MIRROR, name))) {
                return "plugin class is in the host API mirror, which is never shipped";
            }
            if (fromTestOutput(type)) {
                return "loads, but from the test output (test or dev-host code is never shipped)";
            }
        } else if (name.startsWith("com.atlassian.") && !Files.exists(sourceIn(MIRROR, name))) {
            return "host class loads but is not from the mirror src/host-api/java";
        }
        return null;
    }

    /** Whether the class was compiled with the tests (src/test/java, src/devhost/java) rather than main. */
    private static boolean fromTestOutput(Class<?> type) {
        CodeSource tests = DescriptorConsistencyTest.class.getProtectionDomain().getCodeSource();
        CodeSource origin = type.getProtectionDomain().getCodeSource();
        return tests != null && origin != null && tests.getLocation().equals(origin.getLocation());
    }

    private static String supertypeProblem(String tag, String name) {
        String required = REQUIRED_SUPERTYPE.get(tag);
        if (required == null || KNOWN_HOST_CLASSES.contains(name)) {
            return null;
        }
        try {
            Class<?> supertype = Class.forName(required, false, loader());
            Class<?> type = Class.forName(name, false, loader());
            return supertype.isAssignableFrom(type) ? null : "is not a " + required;
        } catch (ClassNotFoundException | LinkageError e) {
            return null; // the supertype is not mirrored yet; nothing to compare with
        }
    }

    private static String allowlistProblem(String entry) {
        Matcher m = ALLOWLIST_METHOD.matcher(entry);
        if (!m.matches()) {
            return "not of the form fq.Class#name(fq.ParamType,...)";
        }
        String className = m.group(1);
        String problem = classProblem(className);
        if (problem != null) {
            return className + ": " + problem;
        }
        List<Class<?>> parameters = new ArrayList<>();
        String list = m.group(3).trim();
        if (!list.isEmpty()) {
            for (String parameter : list.split(",")) {
                try {
                    parameters.add(type(parameter.trim()));
                } catch (ClassNotFoundException | LinkageError e) {
                    return "parameter type '" + parameter.trim() + "' does not load (write it fully qualified)";
                }
            }
        }
        Class<?> type;
        try {
            type = Class.forName(className, false, loader());
        } catch (ClassNotFoundException | LinkageError e) {
            return "class is known to the host but cannot be inspected here; allowlist only our own classes";
        }
        Method method;
        try {
            method = type.getDeclaredMethod(m.group(2), parameters.toArray(new Class<?>[0]));
        } catch (NoSuchMethodException | LinkageError e) {
            String hint;
            try {
                Method inherited = type.getMethod(m.group(2), parameters.toArray(new Class<?>[0]));
                hint = "; it is inherited: name " + inherited.getDeclaringClass().getName() + " instead";
            } catch (NoSuchMethodException | LinkageError e2) {
                String declared = Arrays.stream(type.getDeclaredMethods())
                        .filter(candidate -> candidate.getName().equals(m.group(2)))
                        .map(candidate -> Arrays.stream(candidate.getParameterTypes())
                                .map(Class::getTypeName).collect(Collectors.joining(",", "(", ")")))
                        .sorted().collect(Collectors.joining(" "));
                hint = declared.isEmpty() ? "" : "; declared overloads: " + declared;
            }
            return "no such method declared by " + className + hint;
        }
        if (!Modifier.isPublic(method.getModifiers())) {
            return "method is not public";
        }
        if (!Modifier.isPublic(type.getModifiers())) {
            return className + " is not public, so Velocity cannot call its methods";
        }
        return null;
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        if (name.endsWith("[]")) {
            return Array.newInstance(type(name.substring(0, name.length() - 2).trim()), 0).getClass();
        }
        Class<?> primitive = PRIMITIVES.get(name);
        return primitive != null ? primitive : Class.forName(name, false, loader());
    }

    private static Path sourceIn(Path sourceRoot, String binaryName) {
        int nested = binaryName.indexOf('$');
        String topLevel = nested < 0 ? binaryName : binaryName.substring(0, nested);
        return sourceRoot.resolve(topLevel.replace('.', '/') + ".java");
    }

    private static ClassLoader loader() {
        return DescriptorConsistencyTest.class.getClassLoader();
    }

    /** Null when the key is in both bundles, otherwise the bundle(s) lacking it. */
    private static String missingIn(String key) {
        List<String> missing = new ArrayList<>();
        if (!english().containsKey(key)) {
            missing.add(rel(ENGLISH));
        }
        if (!chinese().containsKey(key)) {
            missing.add(rel(CHINESE));
        }
        return missing.isEmpty() ? null : String.join(" and ", missing);
    }

    private static List<String> ownModuleReferences(String text) {
        List<String> keys = new ArrayList<>();
        Matcher m = OWN_MODULE_REFERENCE.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    /** A Java string literal and the line it starts on. */
    private static final class Literal {
        final String value;
        final int line;

        Literal(String value, int line) {
            this.value = value;
            this.line = line;
        }
    }

    /**
     * The string literals of a Java source file, skipping comments, character literals and text blocks (which hold
     * no i18n keys in this code base). Escapes are decoded only as far as keys and paths need ({@code \"}, {@code \\}).
     */
    static List<Literal> stringLiterals(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end, '\n');
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end + 3;
                line += count(source, i, end, '\n');
                i = end;
            } else if (c == '"' || c == '\'') {
                StringBuilder value = new StringBuilder();
                int start = line;
                i++;
                while (i < n && source.charAt(i) != c && source.charAt(i) != '\n') {
                    if (source.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    value.append(source.charAt(i));
                    i++;
                }
                i++;
                if (c == '"') {
                    literals.add(new Literal(value.toString(), start));
                }
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int count(String text, int from, int to, char wanted) {
        int count = 0;
        for (int i = from; i < Math.min(to, text.length()); i++) {
            if (text.charAt(i) == wanted) {
                count++;
            }
        }
        return count;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(path -> path.toString().endsWith(suffix) && Files.isRegularFile(path)).sorted()
                    .collect(Collectors.toList());
        }
    }

    private static synchronized Document descriptor() {
        if (descriptor == null) {
            if (!Files.isRegularFile(DESCRIPTOR)) {
                throw new AssertionError("atlassian-plugin.xml is missing at the repository root " + ROOT
                        + " (the plugin has code, so it needs its descriptor)");
            }
            try (InputStream in = Files.newInputStream(DESCRIPTOR)) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.setNamespaceAware(false);
                DocumentBuilder builder = factory.newDocumentBuilder();
                builder.setErrorHandler(null);
                descriptor = builder.parse(in);
            } catch (Exception e) {
                throw new AssertionError("atlassian-plugin.xml is not well-formed XML: " + e.getMessage(), e);
            }
        }
        return descriptor;
    }

    private static synchronized Properties english() {
        if (english == null) {
            english = bundle(ENGLISH);
        }
        return english;
    }

    private static synchronized Properties chinese() {
        if (chinese == null) {
            chinese = bundle(CHINESE);
        }
        return chinese;
    }

    private static Properties bundle(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(rel(file) + " is missing");
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new AssertionError(rel(file) + " does not load (see I18nBundlesTest): " + e.getMessage(), e);
        }
        return properties;
    }

    /** The plugin's modules: direct children of the root, except plugin-info and plugin-wide resources. */
    private static List<Element> modules() {
        List<Element> modules = new ArrayList<>();
        for (Element child : children(descriptor().getDocumentElement())) {
            if (!"plugin-info".equals(child.getTagName()) && !"resource".equals(child.getTagName())) {
                modules.add(child);
            }
        }
        return modules;
    }

    private static List<Element> childModules(String tag) {
        List<Element> found = new ArrayList<>();
        for (Element module : modules()) {
            if (tag.equals(module.getTagName())) {
                found.add(module);
            }
        }
        return found;
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                children.add((Element) child);
            }
        }
        return children;
    }

    /** Descendants with the tag ("*" for all), in document order. */
    private static List<Element> elements(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    /** e.g. {@code <web-panel key="cascade-issue-panel"> / <resource name="view">}. */
    private static String describe(Element element) {
        List<String> path = new ArrayList<>();
        for (Node node = element; node instanceof Element && node.getParentNode() instanceof Element;
                node = node.getParentNode()) {
            Element e = (Element) node;
            String tag = e.getTagName();
            boolean i18nKey = "label".equals(tag) || "description".equals(tag) || "tooltip".equals(tag);
            String id = e.hasAttribute("key") && !i18nKey ? " key=\"" + e.getAttribute("key") + "\""
                    : e.hasAttribute("name") ? " name=\"" + e.getAttribute("name") + "\"" : "";
            path.add(0, "<" + tag + id + ">");
        }
        return String.join(" / ", path);
    }

    private static String rel(Path path) {
        return path.startsWith(ROOT) ? ROOT.relativize(path).toString() : path.toString();
    }

    private static void assertNone(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(what + ":\n  " + String.join("\n  ", new LinkedHashSet<>(problems)));
        }
    }
}
