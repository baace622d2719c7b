package dev.cascade.okr.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Processor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.BeforeClass;
import org.junit.Test;
import org.osgi.framework.VersionRange;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The built JAR is a transformerless P2 plugin as Jira and Confluence expect it (shared/host-api.md §5.3-§5.5): the
 * manifest headers, the descriptor, i18n bundles, Spring Scanner set-up, and nothing but our own classes and the
 * spreadsheet writer decision 0020 embeds as private packages.
 */
public class JarContentsJarTest {

    private static final String PLUGIN_KEY = "dev.cascade.okr";
    private static final String AMPS_BUILD_DATE_FORMAT = "yyyy-MM-dd'T'HH:mm:ssZ";
    private static final String SCANNER_NAMESPACE = "http://www.atlassian.com/schema/atlassian-scanner/2";
    private static final List<String> SCANNER_INDEX_FILES = List.of("component", "imports", "component-jira",
            "imports-jira", "component-confluence", "imports-confluence", "exports");

    /**
     * The libraries embedded as private packages (docs/decisions/0020-spreadsheets.md): the streaming XLSX writer
     * and its ZIP writer, which no host exports.
     */
    private static final List<String> EMBEDDED = List.of("org/dhatim/fastexcel/", "com/github/rzymek/opczip/");

    private static Path jarPath;
    private static Attributes manifest;
    private static List<String> entries;

