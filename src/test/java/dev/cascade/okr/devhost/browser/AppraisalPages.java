package dev.cascade.okr.devhost.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;

/** What the appraisal browser tests do on the Goals page's appraisal views: sign in, read in a language, step. */
final class AppraisalPages {

    /** The dev host's cookie that reads pages in another language than the signed-in user's profile. */
    static final String LANGUAGE_COOKIE = "cascade-devhost-lang";

    /** Signs in as {@code user} on {@code path} at 1280 pixels, forgetting what earlier pages logged. */
    static Clicks signIn(BrowserHost host, String user, String path) throws IOException {
        WebDriver driver = host.driver();
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(host.uri("/devhost/login?user=" + user + "&back=" + URLEncoder.encode(path,
                StandardCharsets.UTF_8)).toString());
        return new Clicks(driver);
    }

    /** Reads the page now shown in {@code reader}'s language, whoever is signed in (the dev host's cookie). */
    static void readIn(BrowserHost host, PageCheck.Reader reader) {
        WebDriver driver = host.driver();
        driver.manage().deleteCookieNamed(LANGUAGE_COOKIE);
        driver.manage().addCookie(new Cookie(LANGUAGE_COOKIE, reader == PageCheck.Reader.CHINESE ? "zh-CN" : "en",
                "/"));
        driver.navigate().refresh();
        driver.manage().logs().get(LogType.BROWSER);
        assertEquals(reader.lang(), String.valueOf(((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.lang")).substring(0, 2));
    }

    /**
     * Sends the dialog and waits until the person's section is updated in place: the page did not reload (a mark left
     * on the window survives), the status region says what the form saved, and focus is on the goal's next step (one
     * of its buttons) or, when the reader has none, on the section's heading.
     */
    static void sendInPlace(BrowserHost host, Clicks clicks, WebElement dialog, long goal) throws InterruptedException {
        WebDriver driver = host.driver();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.cascadeStayed = true;");
        String saved = dialog.findElement(By.tagName("form")).getDomAttribute("data-saved");
        clicks.sendAndReload(dialog);
        assertEquals("the page was not reloaded", Boolean.TRUE, js.executeScript("return window.cascadeStayed"));
        assertEquals(saved, driver.findElement(By.cssSelector(".cascade-saved-message")).getText());
        assertFalse(dialog.isDisplayed());
        Object focused = js.executeScript("var a = document.activeElement; return a.matches("
                + "'tbody.cascade-appraisal-goal[data-goal-id=\"" + goal + "\"] .cascade-dialog-open')"
                + " || a.matches('section.cascade-appraisal-person .cascade-appraisal-title')");
        assertEquals("focus on the goal's next step or the heading", Boolean.TRUE, focused);
    }

    private AppraisalPages() {
    }
}
