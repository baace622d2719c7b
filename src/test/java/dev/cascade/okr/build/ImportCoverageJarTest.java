package dev.cascade.okr.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Analyzer;
import aQute.bnd.osgi.Clazz;
import aQute.bnd.osgi.Descriptors.PackageRef;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every package the JAR's code needs at runtime is in the JAR, is {@code java.*}, or is in Import-Package.
 *
 * <p>pom.xml lists Import-Package explicitly (no {@code *}), so bnd silently leaves out any other package the code
 * references; the plugin would then build, resolve and start, and fail with NoClassDefFoundError the first time the
 * class runs in Jira or Confluence. The same holds for classes that atlassian-plugin.xml names (conditions, context
 * providers): the plugin system loads them through the plugin's own class loader.
 */
public class ImportCoverageJarTest {

    private static final String DESCRIPTOR = "atlassian-plugin.xml";

    /**
     * Not imported on purpose: the Spring Scanner annotations, which the build turns into the index and which only
     * annotate (the JVM never loads an annotation type that nobody reflects on, and reflection skips a missing one).
     * The test below checks that the code uses nothing else from there.
     */
    private static final String SCANNER_ANNOTATIONS = "com.atlassian.plugin.spring.scanner.annotation";

    @Test
    public void shouldImportEveryPackageTheClassesReferenceWhenBuilt() throws Exception {
        Map<String, Set<String>> missing = new TreeMap<>();
        try (Jar jar = new Jar(BuiltJar.path().toFile()); Analyzer analyzer = new Analyzer()) {
            analyzer.setJar(jar);
            analyzer.analyze();
            Set<String> imported = imported(jar);
            Set<String> contained = analyzer.getContained().keySet().stream().map(PackageRef::getFQN)
                    .collect(Collectors.toSet());
            for (Clazz clazz : analyzer.getClassspace().values()) {
                for (PackageRef referred : clazz.getReferred()) {
                    String name = referred.getFQN();
                    if (!referred.isJava() && !contained.contains(name) && !imported.contains(name)
                            && !name.startsWith(SCANNER_ANNOTATIONS + ".")) {
                        missing.computeIfAbsent(name, key -> new TreeSet<>()).add(clazz.getFQN());
                    }
                }
            }
            for (String className : descriptorClasses(jar)) {
                int dot = className.lastIndexOf('.');
                String name = className.substring(0, dot);
                if (!name.startsWith("java.") && !contained.contains(name) && !imported.contains(name)) {
                    missing.computeIfAbsent(name, key -> new TreeSet<>()).add(DESCRIPTOR + " (" + className + ")");
                }
            }
        }
        assertEquals("The JAR's code needs packages that its Import-Package does not list, so they will fail with "
                + "NoClassDefFoundError at runtime in Jira / Confluence (package -> where it is used): " + missing
                + "\nFix: add each package to pom.xml's <Import-Package> (version=\"0\" for javax.*; "
                + "resolution:=optional for packages only one product has), or stop using it; then check that "
                + "src/test/resources/host-packages/*.packages list it where the product really exports it.",
                Map.of(), missing);
    }

    @Test
    public void shouldMirrorOnlyAnnotationsInTheUnimportedScannerPackagesWhenBuilt() throws Exception {
        // The mirror holds exactly what the code uses, so if it holds only annotation types there, the code can use
        // nothing else from the package it does not import.
        Path classes = BuiltJar.path().resolveSibling("classes");
        Path mirror = classes.resolve(SCANNER_ANNOTATIONS.replace('.', '/'));
        assertTrue("no " + mirror + ": build with mvn -o package first", Files.isDirectory(mirror));
        Set<String> notAnnotations = new TreeSet<>();
        try (var files = Files.walk(mirror); var loader = new java.net.URLClassLoader(
                new java.net.URL[] {classes.toUri().toURL()}, ImportCoverageJarTest.class.getClassLoader())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = SCANNER_ANNOTATIONS + "." + mirror.relativize(file).toString()
                        .replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                if (!Class.forName(name, false, loader).isAnnotation()) {
                    notAnnotations.add(name);
                }
            }
        }
        assertEquals("The plugin does not import " + SCANNER_ANNOTATIONS + ".* (the index is prebuilt), so it may "
                + "use only annotations from there; these are not: " + notAnnotations, Set.of(), notAnnotations);
    }

    private static Set<String> imported(Jar jar) throws Exception {
        Set<String> imported = new TreeSet<>();
        String header = jar.getManifest().getMainAttributes().getValue("Import-Package");
        for (String key : new Parameters(header).keySet()) {
            imported.add(Processor.removeDuplicateMarker(key));
        }
        return imported;
    }

    /** Returns the class names that {@code class} attributes of atlassian-plugin.xml give, if the JAR has one. */
    private static Set<String> descriptorClasses(Jar jar) throws Exception {
        Set<String> classes = new TreeSet<>();
        if (jar.getResource(DESCRIPTOR) == null) {
            return classes;
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = jar.getResource(DESCRIPTOR).openInputStream()) {
            NodeList elements = factory.newDocumentBuilder().parse(in, DESCRIPTOR).getElementsByTagName("*");
            for (int i = 0; i < elements.getLength(); i++) {
                String value = ((Element) elements.item(i)).getAttribute("class").strip();
                // "bean:name" and the like refer to Spring beans, not classes.
                if (value.matches("[\\w$]+(\\.[\\w$]+)+")) {
                    classes.add(value);
                }
            }
        }
        return classes;
    }
}
