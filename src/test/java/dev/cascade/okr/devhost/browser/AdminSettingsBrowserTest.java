package dev.cascade.okr.devhost.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.devhost.browser.PageCheck.Reader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The administration settings of issue 14 by clicking, as the administrator alice in English and in Chinese: a level's
 * English and Chinese names edited and saved, the check-in cadence chosen, the default partial-credit weights changed;
 * then a goal of that level shows the new name in the reader's language (bob in English, zhang in Chinese) at both
 * widths. Every page passes {@link PageCheck}'s checks and leaves a screenshot. The settings are put back afterwards:
 * the browser tests share one host.
 */
public class AdminSettingsBrowserTest {

    @ClassRule
    public static final BrowserHost host = BrowserHost.shared();

    private static final String API = "/rest/cascade/1.0/settings/";
    private static final String ADMIN = "/plugins/servlet/cascade/admin";

    @Test
    public void shouldLetAnAdministratorNameLevelsInBothLanguagesAndSetCadenceAndWeightsByClicking()
            throws Exception {
        String levels = host.get(API + "levels", "alice");
        String cadence = host.get(API + "check-in-cadence", "alice");
        String weights = host.get(API + "status-weights", "alice");
        String unique = Long.toString(System.nanoTime() % 100000);
        long goal = goal("Level names " + unique);
        try {
            for (Reader reader : Reader.values()) {
                administer(reader, unique);
            }
            host.pages().everywhere("admin-level-name", PageCheck.GOALS_PAGE + "&goal=" + goal, opened -> {
                String shown = opened.driver().findElement(By.cssSelector(".cascade-goal-level")).getText();
                assertEquals(opened.reader() == Reader.CHINESE ? "\u5c0f\u961f" + unique : "Squad " + unique, shown);
            });
        } finally {
            restore("levels", levels);
            restore("check-in-cadence", cadence);
            restore("status-weights", weights);
        }
    }

    /** Alice, reading in the reader's language, edits the team level's names, the cadence and the weights. */
    private void administer(Reader reader, String unique) throws Exception {
        WebDriver driver = host.driver();
        Clicks clicks = new Clicks(driver);
        int width = PageCheck.WIDTHS.get(0);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        driver.get(host.uri("/devhost/login?user=alice&back=/").toString());
        driver.manage().deleteCookieNamed("cascade-devhost-lang");
        if (reader == Reader.CHINESE) {
            driver.manage().addCookie(new Cookie("cascade-devhost-lang", "zh-CN", "/"));
        }
        driver.manage().logs().get("browser");
        driver.get(host.uri(ADMIN).toString());
        if (!driver.findElements(By.id("devhost-websudo-password")).isEmpty()) {
            driver.findElement(By.id("devhost-websudo-password")).sendKeys("alice");
            driver.findElement(By.id("devhost-websudo-confirm")).click();
        }
        clicks.visible(By.id("cascade-admin-levels"));
        assertEquals(reader == Reader.CHINESE ? "zh-CN" : "en",
                driver.findElement(By.tagName("html")).getAttribute("lang"));
        boolean chinese = reader == Reader.CHINESE;

        replace(driver, "cascade-admin-level-2-name", chinese ? "Squad " + unique : "Squad");
        replace(driver, "cascade-admin-level-2-name-zh", chinese ? "\u5c0f\u961f" + unique : "\u5c0f\u961f");
        driver.findElement(By.id("cascade-admin-levels-save")).click();
        String english = chinese ? "Squad " + unique : "Squad";
        clicks.until(() -> read("levels").contains("\"name\":\"" + english + "\""));

        String choice = chinese ? "monthly" : "weekly";
        driver.findElement(By.cssSelector("#cascade-admin-cadence option[value='" + choice + "']")).click();
        driver.findElement(By.id("cascade-admin-cadence-save")).click();
        clicks.until(() -> read("check-in-cadence").contains("\"cadence\":\"" + choice + "\""));

        String inProgress = chinese ? "0.6" : "0.7";
        replace(driver, "cascade-admin-weight-in-progress", inProgress);
        driver.findElement(By.id("cascade-admin-weights-save")).click();
        clicks.until(() -> read("status-weights").contains("\"inProgress\":" + inProgress));
        pages().now("admin-settings", reader, width);

        // A refused value is shown at its field, in the reader's language.
        replace(driver, "cascade-admin-weight-done", "0.5");
        driver.findElement(By.id("cascade-admin-weights-save")).click();
        WebElement error = driver.findElement(By.id("cascade-admin-weight-done-error"));
        clicks.until(() -> !error.getText().isBlank());
        assertTrue(error.getText(), !chinese || error.getText().chars().anyMatch(c -> c > 0x2e80));
        pages().nowAfterRefusal("admin-settings-refused", reader, width);

        driver.get(host.uri(ADMIN).toString());
        assertEquals(chinese ? "\u5c0f\u961f" + unique : "\u5c0f\u961f",
                clicks.visible(By.id("cascade-admin-level-2-name-zh")).getAttribute("value"));
        assertEquals(choice, driver.findElement(By.id("cascade-admin-cadence")).getAttribute("value"));
        driver.manage().deleteCookieNamed("cascade-devhost-lang");
    }

    private static PageCheck pages() {
        return host.pages();
    }

    private static void replace(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String read(String setting) {
        try {
            return host.get(API + setting, "alice");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long goal(String title) throws Exception {
        String created = host.postJson("/rest/cascade/1.0/goals", "bob", "{\"title\":\"" + title + "\",\"level\":"
                + "\"team\",\"period\":{\"value\":\"2026\"},\"unit\":{\"project\":\"CASC\"},\"visibility\":\"members\","
                + "\"keyResults\":[{\"title\":\"Epic of " + title + "\",\"weight\":100,\"measure\":{"
                + "\"kind\":\"issues\","
                + "\"basis\":\"status-weighted\",\"links\":[{\"epic\":\"CASC-1\"}]}}]}");
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created);
        assertTrue(created, id.find());
        return Long.parseLong(id.group(1));
    }

    /** Puts a setting back as it was read, over whatever version is stored now. */
    private static void restore(String setting, String original) throws Exception {
        Matcher now = Pattern.compile("\"version\":(\\d+)").matcher(read(setting));
        assertTrue(now.find());
        host.putJson(API + setting, "alice", original.replaceFirst("\"version\":\\d+", "\"version\":" + now.group(1)));
    }
}
