package dev.cascade.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Platform 7 sources (Jira 10.3, Confluence 9.2) made from the Platform 8 ones: the Jakarta EE namespaces the
 * plugin uses renamed to their Java EE 8 names, nothing else changed.
 *
 * <p>Only the namespaces that exist on both platforms with the same types are renamed: JAX-RS, dependency injection,
 * servlets and the common annotations. Any other {@code jakarta.} name has no Platform 7 counterpart that we know of
 * and fails the build with its file and line, so that a new dependency is a decision, not a surprise at a customer's.
 * A folder that holds a platform's own sources ({@code src/main/platform7/java}) is copied as it is.
 */
public final class Platform7Sources {

    /** The renamed namespaces: each {@code jakarta.<name>} becomes {@code javax.<name>}. */
    static final List<String> RENAMED = List.of("ws.rs", "inject", "servlet", "annotation");

    private static final Pattern JAKARTA = Pattern.compile("\\bjakarta\\.([a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)?)");

    private Platform7Sources() {
    }

    /**
     * One source file's text for Platform 7.
     *
     * @throws IllegalArgumentException naming the line when the text uses a Jakarta namespace that is not renamed
     */
    static String rename(String text, String file) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher matcher = JAKARTA.matcher(text);
        int last = 0;
        while (matcher.find()) {
            String name = renamedPrefix(matcher.group(1));
            if (name == null) {
                int line = 1 + (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count();
                throw new IllegalArgumentException(file + ":" + line + ": " + matcher.group()
                        + " has no Platform 7 name; only jakarta." + String.join(", jakarta.", RENAMED)
                        + " are renamed (dev.cascade.build.Platform7Sources). Keep this call in a platform folder "
                        + "(src/main/platform8/java and src/main/platform7/java) or add the rename with a decision.");
            }
            out.append(text, last, matcher.start()).append("javax.").append(name);
            last = matcher.start() + "jakarta.".length() + name.length();
        }
        return out.append(text, last, text.length()).toString();
    }

    private static String renamedPrefix(String found) {
        for (String name : RENAMED) {
            if (found.equals(name) || found.startsWith(name + ".")) {
                return name;
            }
        }
        return null;
    }

    /** Writes every {@code .java} file of {@code renamed} (renamed) and of {@code verbatim} (as is) under {@code to}. */
    static int write(List<Path> renamed, List<Path> verbatim, Path to) throws IOException {
        int count = 0;
        List<String> seen = new ArrayList<>();
        for (Path root : renamed) {
            count += copy(root, to, true, seen);
        }
        for (Path root : verbatim) {
            count += copy(root, to, false, seen);
        }
        return count;
    }

    private static int copy(Path root, Path to, boolean rename, List<String> seen) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (seen.contains(relative)) {
                throw new IllegalArgumentException(file + ": the same class is also in another source folder");
            }
            seen.add(relative);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Path target = to.resolve(relative);
            Files.createDirectories(target.getParent());
            try {
                Files.writeString(target, rename ? rename(text, file.toString()) : text, StandardCharsets.UTF_8);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return files.size();
    }
}
