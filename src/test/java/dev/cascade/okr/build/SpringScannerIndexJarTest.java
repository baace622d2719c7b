package dev.cascade.okr.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The Spring Scanner index files in the JAR ({@code META-INF/plugin-components/*}) say exactly what the annotations of
 * the JAR's classes say, and what they list can be built by Spring and imported from the host.
 *
 * <p>The rules are those of the build's annotation processor (src/build/java/dev/cascade/build/
 * SpringScannerIndexProcessor.java): {@code @jakarta.inject.Named} on a class puts it in {@code component},
 * {@code @JiraComponent} / {@code @ConfluenceComponent} in {@code component-jira} / {@code component-confluence}; a
 * constructor parameter annotated {@code @ComponentImport} puts its erased type in {@code imports},
 * {@code @JiraImport} / {@code @ConfluenceImport} in {@code imports-jira} / {@code imports-confluence}; a type in
 * {@code imports} is left out of the product files; a class annotated {@code @ExportAsService(I.class, ...)} is
 * listed in {@code exports} as {@code Class#I,...}; each file sorted, one binary class name a line, each line ending
 * in {@code \n}. Annotations are read reflectively by type name, from the JAR's own classes (loaded child-first, so
 * that target/classes does not stand in for them); the annotation types come from the test class path or from the
 * host API mirror in target/classes.
 */
public class SpringScannerIndexJarTest {

    private static final String INDEX_DIR = "META-INF/plugin-components/";
    private static final String SCANNER = "com.atlassian.plugin.spring.scanner.annotation.";
    private static final String PROCESSOR = "src/build/java/dev/cascade/build/SpringScannerIndexProcessor.java";

    /** Annotation type name on a class → the index file it puts the class in. */
    private static final Map<String, String> COMPONENT_ANNOTATIONS = Map.of(
            "jakarta.inject.Named", "component",
            SCANNER + "component.JiraComponent", "component-jira",
            SCANNER + "component.ConfluenceComponent", "component-confluence");

    /** Annotation type name on a constructor parameter → the index file it puts the parameter's type in. */
    private static final Map<String, String> IMPORT_ANNOTATIONS = Map.of(
            SCANNER + "imports.ComponentImport", "imports",
            SCANNER + "imports.JiraImport", "imports-jira",
            SCANNER + "imports.ConfluenceImport", "imports-confluence");

    private static final List<String> FILES = List.of("component", "component-jira", "component-confluence",
            "imports", "imports-jira", "imports-confluence", "exports");

    private static final String EXPORT_ANNOTATION = SCANNER + "export.ExportAsService";
    private static final String LIFECYCLE_AWARE = "com.atlassian.sal.api.lifecycle.LifecycleAware";

    private static final Set<String> INJECT_ANNOTATIONS = Set.of("jakarta.inject.Inject",
            "org.springframework.beans.factory.annotation.Autowired");

    private static JarClassLoader loader;
    private static List<Class<?>> classes;
    /** Index file name → its content in the JAR, or null if the JAR lacks it. */
    private static Map<String, String> index;

    @BeforeClass
    public static void loadJar() throws IOException {
        Path jarPath = BuiltJar.path();
        Set<String> classNames = new TreeSet<>();
        index = new LinkedHashMap<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.endsWith(".class") && !name.endsWith("-info.class") && !name.startsWith("META-INF/")) {
                    classNames.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
            for (String file : FILES) {
                JarEntry entry = jar.getJarEntry(INDEX_DIR + file);
                if (entry != null) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        index.put(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                } else {
                    index.put(file, null);
                }
            }
        }
        // Failsafe puts the JAR, not target/classes, on the test class path, so the host API mirror (compiled into
        // target/classes, kept out of the JAR) is added here, after the JAR.
        Path mirror = jarPath.resolveSibling("classes");
        assertTrue("No " + mirror + " next to the JAR: the host API mirror compiled with the plugin is needed to "
                + "load the plugin's classes. Run mvn -o package (not just the JAR from elsewhere).",
                Files.isDirectory(mirror));
        loader = new JarClassLoader(new URL[] {jarPath.toUri().toURL(), mirror.toUri().toURL()}, classNames,
                SpringScannerIndexJarTest.class.getClassLoader());
        classes = new ArrayList<>();
        for (String name : classNames) {
            classes.add(load(name, "is in the JAR"));
        }
    }

    @AfterClass
    public static void closeLoader() throws IOException {
        if (loader != null) {
            loader.close();
        }
    }

    @Test
    public void shouldListExactlyTheAnnotatedTypesWhenTheIndexIsBuilt() {
        Map<String, Set<String>> expected = expectedIndex();
        StringBuilder mismatches = new StringBuilder();
        for (String file : FILES) {
            String want = expected.get(file).stream().map(line -> line + "\n").collect(Collectors.joining());
            String have = index.get(file);
            if (have == null) {
                mismatches.append("\n").append(INDEX_DIR).append(file).append(" is missing from the JAR.");
            } else if (!want.equals(have)) {
                mismatches.append("\n").append(INDEX_DIR).append(file).append(" should read:\n").append(want)
                        .append("but reads:\n").append(have).append(have.isEmpty() || have.endsWith("\n") ? "" : "\n");
            }
        }
        assertEquals("The Spring Scanner index in the JAR does not match the annotations of the JAR's classes, so "
                + "Jira / Confluence would create other beans or host imports than the code asks for:" + mismatches
                + "\nFix: rebuild from clean (mvn -o clean package) so that " + PROCESSOR + " rewrites "
                + "target/classes/" + INDEX_DIR + "; if it still differs, the processor and this test disagree on "
                + "the rules (see both Javadocs) — mend the processor (nested types must be written with their "
                + "binary name, Outer$Inner, which is what the runtime loads). Never edit the index by hand.",
                "", mismatches.toString());
    }

    @Test
    public void shouldBeConcreteWithOneInjectableConstructorWhenListedAsComponent() {
        List<String> problems = new ArrayList<>();
        for (String file : List.of("component", "component-jira", "component-confluence")) {
            for (String name : lines(file)) {
                Class<?> type = loader.isInJar(name) ? load(name, "is listed in " + INDEX_DIR + file) : null;
                if (type == null) {
                    int dot = name.lastIndexOf('.');
                    String binary = dot < 0 ? name : name.substring(0, dot) + "$" + name.substring(dot + 1);
                    problems.add(name + " (" + file + "): not a class in the JAR; " + (loader.isInJar(binary)
                            ? "it is the nested class " + binary + ", which the index must name by that binary name "
                                    + "(mend " + PROCESSOR + ")"
                            : "the index may only list the plugin's own classes"));
                    continue;
                }
                String problem = beanProblem(type);
                if (problem != null) {
                    problems.add(name + " (" + file + "): " + problem);
                }
            }
        }
        assertEquals("Spring cannot build these beans the way the Spring Scanner runtime creates them (by "
                + "constructor injection, Spring 5.3 rules):\n  " + String.join("\n  ", problems)
                + "\nFix the class, or take its @Named / @JiraComponent / @ConfluenceComponent away.",
                List.of(), problems);
    }

    @Test
    public void shouldImportOnlyInterfacesWhenAHostServiceIsImported() {
        List<String> problems = new ArrayList<>();
        for (String file : List.of("imports", "imports-jira", "imports-confluence")) {
            for (String name : lines(file)) {
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    problems.add(name + " (" + file + "): cannot be loaded from the JAR or the test class path ("
                            + e + "); the host API mirror (src/host-api/java) should declare it");
                    continue;
                }
                if (!type.isInterface() || type.isAnnotation()) {
                    problems.add(name + " (" + file + "): is a " + kind(type) + ", not an interface");
                }
            }
        }
        assertEquals("Host services are imported as OSGi service proxies, which exist only for interfaces; these "
                + "imports are not interfaces:\n  " + String.join("\n  ", problems)
                + "\nFix: inject the service's interface (check its kind in shared/host-api.md and the mirror), or, "
                + "for a plain class, construct it yourself instead of importing it.", List.of(), problems);
    }

    @Test
    public void shouldTakeHostImportsOnlyAsConstructorParametersWhenAnnotated() {
        List<String> misplaced = new ArrayList<>();
        for (Class<?> type : classes) {
            for (Method method : type.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    String annotation = annotationIn(parameter.getAnnotations(), IMPORT_ANNOTATIONS.keySet());
                    if (annotation != null) {
                        misplaced.add(type.getName() + "#" + method.getName() + "(" + parameter.getType().getName()
                                + ") @" + annotation.substring(annotation.lastIndexOf('.') + 1));
                    }
                }
            }
        }
        assertEquals("Host imports are annotated on method parameters, where the Spring Scanner runtime never "
                + "injects them (the build's processor still writes them to the index):\n  "
                + String.join("\n  ", misplaced) + "\nFix: move the parameter to the bean's constructor.",
                List.of(), misplaced);
    }

    @Test
    public void shouldExportEveryLifecycleAwareBeanWhenItIsAComponent() {
        Set<String> components = new TreeSet<>();
        for (String file : List.of("component", "component-jira", "component-confluence")) {
            components.addAll(lines(file));
        }
        Set<String> exportedAsLifecycle = lines("exports").stream()
                .filter(line -> Arrays.asList(line.substring(line.indexOf('#') + 1).split(","))
                        .contains(LIFECYCLE_AWARE))
                .map(line -> line.substring(0, line.indexOf('#'))).collect(Collectors.toCollection(TreeSet::new));
        List<String> silent = new ArrayList<>();
        for (Class<?> type : classes) {
            boolean lifecycle = Arrays.stream(type.getInterfaces()).anyMatch(i -> i.getName().equals(LIFECYCLE_AWARE));
            if (lifecycle && components.contains(type.getName()) && !exportedAsLifecycle.contains(type.getName())) {
                silent.add(type.getName());
            }
        }
        assertEquals("These beans implement LifecycleAware but are not published as an OSGi service under it, so "
                + "the product never calls their onStart / onStop: " + silent + ". Fix: annotate the class "
                + "@ExportAsService(LifecycleAware.class).", List.of(), silent);
    }

    @Test
    public void shouldExportOnlyInterfacesTheBeanImplementsWhenExported() {
        List<String> problems = new ArrayList<>();
        for (String line : lines("exports")) {
            int hash = line.indexOf('#');
            if (hash < 0) {
                problems.add(line + ": names no interface");
                continue;
            }
            Class<?> bean = load(line.substring(0, hash), "is listed in " + INDEX_DIR + "exports");
            for (String name : line.substring(hash + 1).split(",")) {
                Class<?> iface = load(name, "is exported in " + INDEX_DIR + "exports");
                if (!iface.isInterface() || !iface.isAssignableFrom(bean)) {
                    problems.add(line + ": " + name + " is not an interface of " + bean.getName());
                }
            }
        }
        assertEquals("The product publishes exported beans under the listed interfaces only if the bean implements "
                + "them:\n  " + String.join("\n  ", problems), List.of(), problems);
    }

    private static List<Class<?>> exportedInterfaces(Annotation annotation) {
        try {
            return Arrays.asList((Class<?>[]) annotation.annotationType().getMethod("value").invoke(annotation));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read " + annotation, e);
        }
    }

    /** Applies the processor's rules to the JAR's classes. */
    private static Map<String, Set<String>> expectedIndex() {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        FILES.forEach(file -> expected.put(file, new TreeSet<>()));
        for (Class<?> type : classes) {
            // The processor takes classes only (ElementKind.CLASS): no interfaces, enums, records, annotations.
            if (!type.isInterface() && !type.isEnum() && !type.isRecord()) {
                for (Annotation annotation : type.getDeclaredAnnotations()) {
                    String file = COMPONENT_ANNOTATIONS.get(annotation.annotationType().getName());
                    if (file != null) {
                        expected.get(file).add(type.getName());
                    }
                    if (annotation.annotationType().getName().equals(EXPORT_ANNOTATION)) {
                        expected.get("exports").add(type.getName() + "#" + exportedInterfaces(annotation).stream()
                                .map(Class::getName).collect(Collectors.joining(",")));
                    }
                }
            }
            List<Executable> executables = new ArrayList<>(Arrays.asList(type.getDeclaredConstructors()));
            // The processor also indexes annotated method parameters; the test above rejects them.
            executables.addAll(Arrays.asList(type.getDeclaredMethods()));
            for (Executable executable : executables) {
                for (Parameter parameter : executable.getParameters()) {
                    for (Annotation annotation : parameter.getAnnotations()) {
                        String file = IMPORT_ANNOTATIONS.get(annotation.annotationType().getName());
                        if (file != null) {
                            expected.get(file).add(parameter.getType().getName());
                        }
                    }
                }
            }
        }
        expected.get("imports-jira").removeAll(expected.get("imports"));
        expected.get("imports-confluence").removeAll(expected.get("imports"));
        return expected;
    }

    /** Returns why Spring could not build the class as a bean by constructor injection, or null if it can. */
    private static String beanProblem(Class<?> type) {
        if (type.isInterface() || type.isAnnotation() || type.isEnum()) {
            return "is a " + kind(type) + "; only a concrete class can be a bean";
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            return "is abstract; only a concrete class can be a bean";
        }
        if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
            return "is an inner (non-static) or local class; make it a top-level or static nested class";
        }
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        if (constructors.length == 1) {
            return null;
        }
        long annotated = Arrays.stream(constructors)
                .filter(constructor -> annotationIn(constructor.getAnnotations(), INJECT_ANNOTATIONS) != null)
                .count();
        if (annotated == 1) {
            return null;
        }
        return "has " + constructors.length + " constructors and " + annotated + " annotated @Inject; Spring then "
                + "falls back to a no-argument constructor (or fails) instead of injecting. Keep exactly one "
                + "constructor, or mark exactly one with @jakarta.inject.Inject";
    }

    private static String annotationIn(Annotation[] annotations, Set<String> wanted) {
        for (Annotation annotation : annotations) {
            if (wanted.contains(annotation.annotationType().getName())) {
                return annotation.annotationType().getName();
            }
        }
        return null;
    }

    private static List<String> lines(String file) {
        String content = index.get(file);
        assertNotNull(INDEX_DIR + file + " is missing from the JAR; the build's processor writes all seven files "
                + "(" + PROCESSOR + ") and pom.xml's Include-Resource copies them.", content);
        return content.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static Class<?> load(String name, String why) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError(name + " " + why + " but cannot be loaded with the test class path as parent ("
                    + e + "); a type it uses is missing from the host API mirror (src/host-api/java) or from the "
                    + "provided dependencies.", e);
        }
    }

    private static String kind(Class<?> type) {
        if (type.isAnnotation()) {
            return "annotation type";
        }
        if (type.isInterface()) {
            return "interface";
        }
        if (type.isEnum()) {
            return "enum";
        }
        if (type.isRecord()) {
            return "record";
        }
        return Modifier.isAbstract(type.getModifiers()) ? "abstract class" : "class";
    }

    /**
     * Loads the JAR's own classes from the JAR (its first URL), even where target/classes holds classes of the same
     * names; everything else parent first (libraries, jakarta.inject), then from its URLs (the host API mirror and its
     * annotation types in target/classes, when the parent lacks them).
     */
    private static final class JarClassLoader extends URLClassLoader {

        private final Set<String> jarClasses;

        JarClassLoader(URL[] jarFirst, Set<String> jarClasses, ClassLoader parent) {
            super(jarFirst, parent);
            this.jarClasses = jarClasses;
        }

        boolean isInJar(String className) {
            return jarClasses.contains(className);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!jarClasses.contains(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> type = findLoadedClass(name);
                if (type == null) {
                    type = findClass(name);
                }
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
        }
    }
}
