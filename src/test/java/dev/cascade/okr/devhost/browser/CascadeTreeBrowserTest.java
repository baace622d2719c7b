package dev.cascade.okr.devhost.browser;

import static dev.cascade.okr.devhost.browser.PageCheck.GOALS_PAGE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The Goals page's cascade tree and its dialogs, by clicking as a person would: the tree shows the first levels and
 * loads deeper ones on expand; a key result is checked in from its row in three interactions (open, type, send), with
 * the server's error next to its field when a value is missing; a goal is created from the page's header. Each page
 * and open dialog passes the checks of {@link PageCheck} in both languages at both widths.
 */
public class CascadeTreeBrowserTest {

    @ClassRule
    public static final BrowserHost host = BrowserHost.shared();

    @Test
    public void shouldLoadTheGoalsBelowWhenAPersonExpandsADepartmentGoal() throws Exception {
        host.pages().everywhere("tree", GOALS_PAGE, page -> {
            WebDriver driver = page.driver();
            WebElement department = goalRow(driver, "Cascade Demo delivers its 2026 roadmap");
            assertEquals("false", department.getDomAttribute("aria-expanded"));
            assertFalse("a collapsed goal's key results are hidden",
                    keyResultRow(driver, "Epic CASC-1 done").isDisplayed());

            department.findElement(By.cssSelector(".cascade-tree-toggle")).click();
            WebElement team = visible(driver, By.xpath("//tr[contains(@class,'cascade-tree-goal')]"
                    + "[.//a[text()='Cascade Demo team 1 ships its epics']]"));
            assertEquals("3", team.getDomAttribute("aria-level"));
            assertTrue(keyResultRow(driver, "Epic CASC-1 done").isDisplayed());
            assertEquals("true", goalRow(driver, "Cascade Demo delivers its 2026 roadmap")
                    .getDomAttribute("aria-expanded"));
            host.pages().now("tree-expanded", page.reader(), page.width());

            goalRow(driver, "Cascade Demo delivers its 2026 roadmap")
                    .findElement(By.cssSelector(".cascade-tree-toggle")).click();
            assertFalse("collapsing hides the goals below", team.isDisplayed());
        });
    }

    @Test
    public void shouldCheckInFromTheTreeAndShowTheServersErrorNextToItsField() throws Exception {
        for (PageCheck.Reader reader : PageCheck.Reader.values()) {
            // Each reader checks in on a key result of their own goal (its owner may).
            host.postJson("/rest/cascade/1.0/goals", reader.user(), "{\"title\":\"Sign-ups grow for "
                    + reader.user() + "\",\"level\":\"team\",\"period\":{\"value\":\"2026\"},\"unit\":{"
                    + "\"project\":\"CASC\"},\"visibility\":\"members\",\"keyResults\":[{\"title\":\""
                    + signUps(reader) + "\",\"weight\":100,\"measure\":{\"kind\":\"metric\",\"direction\":"
                    + "\"increase\",\"start\":0,\"tiers\":{\"target\":1000},\"unit\":\"sign-ups\"}}]}");
        }
        host.pages().everywhere("tree", GOALS_PAGE, page -> {
            WebDriver driver = page.driver();
            String signUps = signUps(page.reader());
            keyResultRow(driver, signUps).findElement(By.cssSelector(".cascade-dialog-open")).click();
            WebElement dialog = visible(driver, By.id("cascade-check-in-dialog"));
            assertEquals(signUps, dialog.findElement(By.cssSelector(".cascade-dialog-subject")).getText());
            host.pages().dialog("check-in-dialog", "cascade-check-in-dialog", page.reader(), page.width());

            dialog.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement error = visible(driver, By.id("cascade-check-in-value-error"));
            until(() -> !error.getText().isBlank());
            assertEquals("true", dialog.findElement(By.id("cascade-check-in-value")).getDomAttribute("aria-invalid"));
            host.pages().nowAfterRefusal("check-in-dialog-error", page.reader(), page.width());
            dialog.findElement(By.cssSelector(".cascade-dialog-cancel")).click();
            until(() -> !dialog.isDisplayed());
            WebElement create = driver.findElement(By.id("cascade-goal-create"));
            create.click();
            WebElement createDialog = visible(driver, By.id("cascade-goal-create-dialog"));
            host.pages().dialog("create-goal-dialog", "cascade-goal-create-dialog", page.reader(), page.width());
            createDialog.findElement(By.cssSelector(".cascade-dialog-cancel")).click();
            until(() -> !createDialog.isDisplayed());
        });
        WebDriver driver = host.driver();
        String mine = signUps(PageCheck.Reader.CHINESE);
        keyResultRow(driver, mine).findElement(By.cssSelector(".cascade-dialog-open")).click();
        WebElement dialog = visible(driver, By.id("cascade-check-in-dialog"));
        dialog.findElement(By.id("cascade-check-in-value")).sendKeys("500");
        dialog.findElement(By.id("cascade-check-in-progress-note")).sendKeys("Campaign <b>live</b>");
        WebElement before = keyResultRow(driver, mine);
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        until(() -> stale(before)); // the row is replaced in place
        WebElement row = keyResultRow(driver, mine);
        assertEquals("50%", row.findElement(By.cssSelector(".cascade-progress-text")).getText());
    }

    @Test
    public void shouldCreateAGoalFromThePageHeaderAndShowTheTitleErrorFirst() throws Exception {
        host.pages().open("tree", GOALS_PAGE, PageCheck.Reader.ENGLISH, PageCheck.WIDTHS.get(0));
        WebDriver driver = host.driver();
        driver.findElement(By.id("cascade-goal-create")).click();
        WebElement dialog = visible(driver, By.id("cascade-goal-create-dialog"));
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = visible(driver, By.id("cascade-goal-title-error"));
        until(() -> !error.getText().isBlank());

        dialog.findElement(By.id("cascade-goal-title")).sendKeys("Partners resell the product");
        dialog.findElement(By.cssSelector("#cascade-goal-level option[value=team]")).click();
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        until(() -> driver.getCurrentUrl().contains("goal="));
        assertTrue(driver.getPageSource().contains("Partners resell the product"));
    }

    /** The element, once it is displayed ({@link Clicks#visible}). */
    private static WebElement visible(WebDriver driver, By locator) throws InterruptedException {
        return new Clicks(driver).visible(locator);
    }

    /** Waits until {@code condition} holds ({@link Clicks#until}), else fails. */
    private static void until(BooleanSupplier condition) throws InterruptedException {
        new Clicks(host.driver()).until(condition);
    }

    private static boolean stale(WebElement element) {
        return Clicks.stale(element);
    }

    private static String signUps(PageCheck.Reader reader) {
        return "Weekly sign-ups checked in by " + reader.user();
    }

    private static WebElement goalRow(WebDriver driver, String title) {
        return row(driver, "cascade-tree-goal", title);
    }

    private static WebElement keyResultRow(WebDriver driver, String title) {
        return row(driver, "cascade-tree-kr", title);
    }

    private static WebElement row(WebDriver driver, String kind, String title) {
        List<WebElement> rows = driver.findElements(By.xpath("//tr[contains(@class,'" + kind + "')]"
                + "[.//*[normalize-space(text())='" + title + "']]"));
        if (rows.isEmpty()) {
            throw new AssertionError("no row titled " + title + " on " + driver.getCurrentUrl());
        }
        return rows.get(0);
    }
}
