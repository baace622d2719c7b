package dev.cascade.build;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds the Platform 7 JAR (Jira 10.3, Confluence 9.2) from the Platform 8 sources, in three steps that
 * {@code pom.xml} runs after the Platform 8 build:
 * <ol>
 *   <li>{@code sources}: the plugin and the shared host API mirror with the Jakarta namespaces renamed
 *       ({@link Platform7Sources}), plus the Platform 7 folders as they are;</li>
 *   <li>{@code compile}: javac at release 17 against the Platform 7 classpath — the build's compile classpath
 *       without the Platform 8 classes and Jakarta API jars, with the Java EE 8 API jars instead — so that a call the
 *       Platform 7 mirror does not have fails the compile, not a customer's Jira;</li>
 *   <li>{@code jar}: the JAR ({@link Platform7Jar}).</li>
 * </ol>
 * Arguments are {@code --name value} pairs; names may repeat.
 */
public final class Platform7Build {

    private Platform7Build() {
    }

    /** Runs one step; exits non-zero with the reason on failure. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: Platform7Build sources|compile|jar --name value ...");
        }
        Map<String, List<String>> options = options(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "sources" -> {
                int count = Platform7Sources.write(paths(options, "rename"), paths(options, "verbatim"),
                        Path.of(one(options, "to")));
                System.out.println("[platform7] " + count + " source files written to " + one(options, "to"));
            }
            case "compile" -> compile(options);
            case "jar" -> {
                Platform7Jar.assemble(Path.of(one(options, "from")), Path.of(one(options, "classes")),
                        Path.of(one(options, "to")), one(options, "version"), one(options, "name"));
                System.out.println("[platform7] built " + one(options, "to"));
            }
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    private static void compile(Map<String, List<String>> options) throws IOException {
        Path sources = Path.of(one(options, "sources"));
        Path out = Path.of(one(options, "out"));
        Files.createDirectories(out);
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.map(Path::toString).filter(name -> name.endsWith(".java")).sorted().toList();
        }
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-nowarn", "-Xpkginfo:always",
                "-d", out.toString(), "-classpath", classpath(options),
                "-processorpath", one(options, "processor-path"),
                "-processor", "dev.cascade.build.SpringScannerIndexProcessor"));
        arguments.addAll(files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler: run the build on a JDK");
        }
        int status = javac.run(null, null, null, arguments.toArray(new String[0]));
        if (status != 0) {
            throw new IllegalStateException("the Platform 7 compile failed (above): the Platform 8 sources use "
                    + "something the Platform 7 host API mirror or Java EE 8 does not have");
        }
        System.out.println("[platform7] compiled " + files.size() + " source files into " + out);
    }

    /**
     * The Platform 7 classpath: {@code --classpath} without the {@code --drop} entries and the Jakarta API jars,
     * followed by the {@code --add} jars.
     */
    static String classpath(Map<String, List<String>> options) {
        List<String> drop = options.getOrDefault("drop", List.of()).stream()
                .map(path -> Path.of(path).toAbsolutePath().normalize().toString()).toList();
        List<String> entries = new ArrayList<>();
        for (String entry : one(options, "classpath").split(File.pathSeparator)) {
            String normal = Path.of(entry).toAbsolutePath().normalize().toString();
            if (!entry.isBlank() && !drop.contains(normal) && !Path.of(entry).getFileName().toString()
                    .startsWith("jakarta.")) {
                entries.add(entry);
            }
        }
        entries.addAll(options.getOrDefault("add", List.of()));
        return String.join(File.pathSeparator, entries);
    }

    static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, found " + args[i]);
            }
            options.computeIfAbsent(args[i].substring(2), key -> new ArrayList<>()).add(args[i + 1]);
        }
        return options;
    }

    private static String one(Map<String, List<String>> options, String name) {
        List<String> values = options.get(name);
        if (values == null || values.size() != 1) {
            throw new IllegalArgumentException("expected exactly one --" + name);
        }
        return values.get(0);
    }

    private static List<Path> paths(Map<String, List<String>> options, String name) {
        return options.getOrDefault(name, List.of()).stream().map(Path::of).toList();
    }
}