    @BeforeClass
    public static void readJar() throws IOException {
        jarPath = BuiltJar.path();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            assertNotNull("The plugin JAR has no META-INF/MANIFEST.MF", jar.getManifest());
            manifest = jar.getManifest().getMainAttributes();
            entries = Collections.list(jar.entries()).stream().map(JarEntry::getName).toList();
        }
    }

    @Test
    public void shouldCarryThePluginKeyAsSymbolicNameAndPluginKeyWhenBuilt() {
        assertEquals("Bundle-SymbolicName must be exactly the plugin key, with no directives such as "
                + ";singleton:=true: Jira and Confluence identify the plugin (and its Active Objects tables) by it. "
                + "Fix <Bundle-SymbolicName> in pom.xml.", PLUGIN_KEY, header("Bundle-SymbolicName"));
        assertEquals("Atlassian-Plugin-Key must equal the plugin key; it also marks the plugin transformerless. "
                + "Fix <Atlassian-Plugin-Key> in pom.xml.", PLUGIN_KEY, header("Atlassian-Plugin-Key"));
    }

    @Test
    public void shouldDeclareAnR4BundleWithASpringContextWhenBuilt() {
        assertEquals("Bundle-ManifestVersion must be 2 (an OSGi R4 bundle), or the plugin system will not read "
                + "Import-Package. maven-bundle-plugin writes it; check pom.xml's packaging is 'bundle'.",
                "2", header("Bundle-ManifestVersion"));
        assertEquals("Spring-Context must be '*' so the plugin system builds the Spring context from "
                + "META-INF/spring/*.xml. Fix <Spring-Context> in pom.xml.", "*", header("Spring-Context"));
    }

    @Test
    public void shouldCarryABuildDateInAmpsFormatWhenBuilt() {
        String date = header("Atlassian-Build-Date");
        assertNotNull("Atlassian-Build-Date is missing; UPM and licensing use it to order versions. Add "
                + "<Atlassian-Build-Date>${maven.build.timestamp}</Atlassian-Build-Date> to pom.xml.", date);
        try {
            OffsetDateTime.parse(date, DateTimeFormatter.ofPattern(AMPS_BUILD_DATE_FORMAT));
        } catch (DateTimeParseException e) {
            fail("Atlassian-Build-Date '" + date + "' is not in AMPS's format " + AMPS_BUILD_DATE_FORMAT
                    + " (e.g. 2026-11-21T14:43:48+0000), which UPM and licensing parse. Maven's default timestamp "
                    + "format ends in a literal 'Z'; fix: in pom.xml <properties> set <maven.build.timestamp.format>"
                    + AMPS_BUILD_DATE_FORMAT + "</maven.build.timestamp.format>.");
        }
    }

    @Test
    public void shouldImportNoBlanketWildcardWhenBuilt() {
        for (String clause : imports().keySet()) {
            assertFalse("Import-Package contains the wildcard clause '" + clause + "': a blanket import wires "
                    + "whatever the host happens to export and hides missing imports. List packages explicitly in "
                    + "pom.xml's <Import-Package>.", clause.contains("*"));
        }
        assertNull("DynamicImport-Package is a blanket import; remove it from pom.xml and list packages in "
                + "<Import-Package>.", header("DynamicImport-Package"));
    }

    @Test
    public void shouldImportProductPackagesOptionallyWhenBuilt() {
        List<String> mandatory = new ArrayList<>();
        for (Map.Entry<String, Attrs> clause : imports().entrySet()) {
            String name = Processor.removeDuplicateMarker(clause.getKey());
            boolean productSpecific = isPackageOrSubpackage(name, "com.atlassian.jira")
                    || isPackageOrSubpackage(name, "com.atlassian.confluence")
                    || isPackageOrSubpackage(name, "com.atlassian.applinks");
            if (productSpecific && !"optional".equals(clause.getValue().get("resolution:"))) {
                mandatory.add(name);
            }
        }
        assertEquals("These product-specific packages are imported without resolution:=optional, so the one JAR "
                + "will not resolve in the other product: " + mandatory + ". Fix: keep "
                + "'com.atlassian.jira.*;resolution:=optional' (and confluence, applinks) in pom.xml's "
                + "<Import-Package>, before any clause that also matches them.", List.of(), mandatory);
    }

    /**
     * Platform 8 imports the Jakarta EE 10 APIs in the ranges the hosts export (JAX-RS 3.1, servlet 6.0, inject 2.0);
     * Platform 7 imports the Java EE 8 APIs with version 0, since a range bnd copies from a compile jar (e.g. [1.1,2)
     * from JAX-RS 1.x) may not match what Jira 10 / Confluence 9 export. Neither imports the other's namespace.
     */
    /**
     * Whether a package belongs to a Java SE module (such as {@code javax.xml.stream} of {@code java.xml}, which the
     * goals import's XLSX reader uses): the JDK's, on both platforms, so not the other platform's enterprise namespace.
     */
    private static boolean isJavaSe(String name) {
        return ModuleLayer.boot().modules().stream().filter(m -> m.getName().startsWith("java."))
                .anyMatch(m -> m.getPackages().contains(name));
    }

    @Test
    public void shouldImportThePlatformsEnterpriseApisInTheirRangesWhenBuilt() {
        Map<String, String> expected = BuiltJar.platform() == 8
                ? Map.of("jakarta.ws.rs", "[3.1,4)", "jakarta.servlet", "[6.0,7)", "jakarta.inject", "[2.0,3)")
                : Map.of("javax.ws.rs", "0", "javax.servlet", "0", "javax.inject", "0");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Attrs> clause : imports().entrySet()) {
            String name = Processor.removeDuplicateMarker(clause.getKey());
            if (isPackageOrSubpackage(name, BuiltJar.foreignNamespace()) && !isJavaSe(name)) {
                wrong.add(name + " (the other platform's namespace)");
            }
            for (Map.Entry<String, String> api : expected.entrySet()) {
                String version = clause.getValue().get("version");
                if (isPackageOrSubpackage(name, api.getKey()) && !api.getValue().equals(version)) {
                    wrong.add(name + ";version=\"" + version + "\" (expected " + api.getValue() + ")");
                }
            }
        }
        assertEquals("The Platform " + BuiltJar.platform() + " JAR imports these enterprise APIs wrongly: " + wrong
                + ". Fix pom.xml's <Import-Package> (Platform 8) or dev.cascade.build.Platform7Jar (Platform 7).",
                List.of(), wrong);
    }

    @Test
    public void shouldNotImportTheScannerAnnotationsWhenTheIndexIsPrebuilt() {
        List<String> scanner = imports().keySet().stream().map(Processor::removeDuplicateMarker)
                .filter(name -> isPackageOrSubpackage(name, "com.atlassian.plugin.spring.scanner")).toList();
        assertEquals("Import-Package names Spring Scanner annotation packages, which nothing needs at runtime (the "
                + "build writes the index from them; the products do not promise to export them): " + scanner
                + ". Keep '!com.atlassian.plugin.spring.scanner.annotation.*' first in pom.xml's <Import-Package>.",
                List.of(), scanner);
    }

    @Test
    public void shouldImportJacksonFromTheVersionWithTheCoercionApiWhenBuilt() {
        List<String> wrong = new ArrayList<>();
        int jackson = 0;
        for (Map.Entry<String, Attrs> clause : imports().entrySet()) {
            String name = Processor.removeDuplicateMarker(clause.getKey());
            if (isPackageOrSubpackage(name, "com.fasterxml.jackson")) {
                jackson++;
                String version = clause.getValue().get("version");
                if (version == null || !new VersionRange(version).equals(new VersionRange("[2.12,3)"))) {
                    wrong.add(name + ";version=\"" + version + "\"");
                }
            }
        }
        assertTrue("The JAR imports no Jackson package, but rest/JsonBodies uses Jackson", jackson > 0);
        assertEquals("Jackson must be imported as [2.12,3): JsonBodies configures coercion "
                + "(MapperBuilder.withCoercionConfig), which Jackson 2.12 introduced; an older host must refuse the "
                + "plugin at install, not fail on the first request. Wrong: " + wrong, List.of(), wrong);
    }

    @Test
    public void shouldRequireNoExecutionEnvironmentWhenBuilt() {
        String required = header("Require-Capability");
        assertTrue("Require-Capability names the execution environment (osgi.ee): '" + required + "'. The hosts "
                + "decide which Java runs the plugin; keep <_noee>true</_noee> in pom.xml.",
                required == null || !required.contains("osgi.ee"));
    }

    @Test
    public void shouldExportNothingWhenBuilt() {
        String exports = header("Export-Package");
        assertTrue("Export-Package must be absent or empty (a plugin exporting packages leaks classes into the "
                + "host and other plugins); it is '" + exports + "'. Keep <Export-Package/> and <_exportcontents/> "
                + "empty in pom.xml.", exports == null || exports.isBlank());
    }

    @Test
    public void shouldHaveATransformerlessDescriptorWhenBuilt() throws IOException {
        Document descriptor = parse("atlassian-plugin.xml", false);
        assertEquals("atlassian-plugin.xml's key must equal the plugin key (and Atlassian-Plugin-Key); an unreplaced "
                + "${...} means the resource filtering in pom.xml did not apply.", PLUGIN_KEY,
                descriptor.getDocumentElement().getAttribute("key"));
        for (String forbidden : List.of("component", "component-import")) {
            assertEquals("atlassian-plugin.xml declares <" + forbidden + ">, which a transformerless plugin "
                    + "(Atlassian-Plugin-Key set) must not: the plugin system refuses it. "
                    + "Declare beans with @Named and "
                    + "host services with @ComponentImport constructor parameters; the Spring Scanner index carries "
                    + "them.", 0, descriptor.getElementsByTagName(forbidden).getLength());
        }
    }

    @Test
    public void shouldShipEnglishAndChineseI18nBundlesWhenBuilt() {
        for (String bundle : List.of("i18n/cascade-okr.properties", "i18n/cascade-okr_zh_CN.properties")) {
            assertTrue(bundle + " is not in the JAR root. Put it in the project's i18n/ folder (pom.xml copies "
                    + "i18n/ to the JAR's i18n/) and name it in atlassian-plugin.xml's <resource type=\"i18n\">.",
                    entries.contains(bundle));
        }
    }

    @Test
    public void shouldEnableTheSpringScannerWhenBuilt() throws IOException {
        Document context = parse("META-INF/spring/plugin-context.xml", true);
        assertTrue("META-INF/spring/plugin-context.xml has no <atlassian-scanner:scan-indexes/> element in namespace "
                + SCANNER_NAMESPACE + ", so no bean or host import of the index is created. Fix "
                + "src/main/resources/META-INF/spring/plugin-context.xml (shared/host-api.md §5.3).",
                context.getElementsByTagNameNS(SCANNER_NAMESPACE, "scan-indexes").getLength() > 0);
    }

    @Test
    public void shouldShipAllSevenScannerIndexFilesWhenBuilt() {
        for (String file : SCANNER_INDEX_FILES) {
            String entry = "META-INF/plugin-components/" + file;
            assertTrue(entry + " is not in the JAR. The build's annotation processor (src/build/java) writes all seven "
                    + "index files to target/classes and pom.xml's Include-Resource copies them; check both.",
                    entries.contains(entry));
        }
    }

    @Test
    public void shouldContainOnlyThePluginsOwnClassesWhenBuilt() {
        List<String> mirror = new ArrayList<>();
        List<String> activeObjects = new ArrayList<>();
        List<String> devHost = new ArrayList<>();
        List<String> buildTooling = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<String> embedded = new ArrayList<>();
        for (String entry : entries) {
            if (!entry.endsWith(".class")) {
                continue;
            }
            if (EMBEDDED.stream().anyMatch(entry::startsWith)) {
                embedded.add(entry);
            } else if (entry.startsWith("com/atlassian/")) {
                mirror.add(entry);
            } else if (entry.startsWith("net/java/ao/")) {
                activeObjects.add(entry);
            } else if (entry.startsWith("dev/cascade/okr/devhost/")) {
                devHost.add(entry);
            } else if (entry.startsWith("dev/cascade/build/")) {
                buildTooling.add(entry);
            } else if (!entry.startsWith("dev/cascade/okr/")) {
                other.add(entry);
            }
        }
        assertEquals("Host API mirror classes (src/host-api/java) are in the JAR; they would shadow Jira's and "
                + "Confluence's real classes. Keep pom.xml's <Private-Package> to dev.cascade.okr.* only.",
                List.of(), mirror);
        assertEquals("Active Objects classes are in the JAR; the host provides net.java.ao. Keep the activeobjects "
                + "dependency in 'provided' scope and out of <Private-Package>.", List.of(), activeObjects);
        assertEquals("Dev host classes are in the JAR; the dev host belongs in src/devhost/java (test scope), not in "
                + "dev.cascade.okr.devhost under src/main/java.", List.of(), devHost);
        assertEquals("Build tooling (the Spring Scanner index processor) is in the JAR; it must stay in "
                + "target/build-classes.", List.of(), buildTooling);
        assertEquals("Classes outside dev/cascade/okr/ and the embedded spreadsheet writer are in the JAR; only the "
                + "plugin's own packages and the libraries decision 0020 embeds ship. Check pom.xml's "
                + "<Private-Package> and <Include-Resource>.", List.of(), other);
        for (String library : EMBEDDED) {
            assertTrue("The spreadsheet export needs " + library + " inside the JAR (the hosts do not export it, "
                    + "decision 0020); keep it in pom.xml's <Private-Package>.",
                    embedded.stream().anyMatch(entry -> entry.startsWith(library)));
        }
    }

    @Test
    public void shouldEmbedNoLibraryJarWhenBuilt() {
        List<String> jars = entries.stream().filter(entry -> entry.endsWith(".jar")).toList();
        assertEquals("The plugin JAR embeds library JARs; the plan is to use only what Jira and Confluence export "
                + "(import it in pom.xml instead), so an embedded library is either a scope mistake or needs an "
                + "architecture decision.", List.of(), jars);
        String classPath = header("Bundle-ClassPath");
        assertTrue("Bundle-ClassPath must be absent or '.', not '" + classPath + "': nothing is embedded.",
                classPath == null || classPath.strip().equals("."));
    }

    private static String header(String name) {
        return manifest.getValue(name);
    }

    private static Parameters imports() {
        return new Parameters(header("Import-Package"));
    }

    private static boolean isPackageOrSubpackage(String name, String root) {
        return name.equals(root) || name.startsWith(root + ".");
    }

    private static Document parse(String entry, boolean namespaceAware) throws IOException {
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            JarEntry found = jar.getJarEntry(entry);
            assertNotNull(entry + " is not in the JAR. Create " + (entry.equals("atlassian-plugin.xml")
                    ? "it in the project root (pom.xml copies it to the JAR root with filtering)."
                    : "src/main/resources/" + entry + "."), found);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(namespaceAware);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            try (InputStream in = jar.getInputStream(found)) {
                return factory.newDocumentBuilder().parse(in, entry);
            } catch (SAXException e) {
                throw new AssertionError(entry + " in the JAR is not well-formed XML: " + e.getMessage(), e);
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }
}
