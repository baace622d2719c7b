package dev.cascade.okr.devhost.browser;

import static dev.cascade.okr.devhost.browser.PageCheck.GOALS_PAGE;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A year of the workflow by clicking, as a team lead and their manager do it in Jira (issue 13's proof): create a
 * goal, add key results and link an epic, align it under its department's goal, move an issue of the epic to Done on
 * the issue page and see the key result and the goal above change on the Goals page, check in, write the quarter's
 * review, propose a new target that the manager approves, object to the goal and have the objection resolved. Every
 * step goes through the page's dialogs and the REST API behind them; nothing is set up through the API but who manages
 * whom (an administrator's setting, issue 14's page).
 */
public class YearFlowBrowserTest {

    private static final String DEPARTMENT = "Cascade Demo delivers its 2026 roadmap";

    @ClassRule
    public static final BrowserHost host = BrowserHost.shared();

    @Test
    public void shouldWalkAYearOfAGoalByClicking() throws Exception {
        WebDriver driver = host.driver();
        Clicks page = new Clicks(driver);
        signIn("bob", GOALS_PAGE);
        String departmentBefore = treeProgress(driver, DEPARTMENT);

        // Set: a team goal for the year, created from the Goals page's header.
        WebElement create = page.open(driver.findElement(By.id("cascade-goal-create")), "cascade-goal-create-dialog");
        page.type(create, "cascade-goal-title", "Checkout converts better").choose(create, "cascade-goal-level", "team")
                .type(create, "cascade-goal-period", "2026");
        create.findElement(By.cssSelector("button[type=submit]")).click();
        page.until(() -> driver.getCurrentUrl().contains("goal="));
        String goalPage = driver.getCurrentUrl();
        Matcher id = Pattern.compile("goal=(\\d+)").matcher(goalPage);
        assertTrue(goalPage, id.find());

        // Key results: one follows an epic's issues, one is a number people check in.
        WebElement add = page.open(page.visible(By.id("cascade-kr-add")), "cascade-kr-add-dialog");
        page.type(add, "cascade-kr-title", "Billing epic done").type(add, "cascade-kr-weight", "60")
                .choose(add, "cascade-kr-kind", "issues").type(add, "cascade-kr-epics", "CASC-8");
        page.sendAndReload(add);
        add = page.open(page.visible(By.id("cascade-kr-add")), "cascade-kr-add-dialog");
        page.type(add, "cascade-kr-title", "Checkout conversion").type(add, "cascade-kr-weight", "40")
                .choose(add, "cascade-kr-kind", "metric").choose(add, "cascade-kr-direction", "increase")
                .type(add, "cascade-kr-start", "0").type(add, "cascade-kr-target", "100");
        page.sendAndReload(add);
        assertThat(driver.getPageSource(), containsString("Billing epic done"));
        assertThat(driver.getPageSource(), containsString("Checkout conversion"));

        // Cascade: align under the department's goal.
        WebElement align = page.open(page.visible(By.id("cascade-goal-align")), "cascade-align-dialog");
        page.chooseText(align, "cascade-align-parent", DEPARTMENT).type(align, "cascade-align-contribution", "20");
        page.sendAndReload(align);

        // Track: an issue of the epic moves to Done on its issue page; the key result and the goal above follow.
        String mine = host.uri(GOALS_PAGE + "&view=mine").toString();
        driver.get(mine);
        int doneBefore = issuesDone(keyResultBasis(driver, "Billing epic done"));
        String issue = notDoneIssueOfCasc8(driver);
        driver.get(host.uri("/browse/" + issue).toString());
        driver.findElement(By.id("devhost-move-10001")).click();
        page.until(() -> "Done".equals(driver.findElement(By.id("devhost-issue-status")).getText()));
        page.reloadUntil(mine, () -> issuesDone(keyResultBasis(driver, "Billing epic done")) == doneBefore + 1);
        page.reloadUntil(host.uri(GOALS_PAGE).toString(),
                () -> !treeProgress(driver, DEPARTMENT).equals(departmentBefore));

        // Check in the number, from My goals.
        driver.get(mine);
        WebElement checkIn = page.open(keyResultRow(driver, "Checkout conversion")
                .findElement(By.cssSelector(".cascade-dialog-open")), "cascade-check-in-dialog");
        page.type(checkIn, "cascade-check-in-value", "40").type(checkIn, "cascade-check-in-progress-note",
                "New one-page checkout live");
        page.sendAndReload(checkIn);
        assertEquals("40%", keyResultRow(driver, "Checkout conversion")
                .findElement(By.cssSelector(".cascade-progress-text")).getText());

        // Review the quarter.
        driver.get(goalPage);
        WebElement review = page.open(page.visible(By.cssSelector("button[data-quarter='2026-Q4']")),
                "cascade-review-dialog");
        page.type(review, "cascade-review-subjective", "Design reviews came late");
        page.sendAndReload(review);
        assertThat(driver.getPageSource(), containsString("Design reviews came late"));

        // Adjust the target: bob proposes, alice (who decides) approves.
        WebElement adjust = page.open(actionOf(driver, "Checkout conversion", "cascade-adjust-dialog"),
                "cascade-adjust-dialog");
        page.type(adjust, "cascade-adjust-target", "80").type(adjust, "cascade-adjust-reason", "Traffic halved")
                .type(adjust, "cascade-adjust-approver", "alice");
        page.sendAndReload(adjust);
        assertThat(driver.getPageSource(), containsString("Traffic halved"));
        signIn("alice", pathOf(goalPage));
        WebElement decide = page.open(actionOf(driver, "Checkout conversion", "cascade-decide-dialog"),
                "cascade-decide-dialog");
        page.choose(decide, "cascade-decide-approve", "true").type(decide, "cascade-decide-comment", "Agreed");
        page.sendAndReload(decide);
        assertEquals("80", targetInForce(driver, "Checkout conversion"));

        // Confirmation: alice manages bob; bob objects, alice resolves.
        host.setManagers("bob", "alice");
        signIn("bob", pathOf(goalPage));
        WebElement object = page.open(page.visible(By.id("cascade-goal-object")), "cascade-object-dialog");
        page.type(object, "cascade-object-reason", "The conversion target ignores the traffic drop");
        page.sendAndReload(object);
        assertThat(driver.getPageSource(), containsString("The conversion target ignores the traffic drop"));
        signIn("alice", pathOf(goalPage));
        WebElement resolve = page.open(page.visible(By.cssSelector(".cascade-objection .cascade-dialog-open")),
                "cascade-resolve-dialog");
        page.type(resolve, "cascade-resolve-resolution", "Target lowered to 80");
        page.sendAndReload(resolve);
        assertTrue("no open objection left", driver.findElements(By.cssSelector(".cascade-objection")).isEmpty());
    }

    private static void signIn(String user, String path) {
        host.driver().get(host.uri("/devhost/login?user=" + user + "&back="
                + URLEncoder.encode(path, StandardCharsets.UTF_8)).toString());
    }

    private static String pathOf(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static String treeProgress(WebDriver driver, String title) {
        return driver.findElement(By.xpath("//tr[contains(@class,'cascade-tree-goal')][.//a[normalize-space(.)='"
                + title + "']]//span[@class='cascade-progress-text']")).getText();
    }

    private static WebElement keyResultRow(WebDriver driver, String title) {
        return driver.findElement(By.xpath("//tr[.//*[normalize-space(text())='" + title + "']]"
                + "[.//*[contains(@class,'cascade-dialog-open')]]"));
    }

    private static String keyResultBasis(WebDriver driver, String title) {
        return driver.findElement(By.xpath("//tr[.//*[normalize-space(text())='" + title + "']]")).getText();
    }

    private static int issuesDone(String text) {
        Matcher done = Pattern.compile("(\\d+) of (\\d+) issues done").matcher(text);
        assertTrue("a count of issues done in: " + text, done.find());
        return Integer.parseInt(done.group(1));
    }

    /** An issue of the epic CASC-8 that is not Done yet, from the project's issue list. */
    private static String notDoneIssueOfCasc8(WebDriver driver) {
        driver.get(host.uri("/projects/CASC?selectedItem=issues").toString());
        for (WebElement row : driver.findElements(By.cssSelector("table.devhost-issues tbody tr"))) {
            java.util.List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.get(3).getText().equals("CASC-8") && !cells.get(4).getText().equals("Done")) {
                return cells.get(0).getText();
            }
        }
        throw new AssertionError("every issue of CASC-8 is Done");
    }

    private static WebElement actionOf(WebDriver driver, String keyResult, String dialog) {
        return driver.findElement(By.xpath("//table[contains(@class,'cascade-goal-act-table')]//tr[.//td[contains(., '"
                + keyResult + "')]]//button[@data-dialog='" + dialog + "']"));
    }

    private static String targetInForce(WebDriver driver, String keyResult) {
        return driver.findElement(By.xpath("//table[contains(@class,'cascade-goal-act-table')]//tr[.//td[contains(., '"
                + keyResult + "')]]/td[2]")).getText();
    }
}
