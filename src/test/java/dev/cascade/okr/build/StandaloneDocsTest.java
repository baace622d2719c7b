package dev.cascade.okr.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The repository stands alone: {@code README.md} and every Markdown file under {@code docs/}
 * link nothing outside the repository — no {@code ../} path, no {@code shared/} folder, every relative Markdown link
 * resolves to a file of the repository, and every Markdown file named in code spans exists in it.
 */
public class StandaloneDocsTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern CODE_SPAN_MD = Pattern.compile("`([^`\\s]*\\.md)`");
    private static final Pattern OUTSIDE = Pattern.compile("\\.\\./|(^|[^A-Za-z0-9_-])shared/");

    @Test
    public void shouldLinkNothingOutsideTheRepositoryWhenReadmeOrDocsAreRead() throws IOException {
        Path root = root();
        Set<String> markdownNames;
        try (Stream<Path> all = Files.walk(root)) {
            markdownNames = all
                    .filter(p -> !p.startsWith(root.resolve("target")) && !p.startsWith(root.resolve(".git")))
                    .map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).collect(Collectors.toSet());
        }
        List<String> problems = new ArrayList<>();
        List<Path> documents = documents(root);
        assertTrue("no documents found under " + root, documents.size() >= 3);
        for (Path document : documents) {
            List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String where = root.relativize(document) + ":" + (i + 1) + ": ";
                if (OUTSIDE.matcher(line).find()) {
                    problems.add(where + "points outside the repository: " + line.strip());
                }
                Matcher link = LINK.matcher(line);
                while (link.find()) {
                    String target = link.group(1);
                    if (target.matches("(?i)(https?|mailto):.*") || target.startsWith("#")) {
                        continue;
                    }
                    String file = target.replaceAll("#.*$", "");
                    Path resolved = document.getParent().resolve(file).normalize();
                    if (!resolved.startsWith(root) || !Files.exists(resolved)) {
                        problems.add(where + "links to " + target + ", which is not a file of the repository");
                    }
                }
                Matcher named = CODE_SPAN_MD.matcher(line);
                while (named.find()) {
                    String name = Path.of(named.group(1)).getFileName().toString();
                    if (!markdownNames.contains(name)) {
                        problems.add(where + "names " + named.group(1) + ", which is not in the repository");
                    }
                }
            }
        }
        assertEquals("README.md and docs/ must stand alone: write what they need into docs/ in our own words and "
                + "link that instead.\n  " + String.join("\n  ", problems), List.of(), problems);
    }

    @Test
    public void shouldFindAnOutsideLinkWhenOneIsWritten() {
        // The patterns above must catch what they are for, or the test above cannot fail.
        assertTrue(OUTSIDE.matcher("see `../shared/host-api.md`").find());
        assertTrue(OUTSIDE.matcher("see shared/ARCHITECTURE.md").find());
        assertTrue(!OUTSIDE.matcher("a small shared kernel").find());
        Matcher link = LINK.matcher("[x](../other/README.md)");
        assertTrue(link.find());
        assertEquals("../other/README.md", link.group(1));
        Matcher named = CODE_SPAN_MD.matcher("figures in `PRODUCT.md` do not");
        assertTrue(named.find());
        assertEquals("PRODUCT.md", named.group(1));
    }

    private static List<Path> documents(Path root) throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    private static Path root() {
        String basedir = System.getProperty("cascade.basedir");
        return (basedir == null ? Path.of("") : Path.of(basedir)).toAbsolutePath().normalize();
    }
}
