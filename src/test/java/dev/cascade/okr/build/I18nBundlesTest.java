package dev.cascade.okr.build;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Checks the two i18n bundles ({@code i18n/cascade-okr.properties}, English, and
 * {@code i18n/cascade-okr_zh_CN.properties}, Simplified Chinese) the way Jira and Confluence will read them: they load
 * with {@link Properties}, are pure ASCII (so the host's assumed encoding cannot matter), have no duplicate or
 * badly named keys, the same keys in both languages, no empty values, a real translation, and MessageFormat-safe
 * placeholders and quotes.
 *
 * <p>Skipped while the plugin does not exist yet (no descriptor, no {@code i18n/} folder and no main code); once any
 * of them exists, both bundles are required.
 */
public class I18nBundlesTest {

    private static final Path ROOT =
            Paths.get(System.getProperty("cascade.basedir", System.getProperty("user.dir"))).toAbsolutePath();
    private static final Path ENGLISH = ROOT.resolve("i18n/cascade-okr.properties");
    private static final Path CHINESE = ROOT.resolve("i18n/cascade-okr_zh_CN.properties");

    /** {@code cascade.<area>.<element>[.<qualifier>...]}: lower case, digits, '-' and '_' only inside segments. */
    private static final Pattern KEY = Pattern.compile("cascade(?:\\.[a-z0-9]+(?:[-_][a-z0-9]+)*){2,}");
    /**
     * The names Confluence's macro browser looks up for a macro of this plugin (issue 15, decision 0021): {@code
     * <plugin key>.<macro name>.label}, {@code .desc}, {@code .param.<parameter>.label} and {@code .desc}; the
     * macro names all start with {@code cascade-}.
     */
    private static final Pattern MACRO_BROWSER_KEY = Pattern.compile(
            "dev\\.cascade\\.okr\\.cascade-[a-z]+(?:-[a-z]+)*\\."
                    + "(?:label|desc|param\\.[a-z][a-zA-Z]*\\.(?:label|desc))");
    /** A MessageFormat argument: {@code {0}}, {@code {1,number}}, {@code {2,choice,...}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
    /** Characters that may follow a backslash in a properties file (besides {@code u} and end of line). */
    private static final String SIMPLE_ESCAPES = "tnrf\\:=#! ";

    @BeforeClass
    public static void skipUntilThePluginExists() {
        boolean pluginExists = Files.exists(ROOT.resolve("atlassian-plugin.xml"))
                || Files.isDirectory(ROOT.resolve("i18n"))
                || Files.isDirectory(ROOT.resolve("src/main/java/dev/cascade/okr"));
        assumeTrue("no plugin yet (no atlassian-plugin.xml, i18n/ or src/main/java/dev/cascade/okr) under " + ROOT,
                pluginExists);
    }

    @Test
    public void shouldHaveBothBundlesWhenThePluginExists() {
        List<String> problems = new ArrayList<>();
        for (Path bundle : List.of(ENGLISH, CHINESE)) {
            if (!Files.isRegularFile(bundle)) {
                problems.add(rel(bundle) + " is missing");
            }
        }
        assertNone("i18n bundles missing (the descriptor declares them as location=\"i18n.cascade-okr\")", problems);
    }

    @Test
    public void shouldLoadWithJavaUtilPropertiesWhenReadByTheHost() {
        List<String> problems = new ArrayList<>();
        for (Path bundle : List.of(ENGLISH, CHINESE)) {
            try (InputStream in = Files.newInputStream(existing(bundle))) {
                new Properties().load(in);
            } catch (IllegalArgumentException e) {
                List<String> where = new ArrayList<>();
                for (String problem : rawBundle(bundle).escapeProblems) {
                    if (problem.contains("\\u")) {
                        where.add(problem);
                    }
                }
                problems.add(rel(bundle) + " does not load (" + e.getMessage() + ")"
                        + (where.isEmpty() ? "" : ": " + String.join("; ", where)));
            } catch (IOException e) {
                problems.add(rel(bundle) + " cannot be read: " + e);
            }
        }
        assertNone("bundles that java.util.Properties (and so Jira and Confluence) cannot load", problems);
    }

    @Test
    public void shouldUseOnlyValidEscapesWhenWritingBackslashes() {
        List<String> problems = new ArrayList<>();
        for (Path bundle : List.of(ENGLISH, CHINESE)) {
            problems.addAll(rawBundle(bundle).escapeProblems);
        }
        assertNone("invalid backslash escapes (valid: \\uXXXX, \\t \\n \\r \\f \\\\ \\: \\= \\# \\! '\\ ', and a "
                + "backslash ending a continued line)", problems);
    }

    @Test
    public void shouldBePureAsciiWhenAnyHostEncodingIsAssumed() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path bundle : List.of(ENGLISH, CHINESE)) {
            byte[] bytes = Files.readAllBytes(existing(bundle));
            int line = 1;
            int lastReported = 0;
            for (byte b : bytes) {
                if (b == '\n') {
                    line++;
                } else if ((b & 0xff) > 0x7f && lastReported != line) {
                    problems.add(rel(bundle) + ":" + line + " has non-ASCII bytes");
                    lastReported = line;
                }
            }
        }
        assertNone("non-ASCII characters; write them as \\uXXXX escapes (e.g. with `native2ascii`-style tooling) so "
                + "Jira and Confluence read the same text whatever encoding they assume", problems);
    }

    @Test
    public void shouldDefineEachKeyOnceWhenScanningRawLines() {
        List<String> problems = new ArrayList<>();
        for (Path bundle : List.of(ENGLISH, CHINESE)) {
            Map<String, Integer> first = new LinkedHashMap<>();
            for (RawEntry entry : rawBundle(bundle).entries) {
                Integer earlier = first.putIfAbsent(entry.key, entry.line);
                if (earlier != null) {
                    problems.add(rel(bundle) + ":" + entry.line + " repeats key '" + entry.key + "' (first at line "
                            + earlier + "; the later value silently wins)");
                }
            }
        }
        assertNone("duplicate keys", problems);
    }

    @Test
    public void shouldHaveTheSameKeysWhenComparingEnglishAndChinese() {
        Properties english = load(ENGLISH);
        Properties chinese = load(CHINESE);
        Set<String> missingInChinese = new TreeSet<>(english.stringPropertyNames());
        missingInChinese.removeAll(chinese.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(chinese.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());
        List<String> problems = new ArrayList<>();
        for (String key : missingInChinese) {
            problems.add("missing in " + rel(CHINESE) + ": " + key);
        }
        for (String key : missingInEnglish) {
            problems.add("missing in " + rel(ENGLISH) + ": " + key);
        }
        assertNone("the two bundles must have exactly the same keys", problems);
    }

    @Test
    public void shouldNameEveryKeyByTheHouseKeyPattern() {
        List<String> problems = new ArrayList<>();
        for (Path bundle : List.of(ENGLISH, CHINESE)) {
            for (RawEntry entry : rawBundle(bundle).entries) {
                if (!KEY.matcher(entry.key).matches() && !MACRO_BROWSER_KEY.matcher(entry.key).matches()) {
                    problems.add(rel(bundle) + ":" + entry.line + " '" + entry.key + "'");
                }
            }
        }
        assertNone("keys not of the form cascade.<area>.<element>[.<qualifier>] (lower case; digits, '-' and '_' "
                + "only inside segments), nor a macro browser name dev.cascade.okr.cascade-<macro>.…", problems);
    }

    @Test
    public void shouldHaveNoEmptyValueWhenAKeyIsDefined() {
        List<String> problems = new ArrayList<>();
        for (Path bundle : List.of(ENGLISH, CHINESE)) {
            Properties properties = load(bundle);
            for (RawEntry entry : rawBundle(bundle).entries) {
                String value = properties.getProperty(entry.key);
                if (value == null || value.trim().isEmpty()) {
                    problems.add(rel(bundle) + ":" + entry.line + " " + entry.key);
                }
            }
        }
        assertNone("empty values (a user would see nothing)", problems);
    }

    @Test
    public void shouldTranslateMostValuesWhenComparingChineseWithEnglish() {
        Properties english = load(ENGLISH);
        Properties chinese = load(CHINESE);
        Set<String> shared = new TreeSet<>(english.stringPropertyNames());
        shared.retainAll(chinese.stringPropertyNames());
        if (shared.isEmpty()) {
            return;
        }
        List<String> identical = new ArrayList<>();
        for (String key : shared) {
            if (english.getProperty(key).equals(chinese.getProperty(key))) {
                identical.add(key);
            }
        }
        int differing = shared.size() - identical.size();
        if (differing * 2 <= shared.size()) {
            fail(rel(CHINESE) + " looks like an untranslated copy: only " + differing + " of " + shared.size()
                    + " values differ from English; identical: "
                    + String.join(", ", identical.subList(0, Math.min(20, identical.size())))
                    + (identical.size() > 20 ? ", ..." : ""));
        }
    }

    @Test
    public void shouldUseTheSamePlaceholdersWhenAValueHasArguments() {
        Properties english = load(ENGLISH);
        Properties chinese = load(CHINESE);
        Set<String> shared = new TreeSet<>(english.stringPropertyNames());
        shared.retainAll(chinese.stringPropertyNames());
        List<String> problems = new ArrayList<>();
        for (String key : shared) {
            Set<String> en = placeholders(english.getProperty(key));
            Set<String> zh = placeholders(chinese.getProperty(key));
            if (!en.equals(zh)) {
                problems.add(key + ": English " + en + ", Chinese " + zh);
            }
        }
        assertNone("placeholder sets differ between the languages", problems);
    }

    @Test
    public void shouldDoubleSingleQuotesWhenAValueHasPlaceholders() {
        List<String> problems = new ArrayList<>();
        for (Path bundle : List.of(ENGLISH, CHINESE)) {
            Properties properties = load(bundle);
            for (RawEntry entry : rawBundle(bundle).entries) {
                String value = properties.getProperty(entry.key, "");
                if (placeholders(value).isEmpty()) {
                    continue;
                }
                for (int i = 0; i < value.length(); i++) {
                    if (value.charAt(i) == '\'') {
                        if (i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                            i++;
                        } else {
                            problems.add(rel(bundle) + ":" + entry.line + " " + entry.key + " = " + value);
                            break;
                        }
                    }
                }
            }
        }
        assertNone("single quotes in MessageFormat values must be doubled ('') or the text after them is swallowed",
                problems);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add("{" + m.group(1) + "}");
        }
        return found;
    }

    private static Properties load(Path bundle) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(existing(bundle))) {
            properties.load(in);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(rel(bundle) + " does not load: " + e.getMessage()
                    + " (see shouldLoadWithJavaUtilPropertiesWhenReadByTheHost)", e);
        } catch (IOException e) {
            throw new AssertionError(rel(bundle) + " cannot be read", e);
        }
        return properties;
    }

    private static Path existing(Path bundle) {
        if (!Files.isRegularFile(bundle)) {
            throw new AssertionError(rel(bundle) + " is missing");
        }
        return bundle;
    }

    /** One key as written, with the line its logical line starts on. */
    private static final class RawEntry {
        final String key;
        final int line;

        RawEntry(String key, int line) {
            this.key = key;
            this.line = line;
        }
    }

    /** The keys of a bundle read line by line (as java.util.Properties does), plus every bad escape found. */
    private static final class RawBundle {
        final List<RawEntry> entries = new ArrayList<>();
        final List<String> escapeProblems = new ArrayList<>();
    }

    /**
     * Reads the logical lines of a properties file like {@link Properties#load(InputStream)}: blank lines and
     * comment lines ({@code #}, {@code !}) are skipped unless they continue a line, a line ending in an odd number
     * of backslashes continues on the next one (whose leading white space is dropped), and the key ends at the first
     * unescaped {@code =}, {@code :} or white space.
     */
    private static RawBundle rawBundle(Path bundle) {
        List<String> lines;
        try {
            lines = Files.readAllLines(existing(bundle), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new AssertionError(rel(bundle) + " cannot be read", e);
        }
        RawBundle raw = new RawBundle();
        StringBuilder logical = null;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = stripLeading(lines.get(i));
            if (logical == null) {
                if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '!') {
                    continue;
                }
                logical = new StringBuilder();
                start = i + 1;
            }
            boolean continues = scanEscapes(line, rel(bundle) + ":" + (i + 1), raw.escapeProblems);
            logical.append(continues ? line.substring(0, line.length() - 1) : line);
            if (!continues) {
                raw.entries.add(new RawEntry(key(logical.toString()), start));
                logical = null;
            }
        }
        if (logical != null) {
            raw.entries.add(new RawEntry(key(logical.toString()), start));
        }
        return raw;
    }

    /** Reports bad escapes of one physical line; returns whether the line continues on the next one. */
    private static boolean scanEscapes(String line, String where, List<String> problems) {
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '\\') {
                i++;
                continue;
            }
            if (i == line.length() - 1) {
                return true;
            }
            char next = line.charAt(i + 1);
            if (next == 'u') {
                String hex = line.substring(i + 2, Math.min(line.length(), i + 6));
                if (!hex.matches("[0-9a-fA-F]{4}")) {
                    problems.add(where + " malformed \\u escape '\\u" + hex + "'");
                }
                i += 6;
            } else {
                if (SIMPLE_ESCAPES.indexOf(next) < 0) {
                    problems.add(where + " invalid escape '\\" + next + "'");
                }
                i += 2;
            }
        }
        return false;
    }

    private static String key(String logicalLine) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < logicalLine.length(); i++) {
            char c = logicalLine.charAt(i);
            if (c == '\\' && i + 1 < logicalLine.length()) {
                char next = logicalLine.charAt(++i);
                if (next == 'u' && i + 4 < logicalLine.length()
                        && logicalLine.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                    key.append((char) Integer.parseInt(logicalLine.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    key.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next == 'f' ? '\f'
                            : next);
                }
            } else if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                break;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static String stripLeading(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        return line.substring(i);
    }

    private static String rel(Path path) {
        return ROOT.relativize(path).toString();
    }

    private static void assertNone(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(what + ":\n  " + String.join("\n  ", problems));
        }
    }
}
