package dev.cascade.okr.devhost.browser;

import static dev.cascade.okr.devhost.browser.AppraisalPages.LANGUAGE_COOKIE;
import static dev.cascade.okr.devhost.browser.InjectionBrowserTest.json;
import static dev.cascade.okr.devhost.browser.InjectionBrowserTest.number;
import static dev.cascade.okr.devhost.browser.PageCheck.GOALS_PAGE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The grade distribution's warning seen in a browser (issue 14), and "Start all" of a person's period by clicking. A
 * department (the CASC project) in a month no other test uses gets five people (every user of the dev host), each
 * with two goals that an administrator (alice) appraises: she starts bob's period by clicking "Start all" in English
 * and zhang's in Chinese (the dev host's language cookie), the others' through the API; each person assesses
 * themselves and their manager rates every goal fully achieved with the best process score (an override, with its
 * reason). So all five are Excellent, above the scheme's guidance for it, and the Appraisal tab warns, in English and
 * in Chinese, naming the grade in the reader's language, with the chart's table equal to the figures of
 * {@code GET /appraisals/distribution}. Every page and dialog passes {@link PageCheck}'s checks (no console error,
 * axe-core, a screenshot under target/screenshots). The managers it sets are put back afterwards.
 */
public class AppraisalDistributionBrowserTest {

    private static final String PERIOD = "2028-05";
    private static final String TAB = GOALS_PAGE + "&view=appraisal&period=" + PERIOD;
    private static final String BASE = "/rest/cascade/1.0";
    private static final List<String> PEOPLE = List.of("bob", "zhang", "carol", "pat", "alice");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final BrowserHost host = BrowserHost.shared();

    @Test
    public void shouldWarnAboutTheDistributionOfADepartmentInBothLanguages() throws Exception {
        Map<String, String> before = new LinkedHashMap<>();
        for (String person : PEOPLE) {
            before.put(person, managersOf(person));
        }
        try {
            // Five people each need a manager, and the dev host has five users: alice manages the four others
            // while their appraisals start (an appraisal keeps the manager it started with), then pat manages her.
            for (String person : PEOPLE) {
                host.setManagers(person);
            }
            for (String person : PEOPLE.subList(0, 4)) {
                host.setManagers(person, "alice");
            }
            String nonce = UUID.randomUUID().toString().substring(0, 8);
            Map<String, List<Long>> goals = new LinkedHashMap<>();
            for (String person : PEOPLE) {
                goals.put(person, List.of(goal(person, "Distribution " + nonce + " " + person + " A"),
                        goal(person, "Distribution " + nonce + " " + person + " B")));
            }
            startAllByClicking("bob", PageCheck.Reader.ENGLISH);
            startAllByClicking("zhang", PageCheck.Reader.CHINESE);
            for (String person : List.of("carol", "pat")) {
                host.postJson(BASE + "/people/" + person + "/appraisal/start", "alice", "{\"period\":\"" + PERIOD
                        + "\"}");
            }
            host.setManagers("pat");
            host.setManagers("alice", "pat");
            host.postJson(BASE + "/people/alice/appraisal/start", "alice", "{\"period\":\"" + PERIOD + "\"}");
            for (Map.Entry<String, List<Long>> person : goals.entrySet()) {
                for (long goal : person.getValue()) {
                    assessFully(person.getKey(), goal);
                }
            }

            JsonNode figures = JSON.readTree(host.get(BASE + "/appraisals/distribution?project=CASC&period=" + PERIOD,
                    "alice"));
            assertTrue(figures.toString(), figures.path("graded").asInt() >= 5);
            assertFalse(figures.toString(), figures.path("warnings").isEmpty());
            for (PageCheck.Reader reader : PageCheck.Reader.values()) {
                seeTheWarning(figures, reader);
            }
        } finally {
            host.driver().manage().deleteCookieNamed(LANGUAGE_COOKIE);
            for (String person : PEOPLE) {
                host.setManagers(person);
            }
            for (Map.Entry<String, String> person : before.entrySet()) {
                host.setManagers(person.getKey(), person.getValue().isEmpty() ? new String[0]
                        : person.getValue().split(","));
            }
        }
    }

