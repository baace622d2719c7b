package dev.cascade.okr.devhost.browser;

import static dev.cascade.okr.devhost.browser.PageCheck.GOALS_PAGE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The Goals page's views and a goal's page with every dialog open, as each reader sees them in their language at both
 * widths: each passes the checks of {@link PageCheck} (AUI loaded, no console error, no serious or critical axe
 * violation, a screenshot under target/screenshots), and each dialog closes again with its cancel button, giving the
 * focus back to the button that opened it.
 */
public class GoalPageDialogsBrowserTest {

    private static final List<String> TABLES = List.of("company-goals", "department-goals", "individual-goals",
            "tracking-record", "appraisal", "quarterly-review");
    private static final List<String> GOAL_DIALOGS = List.of("cascade-goal-edit", "cascade-kr-add",
            "cascade-goal-align", "cascade-goal-lifecycle", "cascade-goal-confirm", "cascade-goal-object");

    @ClassRule
    public static final BrowserHost host = BrowserHost.shared();

    @Test
    public void shouldShowEveryTableAndMyGoalsInBothLanguages() throws Exception {
        for (String table : TABLES) {
            host.pages().everywhere("tables-" + table, GOALS_PAGE + "&view=tables&table=" + table, page -> {
                WebDriver driver = page.driver();
                assertTrue(table, driver.findElements(By.cssSelector(".cascade-goals table.aui")).size()
                        + driver.findElements(By.cssSelector(".cascade-goals .aui-message")).size() > 0);
            });
        }
        host.pages().everywhere("mine", GOALS_PAGE + "&view=mine", page -> assertTrue(
                page.driver().findElements(By.cssSelector(".cascade-goals .aui-nav-selected")).size() == 1));
    }

    @Test
    public void shouldOpenEveryDialogOfAGoalsPageInBothLanguages() throws Exception {
        Map<PageCheck.Reader, String> goals = new EnumMap<>(PageCheck.Reader.class);
        for (PageCheck.Reader reader : PageCheck.Reader.values()) {
            goals.put(reader, goalWithEveryDialog(reader));
        }
        host.pages().everywhere("goal", goals::get, opened -> {
            WebDriver driver = opened.driver();
            Clicks page = new Clicks(driver);
            assertTrue("a pending adjustment and an open objection to act on", driver.findElements(By.cssSelector(
                    "[data-dialog='cascade-decide-dialog'], [data-dialog='cascade-resolve-dialog']")).size() == 2);
            for (String button : GOAL_DIALOGS) {
                WebElement opener = driver.findElement(By.id(button));
                check(page, opened, opener, opener.getDomAttribute("data-dialog"));
            }
            Set<String> seen = new HashSet<>();
            for (WebElement opener : driver.findElements(By.cssSelector(
                    ".cascade-goal-act .cascade-dialog-open, .cascade-objection .cascade-dialog-open"))) {
                // each dialog once (four quarters open the same review dialog)
                if (seen.add(opener.getDomAttribute("data-dialog"))) {
                    check(page, opened, opener, opener.getDomAttribute("data-dialog"));
                }
            }
        });
    }

    /**
     * Creates a goal of the reader's with a metric and an epic key result, a pending target adjustment and an open
     * objection, so that every dialog of its page shows (decide and resolve too); the goal's page.
     */
    private static String goalWithEveryDialog(PageCheck.Reader reader) throws Exception {
        String created = host.postJson("/rest/cascade/1.0/goals", reader.user(), "{\"title\":\"Dialogs of "
                + reader.user() + "\",\"level\":\"team\",\"period\":{\"value\":\"2026\"},\"unit\":{\"project\":"
                + "\"CASC\"},\"visibility\":\"members\",\"keyResults\":[{\"title\":\"Conversion of " + reader.user()
                + "\",\"weight\":50,\"measure\":{\"kind\":\"metric\",\"direction\":\"increase\",\"start\":0,"
                + "\"tiers\":{\"target\":100}}},{\"title\":\"Epic of " + reader.user() + "\",\"weight\":50,"
                + "\"measure\":{\"kind\":\"issues\",\"links\":[{\"epic\":\"CASC-1\"}]}}]}");
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created);
        assertTrue(created, id.find());
        Matcher keyResult = Pattern.compile("\"id\":(\\d+)").matcher(created.substring(
                created.indexOf("\"keyResults\"")));
        assertTrue(created, keyResult.find());
        host.postJson("/rest/cascade/1.0/key-results/" + keyResult.group(1) + "/adjustments", reader.user(),
                "{\"version\":0,\"newTarget\":90,\"reason\":\"Traffic halved\",\"approverKey\":\"alice\"}");
        host.setManagers(reader.user(), "alice");
        host.postJson("/rest/cascade/1.0/goals/" + id.group(1) + "/confirmation/object", reader.user(),
                "{\"version\":0,\"reason\":\"The target ignores the traffic drop\"}");
        return GOALS_PAGE + "&goal=" + id.group(1);
    }

    /** Opens the dialog with its button, checks it, closes it, and sees the focus back on the button. */
    private static void check(Clicks page, PageCheck.Opened opened, WebElement opener, String dialogId)
            throws Exception {
        WebElement dialog = page.open(opener, dialogId);
        host.pages().dialog("dialog-" + dialogId.replace("cascade-", "").replace("-dialog", ""), dialogId,
                opened.reader(), opened.width());
        dialog.findElement(By.cssSelector(".cascade-dialog-cancel")).click();
        page.until(() -> !dialog.isDisplayed());
        assertEquals("the focus returns to the button that opened " + dialogId, opener,
                host.driver().switchTo().activeElement());
    }
}
