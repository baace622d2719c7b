package dev.cascade.okr.devhost.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A check-in from the cascade tree updates the page in place: with the tree expanded two levels deep, a check-in on a
 * key result of the deepest goal changes that key result's row, its goal's row and the rows of the goals above it
 * without a reload (a marker set on the window stays), the expanded goals stay expanded, focus returns to the check-in
 * button, and the page's status region says the check-in was saved — in both languages.
 */
public class InPlaceCheckInBrowserTest {

    private static final String GOALS = "/projects/CASC?selectedItem=dev.cascade.okr:cascade-project-goals-item";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    /** The shared browser and dev host, started by the first test that asks. */
    private static BrowserHost host;

    @Test
    public void shouldUpdateTheRowsOfTheKeyResultAndTheGoalsAboveWithoutAReload() throws Exception {
        host = BrowserHost.get();
        for (PageCheck.Reader reader : PageCheck.Reader.values()) {
            String user = reader.user();
            long top = goal(user, "In-place top of " + user, "");
            long middle = goal(user, "In-place middle of " + user, "");
            long deep = goal(user, "In-place deep of " + user, "{\"title\":\"In-place sign-ups of " + user
                    + "\",\"weight\":100,\"measure\":{\"kind\":\"metric\",\"direction\":\"increase\",\"start\":0,"
                    + "\"tiers\":{\"target\":1000},\"unit\":\"sign-ups\"}}");
            align(user, middle, top);
            align(user, deep, middle);
            int width = PageCheck.WIDTHS.get(0);
            host.pages().open("in-place-tree", GOALS + "&period=2026", reader, width);
            WebDriver driver = host.driver();
            Clicks page = new Clicks(driver);
            JavascriptExecutor js = (JavascriptExecutor) driver;
            js.executeScript("window.cascadeNoReload = 'still here';");

            toggle(goalRow(driver, "In-place top of " + user));
            page.until(() -> goalRow(driver, "In-place middle of " + user).isDisplayed());
            toggle(goalRow(driver, "In-place middle of " + user));
            page.until(() -> !driver.findElements(By.xpath(rowXpath("cascade-tree-kr", "In-place sign-ups of "
                    + user))).isEmpty() && keyResultRow(driver, "In-place sign-ups of " + user).isDisplayed());
            String topBefore = progress(goalRow(driver, "In-place top of " + user));
            String middleBefore = progress(goalRow(driver, "In-place middle of " + user));
            String deepBefore = progress(goalRow(driver, "In-place deep of " + user));
            WebElement row = keyResultRow(driver, "In-place sign-ups of " + user);
            String keyResultBefore = progress(row);

            WebElement dialog = page.open(row.findElement(By.cssSelector(".cascade-dialog-open")),
                    "cascade-check-in-dialog");
            page.type(dialog, "cascade-check-in-value", "500");
            dialog.findElement(By.cssSelector("button[type=submit]")).click();
            page.until(() -> Clicks.stale(row));
            page.until(() -> !driver.findElement(By.cssSelector(".cascade-saved-message")).getText().isBlank());

            assertEquals("no navigation happened", "still here", js.executeScript("return window.cascadeNoReload"));
            assertEquals("50%", progress(keyResultRow(driver, "In-place sign-ups of " + user)));
            assertNotEquals(keyResultBefore, progress(keyResultRow(driver, "In-place sign-ups of " + user)));
            assertNotEquals(deepBefore, progress(goalRow(driver, "In-place deep of " + user)));
            assertNotEquals(middleBefore, progress(goalRow(driver, "In-place middle of " + user)));
            assertNotEquals(topBefore, progress(goalRow(driver, "In-place top of " + user)));
            assertEquals("true", goalRow(driver, "In-place top of " + user).getDomAttribute("aria-expanded"));
            assertEquals("true", goalRow(driver, "In-place middle of " + user).getDomAttribute("aria-expanded"));
            assertTrue(goalRow(driver, "In-place deep of " + user).isDisplayed());
            assertEquals(reader == PageCheck.Reader.ENGLISH ? "Check-in saved."
                    : "\u8fdb\u5c55\u66f4\u65b0\u5df2\u4fdd\u5b58\u3002", // 进展更新已保存。
                    driver.findElement(By.cssSelector(".cascade-saved-message[role=status]")).getText());
            WebElement focused = driver.switchTo().activeElement();
            assertEquals("focus back on the check-in button", keyResultRow(driver, "In-place sign-ups of " + user)
                    .findElement(By.cssSelector(".cascade-dialog-open")), focused);
            host.pages().now("in-place-checked-in", reader, width);
        }
    }

    private static long goal(String user, String title, String keyResults) throws Exception {
        String created = host.postJson("/rest/cascade/1.0/goals", user, "{\"title\":\"" + title + "\",\"level\":"
                + "\"team\",\"period\":{\"value\":\"2026\"},\"unit\":{\"project\":\"CASC\"},\"visibility\":\"members\","
                + "\"rollsUpFromChildren\":true,\"keyResults\":[" + keyResults + "]}");
        Matcher id = ID.matcher(created);
        assertTrue(created, id.find());
        return Long.parseLong(id.group(1));
    }

    private static void align(String user, long child, long parent) throws Exception {
        host.postJson("/rest/cascade/1.0/goals/" + child + "/alignments", user,
                "{\"parentId\":" + parent + ",\"contribution\":100}");
    }

    /** Expands a goal's row unless it is expanded already. */
    private static void toggle(WebElement goalRow) {
        if ("true".equals(goalRow.getDomAttribute("aria-expanded"))) {
            return;
        }
        goalRow.findElement(By.cssSelector(".cascade-tree-toggle")).click();
    }

    private static String progress(WebElement row) {
        return row.findElement(By.cssSelector(".cascade-progress-text")).getText();
    }

    private static WebElement goalRow(WebDriver driver, String title) {
        return row(driver, "cascade-tree-goal", title);
    }

    private static WebElement keyResultRow(WebDriver driver, String title) {
        return row(driver, "cascade-tree-kr", title);
    }

    private static String rowXpath(String kind, String title) {
        return "//tr[contains(@class,'" + kind + "')][.//*[normalize-space(text())='" + title + "']]";
    }

    private static WebElement row(WebDriver driver, String kind, String title) {
        List<WebElement> rows = driver.findElements(By.xpath(rowXpath(kind, title)));
        if (rows.isEmpty()) {
            throw new AssertionError("no row titled " + title + " on " + driver.getCurrentUrl());
        }
        return rows.get(0);
    }
}
