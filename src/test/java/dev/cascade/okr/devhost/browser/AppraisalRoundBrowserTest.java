package dev.cascade.okr.devhost.browser;

import static dev.cascade.okr.devhost.browser.InjectionBrowserTest.assertInert;
import static dev.cascade.okr.devhost.browser.InjectionBrowserTest.json;
import static dev.cascade.okr.devhost.browser.InjectionBrowserTest.number;
import static dev.cascade.okr.devhost.browser.PageCheck.GOALS_PAGE;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A full appraisal round by clicking (issue 14), twice: once with an English-speaking person (bob) and a
 * Chinese-speaking manager (zhang), once the other way round (zhang appraised by bob), each appeal resolved by the
 * manager's manager (pat), who reads the page in the person's language (the dev host's language cookie: pat's profile
 * is English). The manager starts the appraisal, the person assesses themselves, the manager assesses
 * with another achievement rate (refused without a reason, then given one), the person signs off and appeals, and the
 * manager's manager revises the process score. Each step updates the person's section in place without reloading the
 * page: the status region says what was saved, and focus is on the goal's next step or the section's heading.
 * Every page and dialog on the way passes {@link PageCheck}'s checks
 * (no console error, axe-core without serious or critical violations, a screenshot under target/screenshots); the
 * Appraisal tab shows the round in the table and the grade distribution chart in both languages; and a stored
 * injection corpus stays inert text on the appraisal pages.
 */
public class AppraisalRoundBrowserTest {

    private static final String APPRAISAL = GOALS_PAGE + "&view=appraisal&period=2026";
    private static final String CORPUS = "INJ <script>window.cascadeXss=1</script> <img src=x "
            + "onerror=\"window.cascadeXss=1\"> \"><svg onload=window.cascadeXss=1> ${7*7} #set($x = 1)$x {{7*7}}";

    @ClassRule
    public static final BrowserHost host = BrowserHost.shared();

    @Test
    public void shouldTakeAFullRoundWithAnAppealByClickingInBothLanguages() throws Exception {
        managedBy("bob", "zhang", "pat");
        round("bob", PageCheck.Reader.ENGLISH, "zhang", PageCheck.Reader.CHINESE);
        managedBy("zhang", "bob", "pat");
        round("zhang", PageCheck.Reader.CHINESE, "bob", PageCheck.Reader.ENGLISH);
        host.setManagers("carol", "zhang");

        // The tab: the rounds each reader may see, and, since both readers now manage someone, the grade
        // distribution as a chart.
        host.pages().everywhere("appraisal-tab", APPRAISAL, opened -> {
            WebDriver driver = opened.driver();
            assertFalse(driver.findElements(By.cssSelector(".cascade-appraisal table.cascade-table tbody tr"))
                    .isEmpty());
            WebElement chart = driver.findElement(By.cssSelector(".cascade-distribution-chart svg[role=img]"));
            assertThat(chart.findElement(By.tagName("desc")).getDomProperty("textContent"), containsString(
                    opened.reader() == PageCheck.Reader.ENGLISH ? "Good" : "\u826f\u597d"));
            assertFalse(driver.findElements(By.cssSelector(".cascade-appraisal a[href*='person=']")).isEmpty());
        });
        host.pages().everywhere("appraisal-mine", reader -> APPRAISAL + "&person=" + reader.user(), opened ->
                assertThat(opened.driver().findElement(By.cssSelector(".cascade-appraisal-summary")).getText(),
                        containsString("\u00d7")));
        host.setManagers("carol");
    }

