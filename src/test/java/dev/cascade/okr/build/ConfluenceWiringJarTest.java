package dev.cascade.okr.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * In Confluence the built JAR wires what Confluence enables and nothing of Jira (issue 15): Confluence's Spring Scanner
 * reads the plain index files and the {@code -confluence} ones only, so every class a module enabled in Confluence
 * names (no {@code application}, or {@code confluence}) must be buildable from the beans of {@code component} and
 * {@code component-confluence} and the host services of {@code imports} and {@code imports-confluence} — a module
 * needing a Jira-only bean would fail when Confluence enables it. The Cascade macros must be there, each an
 * {@code xhtml-macro} for Confluence only; no bean or import of the {@code -jira} files may be needed there.
 */
public class ConfluenceWiringJarTest {

    private static final String INDEX = "META-INF/plugin-components/";
    private static final String OUR = "dev.cascade.okr.";

    @Test
    public void shouldDeclareTheMacrosForConfluenceOnlyWhenTheJarIsBuilt() throws Exception {
        try (JarFile jar = new JarFile(BuiltJar.path().toFile())) {
            List<String> problems = new ArrayList<>();
            Set<String> macros = new TreeSet<>();
            NodeList modules = descriptor(jar).getElementsByTagName("xhtml-macro");
            for (int i = 0; i < modules.getLength(); i++) {
                Element macro = (Element) modules.item(i);
                macros.add(macro.getAttribute("name"));
                if (!"confluence".equals(macro.getAttribute("application"))) {
                    problems.add(macro.getAttribute("key") + " is not application=\"confluence\"");
                }
                if (jar.getJarEntry(classFile(macro.getAttribute("class"))) == null) {
                    problems.add(macro.getAttribute("key") + ": no class " + macro.getAttribute("class"));
                }
            }
            assertEquals("the eight macros of issue 15", Set.of("cascade-tree", "cascade-goal-card",
                    "cascade-company-goals", "cascade-department-goals", "cascade-individual-goals",
                    "cascade-tracking-record", "cascade-quarterly-review", "cascade-appraisal"), macros);
            assertTrue(problems.toString(), problems.isEmpty());
        }
    }

    @Test
    public void shouldBuildEveryModuleConfluenceEnablesFromConfluencesBeansWhenTheJarIsBuilt() throws Exception {
        try (JarFile jar = new JarFile(BuiltJar.path().toFile())) {
            Set<String> beans = new TreeSet<>(index(jar, "component"));
            beans.addAll(index(jar, "component-confluence"));
            Set<String> hostServices = new TreeSet<>(index(jar, "imports"));
            hostServices.addAll(index(jar, "imports-confluence"));
            Set<String> jiraOnly = new TreeSet<>(index(jar, "component-jira"));
            jiraOnly.addAll(index(jar, "imports-jira"));
            Set<String> inConfluence = new LinkedHashSet<>();
            NodeList all = descriptor(jar).getDocumentElement().getChildNodes();
            for (int i = 0; i < all.getLength(); i++) {
                if (all.item(i) instanceof Element module && enabledInConfluence(module)) {
                    collectClasses(module, inConfluence);
                }
            }
            assertFalse("no module of ours is enabled in Confluence", inConfluence.isEmpty());
            List<String> problems = new ArrayList<>();
            Set<String> checked = new TreeSet<>();
            for (String type : inConfluence) {
                wire(jar, type, beans, hostServices, jiraOnly, checked, problems, type);
            }
            assertTrue("classes Confluence would build that need what Confluence does not have (a bean or host "
                    + "service of the -jira index files, or nothing at all); give the module application=\"jira\" "
                    + "or wire it from component-confluence / imports-confluence: " + problems, problems.isEmpty());
            assertTrue("the macros need the Jira client, a Confluence bean", checked.contains(OUR
                    + "confluence.JiraClient"));
            for (String bean : index(jar, "component-confluence")) {
                assertFalse(bean + " is in both component-confluence and component-jira",
                        index(jar, "component-jira").contains(bean));
            }
        }
    }

    private static boolean enabledInConfluence(Element module) {
        String application = module.getAttribute("application");
        return application.isEmpty() || List.of(application.split(",")).stream().map(String::strip)
                .anyMatch("confluence"::equals);
    }

    private static void collectClasses(Element element, Set<String> classes) {
        String type = element.getAttribute("class");
        if (type.startsWith(OUR)) {
            classes.add(type);
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collectClasses(child, classes);
            }
        }
    }

    /** Checks that {@code type} can be built from Confluence's beans and host services, and so its beans. */
    private static void wire(JarFile jar, String type, Set<String> beans, Set<String> hostServices,
            Set<String> jiraOnly, Set<String> checked, List<String> problems, String path) throws IOException {
        if (!checked.add(type)) {
            return;
        }
        List<List<String>> constructors = publicConstructors(jar, type);
        if (constructors.isEmpty()) {
            problems.add(path + ": no public constructor in the JAR");
            return;
        }
        List<String> best = null;
        for (List<String> parameters : constructors) {
            boolean satisfiable = parameters.stream().allMatch(p -> beans.contains(p) || hostServices.contains(p));
            if (satisfiable && (best == null || parameters.size() > best.size())) {
                best = parameters;
            }
        }
        if (best == null) {
            List<String> missing = new ArrayList<>();
            for (String parameter : constructors.get(0)) {
                if (!beans.contains(parameter) && !hostServices.contains(parameter)) {
                    missing.add(parameter + (jiraOnly.contains(parameter) ? " (Jira only)" : ""));
                }
            }
            problems.add(path + " needs " + missing);
            return;
        }
        for (String parameter : best) {
            if (beans.contains(parameter)) {
                wire(jar, parameter, beans, hostServices, jiraOnly, checked, problems, path + " -> " + parameter);
            }
        }
    }

    private static List<List<String>> publicConstructors(JarFile jar, String type) throws IOException {
        JarEntry entry = jar.getJarEntry(classFile(type));
        if (entry == null) {
            return List.of();
        }
        List<List<String>> constructors = new ArrayList<>();
        try (InputStream in = jar.getInputStream(entry)) {
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    if ("<init>".equals(name) && (access & Opcodes.ACC_PUBLIC) != 0) {
                        List<String> parameters = new ArrayList<>();
                        for (Type parameter : Type.getArgumentTypes(descriptor)) {
                            parameters.add(parameter.getClassName());
                        }
                        constructors.add(parameters);
                    }
                    return null;
                }
            }, ClassReader.SKIP_CODE);
        }
        return constructors;
    }

    private static Set<String> index(JarFile jar, String file) throws IOException {
        JarEntry entry = jar.getJarEntry(INDEX + file);
        Set<String> lines = new TreeSet<>();
        if (entry != null) {
            try (InputStream in = jar.getInputStream(entry)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        lines.add(line.strip());
                    }
                }
            }
        }
        return lines;
    }

    private static Document descriptor(JarFile jar) throws Exception {
        try (InputStream in = jar.getInputStream(jar.getJarEntry("atlassian-plugin.xml"))) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static String classFile(String type) {
        return type.replace('.', '/') + ".class";
    }
}
