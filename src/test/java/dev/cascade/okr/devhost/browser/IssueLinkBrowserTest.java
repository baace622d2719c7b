package dev.cascade.okr.devhost.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * "Link to a key result" from the issue view's Goals panel, by clicking as a person would (issue 13): the person opens
 * the dialog from the panel, picks one of the key results they may change, and links the story; a key result changed
 * behind their back since the page loaded is refused with the server's message in the dialog (the version is the one
 * the page showed), and after a reload the link goes through and the panel lists the key result with the story's
 * share. A key result titled with a script stays inert text in the dialog's list. The page and the open dialog pass
 * the checks of {@link PageCheck} in both languages at both widths.
 */
public class IssueLinkBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = "/browse/CASC-3";
    private static final String SCRIPT = "<script>alert(1)</script>";

    @ClassRule
    public static final BrowserHost host = BrowserHost.shared();

    @Test
    public void shouldLinkTheStoryToAKeyResultByClickingAndShowTheRefusalOfAStaleOne() throws Exception {
        for (PageCheck.Reader reader : PageCheck.Reader.values()) {
            goal(reader.user(), "Inert titles of " + reader.user(), SCRIPT);
        }
        host.pages().eachReaderAndWidth((reader, width) -> {
            String title = "Mobile release by " + reader.user() + " at " + width;
            long keyResult = goal(reader.user(), "Mobile ships for " + reader.user() + " at " + width, title);

            host.pages().open("issue-link", STORY, reader, width);
            WebDriver driver = host.driver();
            assertTrue("no row yet", rows(driver, title).isEmpty());
            WebElement dialog = openDialog(driver);
            assertTrue("the script title is listed as text", dialog.findElements(
                    By.cssSelector("#cascade-issue-link-key-result option")).stream()
                    .anyMatch(option -> option.getText().startsWith(SCRIPT + " \u2014 Inert titles of ")));
            choose(dialog, keyResult);
            host.pages().now("issue-link-dialog", reader, width);

            // Someone links another epic meanwhile: the version the page showed is stale now.
            host.postJson("/rest/cascade/1.0/key-results/links/add", reader.user(), "{\"keyResult\":"
                    + keyResult + ",\"version\":1,\"link\":{\"epic\":\"CASC-8\"}}");
            dialog.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement error = dialog.findElement(By.cssSelector(".cascade-form-error"));
            until(() -> error.isDisplayed() && !error.getText().isBlank());
            host.pages().nowAfterRefusal("issue-link-dialog-stale", reader, width);
            dialog.findElement(By.cssSelector(".cascade-dialog-cancel")).click();
            until(() -> !dialog.isDisplayed());
            assertTrue("nothing linked by the refused form", rows(driver, title).isEmpty());

            driver.navigate().refresh();
            WebElement fresh = openDialog(driver);
            choose(fresh, keyResult);
            fresh.findElement(By.cssSelector("button[type=submit]")).click();
            until(() -> !rows(driver, title).isEmpty());
            WebElement row = rows(driver, title).get(0);
            String via = row.findElement(By.cssSelector(".cascade-via")).getText();
            String share = row.findElement(By.cssSelector(".cascade-share")).getText();
            if (reader == PageCheck.Reader.ENGLISH) {
                assertEquals("Linked as an issue", via);
                assertTrue(share, share.matches("1 of \\d+ issues"));
            } else {
                assertEquals("\u4f5c\u4e3a\u4e8b\u52a1\u5173\u8054", via);
                assertTrue(share, share.matches("\\d+ \u4e2a\u4e8b\u52a1\u4e2d\u7684 1 \u4e2a"));
            }
            assertFalse("a linked key result is not offered again", driver.findElements(
                    By.cssSelector("#cascade-issue-link-key-result option[value='" + keyResult + "']"))
                    .stream().findAny().isPresent());
            host.pages().now("issue-linked", reader, width);
        });
    }

    /** Creates a goal of CASC owned by {@code owner} whose one key result follows epic CASC-13; its key result's id. */
    private static long goal(String owner, String title, String keyResult) throws Exception {
        JsonNode goal = JSON.readTree(host.postJson("/rest/cascade/1.0/goals", owner, JSON.writeValueAsString(
                JSON.createObjectNode().put("title", title).put("level", "team").put("visibility", "members")
                        .<com.fasterxml.jackson.databind.node.ObjectNode>set("period",
                                JSON.createObjectNode().put("value", "2026"))
                        .<com.fasterxml.jackson.databind.node.ObjectNode>set("unit",
                                JSON.createObjectNode().put("project", "CASC"))
                        .set("keyResults", JSON.createArrayNode().add(JSON.createObjectNode()
                                .put("title", keyResult).put("weight", 100).set("measure", JSON.createObjectNode()
                                        .put("kind", "issues").put("basis", "issue-count-done")
                                        .set("links", JSON.createArrayNode().add(JSON.createObjectNode()
                                                .put("epic", "CASC-13")))))))));
        return goal.path("keyResults").get(0).path("id").asLong();
    }

    private static WebElement openDialog(WebDriver driver) throws InterruptedException {
        driver.findElement(By.cssSelector("#viewissuesidebar .cascade-issue-link-open")).click();
        WebElement dialog = visible(driver, By.id("cascade-issue-link-dialog"));
        until(() -> driver.switchTo().activeElement().getDomAttribute("id") != null
                && driver.switchTo().activeElement().getDomAttribute("id").equals("cascade-issue-link-key-result"));
        return dialog;
    }

    /** Picks the key result in the dialog's list, as a person clicks its option. */
    private static void choose(WebElement dialog, long keyResult) {
        dialog.findElement(By.id("cascade-issue-link-key-result")).click();
        dialog.findElement(By.cssSelector("#cascade-issue-link-key-result option[value='" + keyResult + "']")).click();
        assertEquals(String.valueOf(keyResult), dialog.findElement(By.id("cascade-issue-link-key-result"))
                .getDomProperty("value"));
    }

    private static List<WebElement> rows(WebDriver driver, String title) {
        return driver.findElements(By.xpath("//tr[contains(@class,'cascade-issue-key-result-row')]"
                + "[.//span[@class='cascade-issue-key-result-title'][normalize-space(text())='" + title + "']]"));
    }

    /** The element, once it is displayed ({@link Clicks#visible}). */
    private static WebElement visible(WebDriver driver, By locator) throws InterruptedException {
        return new Clicks(driver).visible(locator);
    }

    /** Waits until {@code condition} holds ({@link Clicks#until}), else fails. */
    private static void until(BooleanSupplier condition) throws InterruptedException {
        new Clicks(host.driver()).until(condition);
    }
}
