package dev.cascade.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Assembles the Platform 7 JAR from the Platform 8 JAR and the Platform 7 classes.
 *
 * <p>Everything that is not the plugin's code comes from the Platform 8 JAR (templates, translations, web resources);
 * the plugin's classes and its Spring Scanner index come from the Platform 7 compile; the descriptor and the manifest
 * get the Platform 7 version line, and the manifest imports the renamed namespaces under their {@code javax} names
 * and leaves out what only the Platform 8 classes use (Jira 11's issue document search).
 * The two JARs must hold the same classes, so that a class left out of one platform fails the build here.
 */
public final class Platform7Jar {

    private static final String CODE = "dev/cascade/okr/";
    private static final String INDEX = "META-INF/plugin-components/";
    private static final String DESCRIPTOR = "atlassian-plugin.xml";

    private Platform7Jar() {
    }

    /** Writes {@code to} from {@code from} (the Platform 8 JAR) and {@code classes} (the Platform 7 compile). */
    static void assemble(Path from, Path classes, Path to, String version, String name) throws IOException {
        Set<String> code8 = new TreeSet<>();
        Set<String> code7 = classFiles(classes);
        List<byte[]> used = new ArrayList<>();
        for (String path : code7) {
            used.add(Files.readAllBytes(classes.resolve(path)));
        }
        Files.createDirectories(to.toAbsolutePath().getParent());
        try (JarFile jar = new JarFile(from.toFile())) {
            used.add(read(jar, jar.getJarEntry(DESCRIPTOR)));
            used.addAll(embedded(jar));
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(to),
                    manifest(jar.getManifest(), version, name, used))) {
                copy(jar, out, classes, code8, version);
            }
        }
        if (!code8.equals(code7)) {
            Set<String> only8 = new TreeSet<>(code8);
            only8.removeAll(code7);
            Set<String> only7 = new TreeSet<>(code7);
            only7.removeAll(code8);
            Files.delete(to);
            throw new IllegalStateException("The platforms' classes differ: only in Platform 8 " + only8
                    + ", only in Platform 7 " + only7 + ". A platform-specific class needs a twin of the same "
                    + "name in src/main/platform7/java and src/main/platform8/java.");
        }
    }

    private static void copy(JarFile jar, JarOutputStream out, Path classes, Set<String> code8, String version)
            throws IOException {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            String path = entry.getName();
            if (path.equals(JarFile.MANIFEST_NAME) || path.equals("META-INF/")) {
                continue;
            }
            if (path.startsWith(CODE) && path.endsWith(".class")) {
                code8.add(path);
            } else if (path.startsWith(INDEX) && !entry.isDirectory()) {
                put(out, path, Files.readAllBytes(classes.resolve(path)));
            } else if (path.equals(DESCRIPTOR)) {
                put(out, path, descriptor(read(jar, entry), version));
            } else {
                put(out, path, entry.isDirectory() ? null : read(jar, entry));
            }
        }
        for (String path : classFiles(classes)) {
            put(out, path, Files.readAllBytes(classes.resolve(path)));
        }
    }

    /**
     * The class files of the libraries embedded in the JAR (the spreadsheet writer, decision 0020): copied as they
     * are, and their references keep the imports they need, as the plugin's own classes do.
     */
    private static List<byte[]> embedded(JarFile jar) throws IOException {
        List<byte[]> classes = new ArrayList<>();
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            if (entry.getName().endsWith(".class") && !entry.getName().startsWith(CODE)) {
                classes.add(read(jar, entry));
            }
        }
        return classes;
    }

    private static Set<String> classFiles(Path classes) throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(classes.resolve(CODE))) {
            walk.filter(path -> path.toString().endsWith(".class"))
                    .forEach(path -> files.add(classes.relativize(path).toString().replace('\\', '/')));
        }
        return files;
    }

    /**
     * The Platform 8 manifest with the Platform 7 version, name and imports; {@code used} holds the Platform 7 class
     * files and the descriptor, whose references decide which imports stay.
     */
    static Manifest manifest(Manifest platform8, String version, String name, List<byte[]> used) {
        Manifest manifest = new Manifest(platform8);
        Attributes main = manifest.getMainAttributes();
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-Name", name);
        main.putValue("Import-Package", imports(main.getValue("Import-Package"), used));
        return manifest;
    }

    /**
     * The Import-Package clauses with each renamed namespace under its {@code javax} name and {@code version="0"} (the
     * Platform 7 hosts' own versions of those packages are not known for certain, and any version resolves), without
     * the packages that no Platform 7 class file ({@code a/b/C}) and not the descriptor ({@code a.b.C}) names.
     */
    static String imports(String header, List<byte[]> used) {
        List<String> clauses = new ArrayList<>();
        for (String clause : clauses(header)) {
            String packageName = clause.split(";", 2)[0].trim();
            String renamed = Platform7Sources.rename(packageName, "Import-Package");
            if (!mentioned(used, renamed)) {
                continue;
            }
            if (renamed.equals(packageName)) {
                clauses.add(clause);
                continue;
            }
            StringBuilder out = new StringBuilder(renamed).append(";version=\"0\"");
            for (String attribute : clause.split(";")) {
                String trimmed = attribute.trim();
                if (!trimmed.equals(packageName) && !trimmed.startsWith("version=")) {
                    out.append(';').append(trimmed);
                }
            }
            clauses.add(out.toString());
        }
        return String.join(",", clauses);
    }

    private static boolean mentioned(List<byte[]> files, String packageName) {
        byte[] internal = (packageName.replace('.', '/') + "/").getBytes(StandardCharsets.UTF_8);
        byte[] dotted = (packageName + ".").getBytes(StandardCharsets.UTF_8);
        for (byte[] file : files) {
            if (contains(file, internal) || contains(file, dotted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Splits a manifest header at the commas outside quotes. */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                clauses.add(header.substring(start, i).trim());
                start = i + 1;
            }
        }
        clauses.add(header.substring(start).trim());
        return clauses;
    }

    /** The descriptor with the Platform 7 version in {@code <plugin-info>}: exactly one {@code <version>} element. */
    static byte[] descriptor(byte[] xml, String version) {
        String text = new String(xml, StandardCharsets.UTF_8);
        int open = text.indexOf("<version>");
        int close = text.indexOf("</version>");
        if (open < 0 || close < open || text.indexOf("<version>", open + 1) >= 0) {
            throw new IllegalStateException(DESCRIPTOR + " must hold exactly one <version> element, in <plugin-info>");
        }
        return (text.substring(0, open + "<version>".length()) + version + text.substring(close))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toByteArray();
        }
    }

    private static void put(JarOutputStream out, String path, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(path));
        if (bytes != null) {
            out.write(bytes);
        }
        out.closeEntry();
    }
}
