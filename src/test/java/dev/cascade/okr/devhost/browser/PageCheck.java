package dev.cascade.okr.devhost.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.cascade.okr.devhost.DevUsers;
import dev.cascade.okr.devhost.web.DevAui;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens a page as a person sees it and checks what every page must pass (issue 13): signed in as the reader, at a
 * given width, the page loads with the real AUI and without a console error (a SEVERE browser log entry, which
 * includes a resource that failed to load), a full-page screenshot lands in
 * {@code target/screenshots/<name>-<lang>-<width>.png}, and axe-core finds no serious or critical violation.
 *
 * <p>{@link #everywhere} does that for both readers (English: bob, Chinese: zhang) at both widths (1280 and 1920
 * pixels), then runs the test's own assertions on each; a test that clicks on a page checks what the clicks show with
 * {@link #now} or {@link #dialog} for the page's reader and width ({@link Opened#reader()}, {@link Opened#width()}).
 * {@link BrowserHost}'s Javadoc shows a browser test class.
 */
public final class PageCheck {

    /** The project's Goals page (the cascade tree; add {@code &view=...} or {@code &goal=...} for its other views). */
    public static final String GOALS_PAGE = "/projects/CASC?selectedItem=dev.cascade.okr:cascade-project-goals-item";
    /** The widths every page is checked at. */
    public static final List<Integer> WIDTHS = List.of(1280, 1920);
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final int MIN_HEIGHT = 900;
    /**
     * Null when the page fits the window's width; else by how much it does not and the element that reaches furthest
     * right (a table wider than the page must scroll inside its own box, never the page).
     */
    private static final String SIDEWAYS = "var root = document.documentElement, wide = root.clientWidth;"
            + "if (root.scrollWidth <= wide + 1) { return null; }"
            + "var worst = null, right = 0;"
            + "document.querySelectorAll('body *').forEach(function (e) {"
            + "  var placed = /absolute|fixed/.test(getComputedStyle(e).position);"
            + "  for (var up = e.parentElement; up && !placed; up = up.parentElement) {"
            + "    if (getComputedStyle(up).overflowX !== 'visible') { return; } }"
            + "  var r = e.getBoundingClientRect().right; if (r > right) { right = r; worst = e; } });"
            + "return (root.scrollWidth - wide) + ' px, furthest: ' + (worst ? worst.tagName.toLowerCase()"
            + "  + (worst.id ? '#' + worst.id : '') + '.' + String(worst.className).trim().replace(/\\s+/g, '.')"
            + "  : '?');";

    /** Who reads the page: a sample user, in the language of their profile. */
    public enum Reader {
        /** Bob Li, in English. */
        ENGLISH("bob"),
        /** Zhang Wei, in Simplified Chinese. */
        CHINESE("zhang");

        private final String user;

        Reader(String user) {
            this.user = user;
        }

        /** The dev host user key. */
        public String user() {
            return user;
        }

        /** The language of the user's profile, in screenshot names and in the page's {@code lang}. */
        public String lang() {
            return new DevUsers().user(user).orElseThrow().locale().getLanguage();
        }
    }

    /** A test's own assertions on an opened page, which may click and wait. */
    @FunctionalInterface
    public interface PageAssertions {
        /** Checks the page. */
        void check(Opened page) throws Exception;
    }

    /** What a test does for one reader at one width. */
    @FunctionalInterface
    public interface ReaderAndWidth {
        /** Does it. */
        void run(Reader reader, int width) throws Exception;
    }

    private final BrowserHost host;

    PageCheck(BrowserHost host) {
        this.host = host;
    }

    /**
     * Checks {@code path} for both readers at both widths, running {@code assertions} on each opened page.
     *
     * @param name the page's name in screenshot file names, e.g. {@code goals}
     */
    public void everywhere(String name, String path, PageAssertions assertions) throws Exception {
        everywhere(name, reader -> path, assertions);
    }

    /** {@link #everywhere(String, String, PageAssertions)} on each reader's own page ({@code pathOf} the reader). */
    public void everywhere(String name, Function<Reader, String> pathOf, PageAssertions assertions) throws Exception {
        eachReaderAndWidth((reader, width) -> assertions.check(open(name, pathOf.apply(reader), reader, width)));
    }

    /** Runs {@code body} for both readers at both widths, English first. */
    public void eachReaderAndWidth(ReaderAndWidth body) throws Exception {
        for (Reader reader : Reader.values()) {
            for (int width : WIDTHS) {
                body.run(reader, width);
            }
        }
    }

    /** Opens {@code path} as {@code reader} at {@code width} pixels and runs the checks every page must pass. */
    public Opened open(String name, String path, Reader reader, int width) throws IOException {
        WebDriver driver = host.driver();
        driver.manage().logs().get(LogType.BROWSER); // forget what earlier pages logged
        driver.manage().window().setSize(new Dimension(width, MIN_HEIGHT));
        driver.get(host.uri("/devhost/login?user=" + reader.user() + "&back="
                + URLEncoder.encode(path, StandardCharsets.UTF_8)).toString());
        String where = name + " (" + path + ") as " + reader.user() + " at " + width + " px";
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertEquals("the page's language, " + where, reader.lang(),
                String.valueOf(js.executeScript("return document.documentElement.lang")).substring(0, 2));
        Object aui = js.executeScript("return window.AJS && AJS.version");
        if (!DevAui.AUI_VERSION.equals(aui)) {
            fail("AUI " + DevAui.AUI_VERSION + " did not load on " + where + " (AJS.version: " + aui + "). "
                    + "The dev host "
                    + "takes it from the npm registry into the cache (-D" + DevAui.CACHE_PROPERTY + "); see its log "
                    + "and docs/dev-host.md.");
        }
        return check(name, where, reader, width, false);
    }

    /**
     * Runs the checks every page must pass on the page as it is now (after clicks: an open dialog, an expanded
     * tree), saving its screenshot as {@code name-lang-width.png}.
     */
    public Opened now(String name, Reader reader, int width) throws IOException {
        return check(name, name + " as " + reader.user() + " at " + width + " px", reader, width, false);
    }

    /**
     * {@link #now}, after a form the server refused on purpose: the browser logs the refused request itself
     * ("Failed to load resource: … status of 400") as an error, which is the answer the test asked for, not a fault of
     * the page; every other console error still fails.
     */
    public Opened nowAfterRefusal(String name, Reader reader, int width) throws IOException {
        return check(name, name + " as " + reader.user() + " at " + width + " px", reader, width, true);
    }

    /**
     * The checks of {@link #now} for an open dialog, on the dialog alone (the page behind it passed them when it was
     * opened): console errors, axe-core over the dialog's element, and a screenshot of the window it shows in.
     */
    public Opened dialog(String name, String dialogId, Reader reader, int width) throws IOException {
        return check(name, name + " as " + reader.user() + " at " + width + " px", reader, width, false, dialogId);
    }

    private Opened check(String name, String where, Reader reader, int width, boolean refused) throws IOException {
        return check(name, where, reader, width, refused, null);
    }

    private Opened check(String name, String where, Reader reader, int width, boolean refused, String dialogId)
            throws IOException {
        WebDriver driver = host.driver();
        Object sideways = dialogId == null ? ((JavascriptExecutor) driver).executeScript(SIDEWAYS) : null;
        Path screenshot = dialogId == null
                ? screenshot(driver, name + "-" + reader.lang() + "-" + width + ".png", width)
                : window(driver, name + "-" + reader.lang() + "-" + width + ".png");
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            boolean refusal = refused && entry.getMessage().matches(".*/rest/cascade/1\\.0/\\S* - Failed to load "
                    + "resource: the server responded with a status of 4\\d\\d .*");
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !refusal) {
                errors.add(entry.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            fail("console errors on " + where + ":\n  " + String.join("\n  ", errors));
        }
        if (sideways != null) {
            fail("the page scrolls sideways on " + where + " (screenshot " + screenshot + "): " + sideways);
        }
        AxeBuilder builder = new AxeBuilder();
        if (dialogId != null) {
            builder.include("#" + dialogId);
        }
        Results axe = builder.analyze(driver);
        List<String> violations = new ArrayList<>();
        for (Rule rule : axe.getViolations()) {
            String line = rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp();
            if (FAILING_IMPACTS.contains(rule.getImpact())) {
                for (CheckedNode node : rule.getNodes()) {
                    line += "\n      " + node.getTarget() + " " + node.getHtml();
                }
                violations.add(line);
            } else {
                System.out.println("axe (" + where + "), not failing: " + line);
            }
        }
        if (!violations.isEmpty()) {
            fail("axe-core found serious or critical violations on " + where + " (screenshot " + screenshot
                    + "):\n  " + String.join("\n  ", violations));
        }
        return new Opened(driver, reader, width, screenshot);
    }

    /** The window as it shows now (a dialog over the page). */
    private static Path window(WebDriver driver, String file) throws IOException {
        Path dir = Paths.get(System.getProperty("cascade.basedir", System.getProperty("user.dir")),
                "target", "screenshots");
        Files.createDirectories(dir);
        Path path = dir.resolve(file);
        Files.write(path, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return path;
    }

    /** The whole page, not only the window: Chromium's DevTools capture beyond the viewport. */
    private static Path screenshot(WebDriver driver, String file, int width) throws IOException {
        Object height = ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
        int full = Math.max(MIN_HEIGHT, ((Number) height).intValue());
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", full, "scale", 1);
        Map<String, Object> shot = ((ChromiumDriver) driver).executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Path dir = Paths.get(System.getProperty("cascade.basedir", System.getProperty("user.dir")),
                "target", "screenshots");
        Files.createDirectories(dir);
        Path path = dir.resolve(file);
        Files.write(path, Base64.getDecoder().decode((String) shot.get("data")));
        return path;
    }

    /**
     * A page that passed the checks.
     *
     * @param driver the browser, on the page
     * @param reader who reads it
     * @param width its width in pixels
     * @param screenshot where its screenshot is
     */
    public record Opened(WebDriver driver, Reader reader, int width, Path screenshot) {
    }
}
