package dev.cascade.okr.devhost.browser;

import dev.cascade.okr.devhost.DevHostConfig;
import dev.cascade.okr.devhost.DevHostServer;
import dev.cascade.okr.devhost.DevUsers;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import org.junit.Assume;
import org.junit.rules.ExternalResource;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The one dev host and the one headless Chromium that every browser test class of a run shares (starting each per
 * class would cost seconds each time): started on first use, with the sample goals and the sample cascade of 2026,
 * and stopped when the JVM exits. Tests that change data in ways others would see keep their own
 * {@code DevHostFixture}; tests on this host read, or change only what they create.
 *
 * <p>A browser test class takes it as a class rule, and checks pages through {@link #pages()} ({@link PageCheck}: for
 * both readers at both widths, {@link PageCheck#everywhere} opens a page and runs the test's assertions on each):
 * <pre>{@code
 * public class SomePageBrowserTest {
 *
 *     @ClassRule
 *     public static final BrowserHost host = BrowserHost.shared();
 *
 *     @Test
 *     public void shouldShowTheThing() throws Exception {
 *         host.pages().everywhere("some-page", PageCheck.GOALS_PAGE + "&view=mine", page -> {
 *             WebDriver driver = page.driver(); // signed in as page.reader(), at page.width() pixels
 *             ...
 *         });
 *     }
 * }
 * }</pre>
 * Where the page to open depends on the reader (their own goal), {@link PageCheck#everywhere(String,
 * java.util.function.Function, PageCheck.PageAssertions)} takes the path per reader; where something must happen
 * before each page opens, {@link PageCheck#eachReaderAndWidth} runs a body per reader and width. {@link Clicks} waits
 * for what the clicks change.
 *
 * <p>Without Chromium and chromedriver ({@code apt-get install chromium chromium-driver}) the tests are skipped
 * locally and fail on CI ({@code CI} set), as {@code ProjectPageBrowserTest} does.
 */
public final class BrowserHost extends ExternalResource {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static BrowserHost shared;

    private DevHostServer server;
    private WebDriver driver;

    private BrowserHost(DevHostServer server, WebDriver driver) {
        this.server = server;
        this.driver = driver;
    }

    /**
     * The shared host and browser as a test class's {@code @ClassRule}: started on first use (by the first class of
     * the run that needs it), kept for the run; skips the class when Chromium is missing.
     */
    public static BrowserHost shared() {
        return new BrowserHost(null, null);
    }

    @Override
    protected void before() throws Exception {
        BrowserHost started = get();
        server = started.server;
        driver = started.driver;
    }

    /** The shared host and browser, started on first use; skips the calling test when Chromium is missing. */
    public static synchronized BrowserHost get() throws Exception {
        assumeChromium();
        if (shared == null) {
            Path dataDir = Files.createTempDirectory("cascade-browser-host");
            Path profile = Files.createTempDirectory("cascade-chromium");
            DevHostServer server = DevHostServer.start(new DevHostConfig(0, dataDir, false, true)
                    .withSampleCascade());
            WebDriver driver;
            try {
                driver = chromium(profile);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            shared = new BrowserHost(server, driver);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.quit();
                try {
                    server.close();
                } catch (Exception e) {
                    System.err.println("could not stop the browser tests' dev host: " + e);
                }
                deleteQuietly(dataDir);
                deleteQuietly(profile);
            }, "cascade-browser-host-stop"));
        }
        return shared;
    }

    /** Skips the calling test when Chromium or chromedriver is missing, except on CI, where that fails. */
    public static void assumeChromium() {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed) {
            String message = "Chromium or chromedriver is missing (apt-get install chromium chromium-driver); "
                    + ".ci/run installs them";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(message);
            }
            System.err.println("\n*** SKIPPING BROWSER TEST: " + message + " ***\n");
            Assume.assumeTrue(message, false);
        }
    }

    /** Headless Chromium as the browser tests run it, keeping the console's messages for {@link PageCheck}. */
    public static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** The dev host. */
    public DevHostServer server() {
        return server;
    }

    /** The browser. */
    public WebDriver driver() {
        return driver;
    }

    /** The absolute URI of a path such as {@code /projects/CASC}. */
    public URI uri(String path) {
        return server.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /**
     * Sends a JSON body to the plugin's REST API as a sample user (with their personal access token), for data a
     * test needs before it clicks; answers the response's body, failing unless the status is 2xx.
     */
    public String postJson(String path, String user, String json) throws Exception {
        return sendJson("POST", path, user, json);
    }

    /**
     * Sets who manages {@code user} (an administrator's setting, as alice), whatever was set before: reads the
     * setting's version first, so tests sharing this host may each set it.
     */
    public void setManagers(String user, String... managers) throws Exception {
        java.net.http.HttpResponse<String> current = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(uri("/rest/cascade/1.0/people/" + user + "/managers"))
                        .header("Authorization", "Bearer " + DevUsers.sampleToken("alice").orElseThrow()).GET()
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("\"version\":(\\d+)")
                .matcher(current.body());
        String list = java.util.Arrays.stream(managers).map(m -> "\"" + m + "\"")
                .collect(java.util.stream.Collectors.joining(","));
        putJson("/rest/cascade/1.0/people/" + user + "/managers", "alice", "{\"managers\":[" + list
                + "],\"version\":" + (version.find() ? version.group(1) : "0") + "}");
    }

    /** Reads the plugin's REST API as a sample user; answers the body, failing unless the status is 2xx. */
    public String get(String path, String user) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(uri(path))
                        .header("Authorization", "Bearer " + DevUsers.sampleToken(user).orElseThrow()).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** {@link #postJson} with PUT. */
    public String putJson(String path, String user, String json) throws Exception {
        return sendJson("PUT", path, user, json);
    }

    private String sendJson(String method, String path, String user, String json) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(uri(path))
                        .header("Authorization", "Bearer " + DevUsers.sampleToken(user).orElseThrow())
                        .header("Content-Type", "application/json")
                        .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** A check of pages as people see them, on this host and browser. */
    public PageCheck pages() {
        return new PageCheck(this);
    }

    static void deleteQuietly(Path root) {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder: the OS cleans it up
        }
    }
}
