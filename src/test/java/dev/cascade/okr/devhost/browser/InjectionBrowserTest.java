package dev.cascade.okr.devhost.browser;

import static dev.cascade.okr.devhost.browser.PageCheck.GOALS_PAGE;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A corpus of script and template payloads, stored through the REST API in every text field a person writes (a goal's
 * title and description, a key result's title and unit, a check-in's four notes, a quarter's review, an adjustment's
 * reason and its decision's comment, an objection), renders as inert, visible text on every view of the Goals page
 * and in the dialogs that show it: no script runs (a payload that runs would set {@code window.cascadeXss}), no
 * template expression is evaluated ({@code ${7*7}} stays as written, never 49).
 */
public class InjectionBrowserTest {

    /** Each payload, with the text a reader must see for it (the gadget's browser test stores them too). */
    static final List<String> PAYLOADS = List.of("<script>window.cascadeXss=1</script>",
            "<img src=x onerror=\"window.cascadeXss=1\">", "\"><svg onload=window.cascadeXss=1>", "${7*7}",
            "#set($x = 1)$x", "{{7*7}}", "javascript:window.cascadeXss=1");
    static final String CORPUS = "INJ " + String.join(" ", PAYLOADS);

    @ClassRule
    public static final BrowserHost host = BrowserHost.shared();

    @Test
    public void shouldRenderEveryStoredPayloadAsInertTextOnEveryViewAndDialog() throws Exception {
        String text = json(CORPUS);
        String goal = host.postJson("/rest/cascade/1.0/goals", "bob", "{\"title\":" + json(CORPUS)
                + ",\"description\":" + text + ",\"level\":\"team\",\"period\":{\"value\":\"2026\"},"
                + "\"unit\":{\"project\":\"CASC\"},\"visibility\":\"members\",\"keyResults\":[{\"title\":"
                + json("KR " + CORPUS) + ",\"weight\":100,\"measure\":{\"kind\":\"metric\","
                + "\"direction\":\"increase\",\"start\":0,\"tiers\":{\"target\":100},\"unit\":" + json("<b>u</b>")
                + "}}]}");
        long goalId = number(goal, "\"id\":(\\d+)");
        long keyResult = number(goal.substring(goal.indexOf("\"keyResults\"")), "\"id\":(\\d+)");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        host.postJson("/rest/cascade/1.0/key-results/" + keyResult + "/check-ins", "bob", "{\"value\":10,"
                + "\"confidence\":5,\"date\":\"" + today + "\",\"progressNote\":" + text + ",\"problems\":" + text
                + ",\"solutions\":" + text + ",\"nextSteps\":" + text + "}");
        host.putJson("/rest/cascade/1.0/goals/" + goalId + "/reviews/2026-Q4", "bob", "{\"version\":0,"
                + "\"subjectiveCauses\":" + text + ",\"objectiveCauses\":" + text + ",\"improvement\":" + text
                + ",\"nextQuarterAdjustment\":" + text + "}");
        host.postJson("/rest/cascade/1.0/key-results/" + keyResult + "/adjustments", "bob", "{\"version\":0,"
                + "\"newTarget\":90,\"reason\":" + text + ",\"approverKey\":\"alice\"}");
        host.setManagers("bob", "zhang");
        host.postJson("/rest/cascade/1.0/goals/" + goalId + "/confirmation/object", "bob", "{\"version\":0,"
                + "\"reason\":" + text + "}");

        String page = GOALS_PAGE + "&goal=" + goalId;
        for (PageCheck.Reader reader : PageCheck.Reader.values()) {
            String user = reader == PageCheck.Reader.ENGLISH ? "bob" : "zhang";
            assertEquals(user, reader.user());
            for (String path : List.of(GOALS_PAGE, GOALS_PAGE + "&view=mine", page,
                    GOALS_PAGE + "&view=tables&table=company-goals", GOALS_PAGE + "&view=tables&table=individual-goals",
                    GOALS_PAGE + "&view=tables&table=tracking-record",
                    GOALS_PAGE + "&view=tables&table=quarterly-review")) {
                host.pages().open("injection", path, reader, PageCheck.WIDTHS.get(0));
                assertInert(host.driver(), path);
            }
        }
        // The goal's page as its owner: the corpus is visible as text in its title, notes, review, reason, objection,
        // and inert in the dialogs that carry it (the edit form's fields, a dialog's subject line).
        host.pages().open("injection-goal", page, PageCheck.Reader.ENGLISH, PageCheck.WIDTHS.get(0));
        WebDriver driver = host.driver();
        String body = driver.findElement(By.tagName("body")).getText();
        for (String payload : PAYLOADS) {
            assertThat("shown as written: " + payload, body, containsString(payload));
        }
        assertThat(body, not(containsString("INJ 49")));
        Clicks clicks = new Clicks(driver);
        WebElement edit = clicks.open(driver.findElement(By.id("cascade-goal-edit")), "cascade-goal-edit-dialog");
        assertEquals(CORPUS, edit.findElement(By.id("cascade-edit-title")).getDomProperty("value"));
        assertEquals(CORPUS, edit.findElement(By.id("cascade-edit-description")).getDomProperty("value"));
        assertInert(driver, "the edit dialog");
        edit.findElement(By.cssSelector(".cascade-dialog-cancel")).click();
        WebElement checkIn = clicks.open(driver.findElement(By.cssSelector(
                ".cascade-goal-act [data-dialog='cascade-check-in-dialog']")), "cascade-check-in-dialog");
        assertThat(checkIn.findElement(By.cssSelector(".cascade-dialog-subject")).getText(),
                containsString("<script>window.cascadeXss=1</script>"));
        assertInert(driver, "the check-in dialog");
    }

    /** Fails unless no payload ran and no injected element is on the Goals page. */
    static void assertInert(WebDriver driver, String where) {
        Object ran = ((JavascriptExecutor) driver).executeScript("return window.cascadeXss === undefined");
        assertEquals("no payload ran on " + where, Boolean.TRUE, ran);
        assertTrue("no injected element on " + where, driver.findElements(By.cssSelector(
                ".cascade-goals img[src=x], .cascade-goals svg[onload], .cascade-goals script:not([src])")).isEmpty());
    }

    /** The first number {@code pattern} finds in {@code json}. */
    static long number(String json, String pattern) {
        Matcher found = Pattern.compile(pattern).matcher(json);
        assertTrue(json, found.find());
        return Long.parseLong(found.group(1));
    }

    /** {@code text} as a JSON string. */
    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
