package dev.cascade.okr.devhost;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.devhost.browser.OwnChromium;
import java.time.Duration;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * What a person sees: the project page in headless Chromium shows the key result's progress, and after the person
 * moves an issue to Done on the stand-in issue page, the project page shows the new value on reload.
 */
public class ProjectPageBrowserTest {

    @ClassRule
    public static final DevHostFixture host = DevHostFixture.seeded();
    @ClassRule
    public static final OwnChromium chromium = new OwnChromium();

    @Test
    public void shouldShowNewProgressWhenIssueMovedToDoneAndPageReloaded() throws InterruptedException {
        chromium.driver().get(host.uri("/devhost/login?user=bob&back=/projects/CASC").toString());
        assertEquals("33%", keyResultProgress("Ship self-service onboarding"));

        chromium.driver().get(host.uri("/browse/CASC-4").toString());
        WebElement oldStatus = chromium.driver().findElement(By.id("devhost-issue-status"));
        chromium.driver().findElement(By.id("devhost-move-10001")).click();
        assertEquals("Done", textAfterReload(oldStatus, By.id("devhost-issue-status")));

        // The listener recomputes in the background a moment after the event (coalescing bursts): reload until then.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            chromium.driver().get(host.uri("/projects/CASC").toString());
        } while (!"50%".equals(keyResultProgress("Ship self-service onboarding")) && System.nanoTime() < deadline);
        assertEquals("50%", keyResultProgress("Ship self-service onboarding"));
        // What the figure counts, next to it (issue 10: "3 / 6" did not say it counts issues done).
        assertEquals("3 of 6 issues done", keyResultCell("Ship self-service onboarding", ".cascade-basis"));
    }

    /**
     * The text of an element on the page that a form submission loads. The form answers with a redirect to the same
     * URL, so wait until the old page's element is gone (stale) before reading the new one.
     */
    private static String textAfterReload(WebElement before, By locator) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                before.isDisplayed();
            } catch (StaleElementReferenceException gone) {
                return chromium.driver().findElement(locator).getText();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the page did not reload after the form was submitted");
    }

    private static String keyResultProgress(String title) {
        return keyResultCell(title, ".cascade-progress-text");
    }

    private static String keyResultCell(String title, String cell) {
        List<WebElement> rows = chromium.driver().findElements(By.cssSelector("tr.cascade-tree-kr"));
        for (WebElement row : rows) {
            if (row.findElement(By.cssSelector(".cascade-key-result-title")).getText().equals(title)) {
                return row.findElement(By.cssSelector(cell)).getText();
            }
        }
        throw new AssertionError("no key result row titled " + title + " in " + chromium.driver().getPageSource());
    }
}