    /** One round on a fresh goal of {@code person}'s, managed by {@code manager}, whose manager is pat. */
    private static void round(String person, PageCheck.Reader personReader, String manager,
            PageCheck.Reader managerReader) throws Exception {
        long goal = measuredGoal(person, "Appraised round of " + person);
        String page = APPRAISAL + "&person=" + person;

        Clicks clicks = AppraisalPages.signIn(host, manager, page);
        host.pages().now("appraisal-person-manager", managerReader, 1280);
        step(clicks, goal, "start", managerReader, dialog -> { });
        assertState(goal, "not-started");

        clicks = AppraisalPages.signIn(host, person, page);
        step(clicks, goal, "self-assess", personReader, dialog -> {
            clicks(dialog).choose(dialog, "cascade-appraisal-self-assess-score", "4");
            clicks(dialog).type(dialog, "cascade-appraisal-self-assess-comment", "More customers than planned");
        });
        assertState(goal, "self-assessed");

        clicks = AppraisalPages.signIn(host, manager, page);
        WebElement assess = clicks.open(button(goal, "manager-assess"), "cascade-appraisal-manager-assess-dialog");
        // The rate computed from the key results, with its derivation, before anything is typed.
        assertEquals("90%", assess.findElement(By.cssSelector(".cascade-appraisal-computed-rate")).getText()
                .replace(" ", ""));
        assertThat(assess.findElement(By.cssSelector(".cascade-appraisal-computed-derivation")).getText(),
                containsString("100% \u00d7 90.0%"));
        host.pages().dialog("appraisal-dialog-manager-assess", "cascade-appraisal-manager-assess-dialog",
                managerReader, 1280);
        clicks.choose(assess, "cascade-appraisal-manager-assess-processScore", "4");
        clicks.type(assess, "cascade-appraisal-manager-assess-achievementRate", "95");
        // Another rate without a reason is refused next to the reason, in the reader's language.
        String refused = clicks.sendAndRefuse(assess, "cascade-appraisal-manager-assess-reason");
        assertFalse(refused.isBlank());
        host.pages().nowAfterRefusal("appraisal-dialog-manager-assess-refused", managerReader, 1280);
        clicks.type(assess, "cascade-appraisal-manager-assess-reason", "Two deals signed after the cut-off");
        clicks.type(assess, "cascade-appraisal-manager-assess-suggestion", "Share the playbook with the team");
        AppraisalPages.sendInPlace(host, clicks, assess, goal);
        assertState(goal, "manager-assessed");
        assertThat(row(goal).getText(), containsString("Two deals signed after the cut-off"));

        clicks = AppraisalPages.signIn(host, person, page);
        step(clicks, goal, "sign-off", personReader, dialog -> { });
        assertState(goal, "signed-off");
        step(clicks, goal, "appeal", personReader, dialog -> clicks(dialog).type(dialog,
                "cascade-appraisal-appeal-reason", "The process score ignores the onboarding work"));
        assertState(goal, "appealed");
        host.pages().now("appraisal-person-appealed", personReader, 1280);

        // The manager's manager resolves it, reading in the person's language.
        clicks = AppraisalPages.signIn(host, "pat", page);
        try {
            AppraisalPages.readIn(host, personReader);
            host.pages().now("appraisal-person-resolver", personReader, 1280);
            step(clicks, goal, "resolve-appeal", personReader, dialog -> {
                clicks(dialog).choose(dialog, "cascade-appraisal-resolve-appeal-outcome", "revised");
                clicks(dialog).choose(dialog, "cascade-appraisal-resolve-appeal-processScore", "5");
                clicks(dialog).type(dialog, "cascade-appraisal-resolve-appeal-comment", "The onboarding work counts");
            });
            assertState(goal, "appeal-resolved");
        } finally {
            host.driver().manage().deleteCookieNamed(AppraisalPages.LANGUAGE_COOKIE);
        }

        AppraisalPages.signIn(host, person, page);
        host.pages().now("appraisal-person-resolved", personReader, 1280);
        assertTrue(row(goal).findElements(By.cssSelector(".cascade-dialog-open")).isEmpty());
        assertThat(row(goal).getText(), containsString("The onboarding work counts"));
    }