    /** Alice opens the Appraisal tab of the month in {@code reader}'s language and reads the distribution. */
    private static void seeTheWarning(JsonNode figures, PageCheck.Reader reader) throws Exception {
        AppraisalPages.signIn(host, "alice", TAB);
        AppraisalPages.readIn(host, reader);
        WebDriver driver = host.driver();
        List<WebElement> warnings = driver.findElements(By.cssSelector(".cascade-distribution-warning"));
        assertEquals(figures.path("warnings").size(), warnings.size());
        for (int i = 0; i < warnings.size(); i++) {
            assertTrue(warnings.get(i).isDisplayed());
            if (reader == PageCheck.Reader.ENGLISH) {
                assertEquals(figures.path("warnings").get(i).path("message").asText(), warnings.get(i).getText());
            } else {
                // In Chinese, with the grade's Chinese name (优秀), never its key.
                assertTrue(warnings.get(i).getText(), warnings.get(i).getText().contains("\u4f18\u79c0"));
                assertFalse(warnings.get(i).getText(), warnings.get(i).getText().contains("cascade."));
            }
        }
        // The chart's table says what the figures say, grade by grade, best first.
        List<WebElement> rows = driver.findElements(By.cssSelector(".cascade-distribution-table tbody tr"));
        List<String> shown = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
            JsonNode grade = figures.path("grades").get(i);
            String name = rows.get(i).findElement(By.tagName("th")).getDomProperty("textContent").trim();
            // The figures are read in English (the API answers in alice's profile's language).
            shown.add((reader == PageCheck.Reader.ENGLISH ? name : "") + " " + cells.get(0).getText() + " "
                    + digits(cells.get(1).getText()));
            expected.add((reader == PageCheck.Reader.ENGLISH ? grade.path("name").asText() : "") + " "
                    + grade.path("count").asInt() + " " + digits(grade.path("share").isNull() ? ""
                    : grade.path("share").decimalValue().stripTrailingZeros().toPlainString()));
        }
        assertEquals(figures.path("grades").size(), rows.size());
        assertEquals(expected, shown);
        String description = driver.findElement(By.cssSelector(".cascade-distribution-chart svg[role=img] desc"))
                .getDomProperty("textContent");
        for (WebElement row : rows) {
            assertTrue(description, description.contains(row.findElement(By.tagName("th")).getDomProperty("textContent")
                    .trim()));
        }
        host.pages().now("appraisal-distribution-warning", reader, 1280);
    }

    /** Alice starts all of {@code person}'s goals of the month by clicking, reading in {@code reader}'s language. */
    private static void startAllByClicking(String person, PageCheck.Reader reader) throws Exception {
        Clicks clicks = AppraisalPages.signIn(host, "alice", TAB + "&person=" + person);
        AppraisalPages.readIn(host, reader);
        host.pages().now("appraisal-person-start-all", reader, 1280);
        WebElement dialog = clicks.open(host.driver().findElement(By.cssSelector(".cascade-appraisal-start-all")),
                "cascade-appraisal-start-all-dialog");
        host.pages().dialog("appraisal-dialog-start-all", "cascade-appraisal-start-all-dialog", reader, 1280);
        AppraisalPages.sendInPlace(host, clicks, dialog, 0);
        clicks.until(() -> host.driver().findElements(By.cssSelector("tbody.cascade-appraisal-goal"
                + "[data-state='not-started']")).size() >= 2);
        assertTrue(host.driver().findElements(By.cssSelector(".cascade-appraisal-start-all")).isEmpty());
        host.driver().manage().deleteCookieNamed(LANGUAGE_COOKIE);
    }

    /** The person assesses themselves, and their manager rates the goal fully achieved with the best score. */
    private static void assessFully(String person, long goal) throws Exception {
        JsonNode appraisal = null;
        JsonNode list = JSON.readTree(host.get(BASE + "/appraisals?person=" + person, "alice"));
        for (JsonNode one : list.isArray() ? list : list.path("items")) {
            if (one.path("objectiveId").asLong() == goal) {
                appraisal = one;
            }
        }
        assertTrue("an appraisal of goal " + goal, appraisal != null);
        String at = BASE + "/appraisals/" + appraisal.path("id").asLong();
        host.postJson(at + "/self-assessment", person, "{\"version\":1,\"score\":5}");
        host.postJson(at + "/manager-assessment", managerOf(person), "{\"version\":2,\"processScore\":5,"
                + "\"achievementRate\":1.0,\"reason\":\"Signed in full after the cut-off\"}");
    }

    /** Who assesses {@code person}: alice everybody else, pat alice. */
    private static String managerOf(String person) {
        return "alice".equals(person) ? "pat" : "alice";
    }

    /** A goal of the month in CASC owned by {@code owner}, created and started by alice; its id. */
    private static long goal(String owner, String title) throws Exception {
        long goal = number(host.postJson(BASE + "/goals", "alice", "{\"title\":" + json(title) + ",\"ownerKey\":"
                + json(owner) + ",\"level\":\"individual\",\"period\":{\"value\":\"" + PERIOD + "\"},"
                + "\"unit\":{\"project\":\"CASC\"},\"visibility\":\"members\",\"keyResults\":[{\"title\":"
                + "\"Customers won\",\"weight\":100,\"measure\":{\"kind\":\"metric\",\"direction\":\"increase\","
                + "\"start\":0,\"tiers\":{\"target\":50}}}]}"), "\"id\":(\\d+)");
        for (String to : List.of("confirmed", "active")) {
            long version = number(host.get(BASE + "/goals/" + goal, "alice"), "\"version\":(\\d+)");
            host.postJson(BASE + "/goals/" + goal + "/lifecycle", "alice", "{\"to\":\"" + to + "\",\"version\":"
                    + version + "}");
        }
        return goal;
    }

    /** Who manages {@code person} now, comma-separated. */
    private static String managersOf(String person) throws Exception {
        List<String> managers = new ArrayList<>();
        JSON.readTree(host.get(BASE + "/people/" + person + "/managers", "alice")).path("managers")
                .forEach(m -> managers.add(m.isTextual() ? m.asText() : m.path("key").asText()));
        return String.join(",", managers);
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }
}
