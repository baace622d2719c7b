package dev.cascade.okr.devhost.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.devhost.DevUsers;
import dev.cascade.okr.devhost.browser.PageCheck.Reader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The administration page by clicking (issue 14), as the administrator alice, in English and (her profile's language
 * switched by the dev host's language cookie) in Chinese, at both widths: from the dev host's Administration through
 * the app's sidebar item, past websudo; again from Manage apps → Configure; the grade bands changed, the preview of the
 * seed examples following before saving, a refused value shown at its field, the save, a stale save showing what is
 * stored now, and a person's managers loaded. Every page passes {@link PageCheck}'s checks and leaves a screenshot.
 * The scheme is put back afterwards: the browser tests share one host.
 */
public class AdminPageBrowserTest {

    @ClassRule
    public static final BrowserHost host = BrowserHost.shared();

    private static final String SCHEME = "/rest/cascade/1.0/settings/appraisal-scheme";

    @Test
    public void shouldLetAnAdministratorChangeTheGradeBandsWithThePreviewFollowingAndSaveThem() throws Exception {
        String original = read(SCHEME);
        try {
            host.pages().eachReaderAndWidth((reader, width) -> {
                round(reader, width);
                restore(original);
            });
        } finally {
            restore(original);
        }
    }

    private void round(Reader reader, int width) throws Exception {
        WebDriver driver = host.driver();
        Clicks clicks = new Clicks(driver);
        PageCheck pages = host.pages();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        driver.get(host.uri("/devhost/login?user=alice&back=/").toString());
        driver.manage().deleteCookieNamed("cascade-devhost-websudo");
        driver.manage().deleteCookieNamed("cascade-devhost-lang");
        if (reader == Reader.CHINESE) {
            driver.manage().addCookie(new Cookie("cascade-devhost-lang", "zh-CN", "/"));
        }
        driver.manage().logs().get("browser");

        clicks.visible(By.id("devhost-administration")).click();
        pages.now("admin-administration", reader, width);
        clicks.visible(By.id("cascade-admin-link")).click();
        clicks.visible(By.id("devhost-websudo-password")).sendKeys("alice");
        pages.now("admin-websudo", reader, width);
        clicks.visible(By.id("devhost-websudo-confirm")).click();
        clicks.visible(By.id("cascade-admin-scheme"));
        assertEquals(reader == Reader.CHINESE ? "zh-CN" : "en",
                driver.findElement(By.tagName("html")).getAttribute("lang"));
        pages.now("admin", reader, width);

        clicks.visible(By.id("devhost-manage-apps")).click();
        pages.now("admin-upm", reader, width);
        clicks.visible(By.id("devhost-upm-configure")).click();
        WebElement good = clicks.visible(By.id("cascade-admin-band-good"));

        // Person A's 91.2 is Good under the stored bands; with Good from 92 the preview says Pass before saving.
        String before = gradeOfPersonA(driver);
        good.clear();
        good.sendKeys("92");
        clicks.until(() -> !gradeOfPersonA(driver).equals(before));
        String after = gradeOfPersonA(driver);
        assertNotEquals(before, after);
        pages.now("admin-preview", reader, width);

        WebElement results = driver.findElement(By.id("cascade-admin-results-weight"));
        results.clear();
        results.sendKeys("80");
        clicks.until(() -> !driver.findElement(By.id("cascade-admin-preview-status")).getText().isBlank());
        driver.findElement(By.id("cascade-admin-scheme-save")).click();
        clicks.until(() -> !driver.findElement(By.id("cascade-admin-results-weight-error")).getText().isBlank());
        pages.nowAfterRefusal("admin-refused", reader, width);

        results.clear();
        results.sendKeys("70");
        driver.findElement(By.id("cascade-admin-scheme-save")).click();
        clicks.visible(By.cssSelector(".cascade-admin-status.aui-message"));
        assertTrue(read(SCHEME), read(SCHEME).matches("(?s).*\"grade\":\"good\",\"minScore\":92\\b.*"));

        // Someone else saves meanwhile: saving the form now shows what is stored, and takes its version.
        String stored = read(SCHEME);
        host.putJson(SCHEME, "alice", stored.replace("\"appealWindowDays\":" + field(stored, "appealWindowDays"),
                "\"appealWindowDays\":" + (Integer.parseInt(field(stored, "appealWindowDays")) + 1)));
        driver.findElement(By.id("cascade-admin-scheme-save")).click();
        WebElement changes = clicks.visible(By.cssSelector(".cascade-admin-stale-changes"));
        assertFalse(changes.getText().isBlank());
        pages.nowAfterRefusal("admin-stale", reader, width);

        WebElement person = driver.findElement(By.id("cascade-admin-person"));
        person.sendKeys("bob");
        driver.findElement(By.id("cascade-admin-managers-load")).click();
        clicks.until(() -> driver.findElement(By.id("cascade-admin-managers-list")).isEnabled());
        pages.now("admin-managers", reader, width);

        // A CSV file with an unknown manager: every problem listed by row and column, nothing imported.
        java.nio.file.Path file = java.nio.file.Files.createTempFile("managers", ".csv");
        java.nio.file.Files.writeString(file, "person,managers\nbob,zhang\ncarol,nobody\n");
        driver.findElement(By.id("cascade-admin-import-file")).sendKeys(file.toString());
        driver.findElement(By.id("cascade-admin-import")).click();
        WebElement problems = clicks.visible(By.cssSelector(".cascade-admin-import-form .cascade-form-error li"));
        assertTrue(problems.getText(), problems.getText().contains("3"));
        pages.nowAfterRefusal("admin-import-refused", reader, width);
        java.nio.file.Files.delete(file);
        driver.manage().deleteCookieNamed("cascade-devhost-lang");
    }

    private static String gradeOfPersonA(WebDriver driver) {
        return driver.findElements(By.cssSelector(".cascade-admin-preview-grade")).get(0).getText();
    }

    private static String read(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(host.uri(path))
                .header("Authorization", "Bearer " + DevUsers.sampleToken("alice").orElseThrow()).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertTrue(json, matcher.find());
        return matcher.group(1);
    }

    /** Puts the scheme's values back as they were, over whatever version is stored now. */
    private static void restore(String original) throws Exception {
        String now = read(SCHEME);
        host.putJson(SCHEME, "alice", original.replaceFirst("\"version\":\\d+", "\"version\":" + field(now,
                "version")));
    }
}