    @Test
    public void shouldKeepAStoredInjectionCorpusInertOnTheAppraisalPages() throws Exception {
        managedBy("bob", "zhang", "pat");
        long goal = measuredGoal("bob", CORPUS);
        long appraisal = number(host.postJson("/rest/cascade/1.0/appraisals", "zhang", "{\"objectiveId\":" + goal
                + "}"), "\"id\":(\\d+)");
        String base = "/rest/cascade/1.0/appraisals/" + appraisal;
        host.postJson(base + "/self-assessment", "bob", "{\"version\":1,\"score\":4,\"comment\":" + json(CORPUS) + "}");
        host.postJson(base + "/manager-assessment", "zhang", "{\"version\":2,\"processScore\":4,\"achievementRate\":"
                + "0.95,\"reason\":" + json(CORPUS) + ",\"comment\":" + json(CORPUS) + ",\"suggestion\":"
                + json(CORPUS) + "}");
        for (PageCheck.Reader reader : PageCheck.Reader.values()) {
            for (String path : List.of(APPRAISAL, APPRAISAL + "&person=bob")) {
                host.pages().open("appraisal-injection", path, reader, PageCheck.WIDTHS.get(0));
                assertInert(host.driver(), path);
            }
        }
        AppraisalPages.signIn(host, "zhang", APPRAISAL + "&person=bob");
        String body = host.driver().findElement(By.tagName("body")).getText();
        assertThat(body, containsString("<script>window.cascadeXss=1</script>"));
        assertThat(body, not(containsString("INJ 49")));
        Clicks clicks = new Clicks(host.driver());
        WebElement dialog = clicks.open(button(goal, "manager-assess"), "cascade-appraisal-manager-assess-dialog");
        assertThat(dialog.findElement(By.cssSelector(".cascade-dialog-subject")).getText(),
                containsString("<script>window.cascadeXss=1</script>"));
        assertInert(host.driver(), "the manager assessment dialog");
    }

    /** Sets {@code person}'s manager and that manager's manager, whatever this or another test set before. */
    private static void managedBy(String person, String manager, String managersManager) throws Exception {
        for (String user : List.of("bob", "zhang", "carol")) {
            host.setManagers(user);
        }
        host.setManagers(person, manager);
        host.setManagers(manager, managersManager);
    }

    /** What a step's dialog is filled with before it is sent. */
    private interface Fill {
        void fill(WebElement dialog) throws Exception;
    }

    /** Opens the step's dialog from the goal's button, checks it, fills it, sends it and waits for the update. */
    private static void step(Clicks clicks, long goal, String code, PageCheck.Reader reader, Fill fill)
            throws Exception {
        String id = "cascade-appraisal-" + code + "-dialog";
        WebElement dialog = clicks.open(button(goal, code), id);
        host.pages().dialog("appraisal-dialog-" + code, id, reader, 1280);
        fill.fill(dialog);
        AppraisalPages.sendInPlace(host, clicks, dialog, goal);
    }

    private static Clicks clicks(WebElement dialog) {
        return new Clicks(host.driver());
    }

    private static WebElement row(long goal) {
        return host.driver().findElement(By.cssSelector("tbody.cascade-appraisal-goal[data-goal-id='" + goal + "']"));
    }

    private static WebElement button(long goal, String code) {
        return row(goal).findElement(By.cssSelector(".cascade-appraisal-" + code));
    }

    private static void assertState(long goal, String state) throws InterruptedException {
        new Clicks(host.driver()).until(() -> state.equals(row(goal).getDomAttribute("data-state")));
    }

    /** A 2026 goal of the person's in CASC with one key result, target 50, checked in at 45: 90% achieved. */
    private static long measuredGoal(String owner, String title) throws Exception {
        String created = host.postJson("/rest/cascade/1.0/goals", owner, "{\"title\":" + json(title)
                + ",\"level\":\"individual\",\"period\":{\"value\":\"2026\"},\"unit\":{\"project\":\"CASC\"},"
                + "\"visibility\":\"members\",\"keyResults\":[{\"title\":\"Customers won\",\"weight\":100,"
                + "\"measure\":{\"kind\":\"metric\",\"direction\":\"increase\",\"start\":0,\"tiers\":{\"target\":50}}}"
                + "]}");
        long goal = number(created, "\"id\":(\\d+)");
        long keyResult = number(created.substring(created.indexOf("\"keyResults\"")), "\"id\":(\\d+)");
        host.postJson("/rest/cascade/1.0/key-results/" + keyResult + "/check-ins", owner,
                "{\"value\":45,\"confidence\":7,\"date\":\"2026-06-30\"}");
        // A draft does not count in an appraisal: confirm it, then start it.
        for (String to : List.of("confirmed", "active")) {
            long version = number(host.get("/rest/cascade/1.0/goals/" + goal, owner), "\"version\":(\\d+)");
            host.postJson("/rest/cascade/1.0/goals/" + goal + "/lifecycle", owner, "{\"to\":\"" + to
                    + "\",\"version\":" + version + "}");
        }
        return goal;
    }
}
