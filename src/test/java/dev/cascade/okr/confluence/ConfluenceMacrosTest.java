package dev.cascade.okr.confluence;

import static dev.cascade.okr.web.ViewFixtures.CHINESE;
import static dev.cascade.okr.web.ViewFixtures.ENGLISH;
import static dev.cascade.okr.web.ViewFixtures.PAYLOADS;
import static dev.cascade.okr.web.ViewFixtures.escaped;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ResponseTimeoutException;
import com.atlassian.sal.api.user.UserKey;
import dev.cascade.okr.service.table.Table;
import java.net.SocketTimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * Every Cascade macro with the host and the application link mocked: success in both languages, no link, a reader
 * who has not authorised access, 401/403, 404, a refused parameter, timeout, an unreachable Jira, a malformed answer
 * and bad parameters — each one translated message box, never an exception — and script payloads inert.
 */
public class ConfluenceMacrosTest {

    private static final String TREE_PATH = "goals/7/tree?depth=3";
    private static final String TABLE_PATH = "tables/company-goals?period=2026&project=CASC&limit=100";

    private static String node(long id, String title, String level, String percent, String children) {
        String progress = percent == null ? "{\"known\":false,\"fraction\":null,\"percent\":null,"
                + "\"noDataReason\":\"EMPTY_EPIC\",\"overridden\":false}"
                : "{\"known\":true,\"fraction\":0." + percent + ",\"percent\":" + percent
                        + ",\"noDataReason\":null,\"overridden\":false}";
        return "{\"id\":" + id + ",\"version\":1,\"title\":" + json(title) + ",\"level\":\"" + level
                + "\",\"ownerKey\":\"alice\",\"lifecycle\":\"active\",\"progress\":" + progress
                + ",\"coverage\":1,\"zone\":\"floor\",\"closedAt\":null,\"children\":[" + children + "]}";
    }

    private static String tree(String title) {
        return node(7, title, "company", "59", node(8, "Web shop converts better", "department", "53",
                node(9, "Checkout in one page", "team", null, "")));
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String goal(String title, String keyResult) {
        return "{\"id\":7,\"version\":3,\"title\":" + json(title) + ",\"description\":null,\"ownerKey\":\"alice\","
                + "\"level\":\"company\",\"period\":{\"kind\":\"year\",\"value\":\"2026\",\"start\":\"2026-01-01\","
                + "\"end\":\"2026-12-31\"},\"lifecycle\":\"active\",\"zone\":\"target\","
                + "\"ownProgress\":{\"known\":true,\"fraction\":0.5,\"percent\":50},\"keyResults\":[{\"id\":70,"
                + "\"title\":" + json(keyResult)
                + ",\"progress\":{\"known\":true,\"fraction\":0.62,\"percent\":62}}]}";
    }

    private static final String HISTORY = "{\"from\":\"2026-01-01\",\"to\":\"2026-12-08\",\"points\":["
            + "{\"date\":\"2026-03-31\",\"progress\":0.2,\"percent\":20},"
            + "{\"date\":\"2026-06-30\",\"progress\":null,\"percent\":null,\"noDataReason\":\"NOT_COMPUTED\"},"
            + "{\"date\":\"2026-09-30\",\"progress\":0.45,\"percent\":45}]}";

    private static String companyTable(String goal) {
        return "{\"table\":\"company-goals\",\"title\":\"Company annual goals\",\"columns\":[],\"rows\":["
                + "{\"goalId\":7,\"keyResultId\":null,\"itemId\":null,\"values\":{\"category\":\"Growth\",\"goal\":"
                + json(goal) + ",\"target\":[\"12,000 subscribers\",\"Milestone done\"],\"departments\":[\"CASC\"],"
                + "\"deadline\":\"2026-12-31\",\"initiatives\":[]}}],\"offset\":0,\"limit\":100,\"total\":130}";
    }

    @Test
    public void shouldRenderTheCascadeTreeWhenJiraAnswersInEitherLanguage() {
        for (boolean english : new boolean[] {true, false}) {
            MacroFixture host = new MacroFixture(english ? ENGLISH : CHINESE).answer(TREE_PATH, 200,
                    tree("Grow subscription revenue"));

            String html = host.run(host.tree(), "goal", "7", "project", "CASC");

            assertTrue(html, html.contains("<table class=\"aui cascade-macro-tree\""));
            assertEquals(3, count(html, "<tr data-goal-id="));
            assertTrue(html, html.contains("data-level=\"3\""));
            assertTrue(html, html.contains("<a href=\"https://jira.example.com/projects/CASC?selectedItem="));
            assertTrue(html, html.contains(">59%</td>"));
            assertTrue(html, html.contains(english ? "No issues in the epic" : "\u53f2\u8bd7\u4e2d\u6ca1\u6709"));
            assertTrue(html, html.contains(english ? "From Jira \u00b7 as of 8 Dec 2026 10:42"
                    : "\u6765\u81ea Jira \u00b7 \u622a\u81f3 2026\u5e7412\u67088\u65e5 10:42"));
            assertTrue(html, html.contains(english ? "Cascade goal tree" : "\u76ee\u6807\u5206\u89e3\u6811"));
            assertNoScriptOrStyle(html);
        }
    }

    @Test
    public void shouldRenderTheGoalCardWithItsChartWhenJiraAnswers() {
        MacroFixture host = new MacroFixture(ENGLISH).answer("goals/7", 200, goal("Grow revenue", "Sign 12,000"))
                .answer("goals/7/history?from=2026-01-01&to=2026-12-08", 200, HISTORY)
                .answer("goals/7/tree?depth=0", 200, tree("Grow revenue"));

        String html = host.run(host.card(), "goal", "7");

        assertTrue(html, html.contains("<svg"));
        assertTrue(html, html.contains("Company \u00b7 2026 \u00b7 Active"));
        assertTrue(html, html.contains("<strong>59%</strong>"));
        assertTrue(html, html.contains("Target reached"));
        assertTrue(html, html.contains("<li>Sign 12,000 \u00b7 62%</li>"));
        assertFalse("no link to Jira's goal page without a project", html.contains("selectedItem"));
        assertTrue(html, html.contains("<a href=\"https://jira.example.com\">Open in Jira</a>"));
        assertNoScriptOrStyle(html);
    }

    @Test
    public void shouldShowTheProgressOfThatDayWhenTheCardIsFrozenAsOfAPastDay() {
        MacroFixture host = new MacroFixture(ENGLISH).answer("goals/7", 200, goal("Grow revenue", "Sign"))
                .answer("goals/7/history?from=2026-01-01&to=2026-09-30", 200, HISTORY);

        String html = host.run(host.card(), "goal", "7", "asOf", "2026-09-30");

        assertTrue(html, html.contains("<strong>45%</strong>"));
        assertTrue(html, html.contains("From Jira \u00b7 as it stood on 30 Sep 2026"));
        assertFalse("the key results of a past day are not kept", html.contains("<li>Sign"));
        assertFalse("today's tree is not read for a frozen card", host.requested.contains(
                JiraClient.BASE + "goals/7/tree?depth=0"));
    }

    @Test
    public void shouldRenderTheTableWithTheJiraGridWhenJiraAnswersATable() {
        MacroFixture host = new MacroFixture(ENGLISH).answer(TABLE_PATH, 200, companyTable("Grow revenue"));

        String html = host.run(host.table(Table.Kind.COMPANY_GOALS), "period", "2026", "project", "CASC");

        assertTrue(html, html.contains("<table class=\"aui cascade-table\" aria-labelledby=\"cascade-macro-"));
        Matcher heading = Pattern.compile("<h3 id=\"(cascade-macro-[0-9a-f]+)\"").matcher(html);
        assertTrue(html, heading.find());
        assertTrue(html, html.contains("aria-labelledby=\"" + heading.group(1) + "\""));
        assertEquals(6, count(html, "<th scope=\"col\""));
        assertTrue(html, html.contains("<th scope=\"col\" class=\"cascade-table-column-category\">Category</th>"));
        assertTrue(html, html.contains("<li>12,000 subscribers</li><li>Milestone done</li>"));
        assertTrue(html, html.contains(">Grow revenue</a>"));
        assertTrue(html, html.contains("showing the first 1 of 130 goals"));
        assertTrue(html, html.contains("view=tables&amp;table=company-goals"));
    }

    @Test
    public void shouldShowOnlyTheNamedColumnsInTheirOrderWhenColumnsAreGiven() {
        MacroFixture host = new MacroFixture(ENGLISH).answer(TABLE_PATH, 200, companyTable("Grow revenue"));

        String html = host.run(host.table(Table.Kind.COMPANY_GOALS), "period", "2026", "project", "CASC",
                "columns", "deadline, goal");

        assertEquals(2, count(html, "<th scope=\"col\""));
        assertTrue(html, html.indexOf(">Deadline<") < html.indexOf(">Goal<"));
    }

    @Test
    public void shouldNameTheColumnAndListTheTablesColumnsWhenAColumnIsUnknown() {
        MacroFixture host = new MacroFixture(ENGLISH);

        String html = host.run(host.table(Table.Kind.COMPANY_GOALS), "period", "2026", "columns", "goal,salary");

        assertMessage(html, "error", "This macro\u2019s parameters need a change");
        assertTrue(html, html.contains("Columns: \u201csalary\u201d is not a column of this table. Its columns: "
                + "category, goal, target"));
        assertTrue("nothing is read from Jira for a bad parameter", host.requested.isEmpty());
    }

    @Test
    public void shouldNameEveryBadParameterWhenParametersAreWrongInEitherLanguage() {
        MacroFixture english = new MacroFixture(ENGLISH);

        String html = english.run(english.tree(), "depth", "99", "project", "casc", "colour", "red");

        assertMessage(html, "error", "This macro\u2019s parameters need a change");
        assertTrue(html, html.contains("Goal is required."));
        assertTrue(html, html.contains("Depth: \u201c99\u201d is not a depth from 1 to 10."));
        assertTrue(html, html.contains("Project: \u201ccasc\u201d is not a Jira project key"));
        assertTrue(html, html.contains("This macro has no parameter named \u201ccolour\u201d."));
        MacroFixture chinese = new MacroFixture(CHINESE);
        String zh = chinese.run(chinese.table(Table.Kind.TRACKING_RECORD), "period", "2026-Q5");
        assertTrue(zh, zh.contains("\u5468\u671f\uff1a\u201c2026-Q5\u201d\u4e0d\u662f\u5468\u671f"));
        assertTrue(english.requested.isEmpty() && chinese.requested.isEmpty());
    }

    @Test
    public void shouldRefuseAFutureDayAndAParameterTheMacroDoesNotTakeWhenGiven() {
        MacroFixture host = new MacroFixture(ENGLISH);

        String card = host.run(host.card(), "goal", "7", "asOf", "2026-12-09");
        String table = host.run(host.table(Table.Kind.APPRAISAL), "period", "2026", "goal", "7");

        assertTrue(card, card.contains("As of: 2026-12-09 is in the future"));
        assertTrue(table, table.contains("This macro does not take Goal; remove it."));
    }

    @Test
    public void shouldSayHowToLinkJiraWhenConfluenceHasNoJiraLink() {
        MacroFixture host = new MacroFixture(ENGLISH);
        when(host.links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(null);

        String html = host.run(host.tree(), "goal", "7");

        assertMessage(html, "warning", "Confluence is not linked to Jira");
        assertTrue(html, html.contains("Administration \u2192 Application Links"));
    }

    @Test
    public void shouldOfferTheAuthoriseLinkWhenTheReaderHasNotAuthorisedAccess() throws Exception {
        MacroFixture answered = new MacroFixture(ENGLISH).credentialsRequired(TREE_PATH);
        MacroFixture thrown = new MacroFixture(CHINESE);
        when(thrown.factory.createRequest(eq(Request.MethodType.GET), anyString()))
                .thenThrow(new CredentialsRequiredException(() -> MacroFixture.AUTHORISE, "no token"));

        for (String html : new String[] {answered.run(answered.tree(), "goal", "7"),
                thrown.run(thrown.tree(), "goal", "7")}) {
            assertTrue(html, html.contains("aui-message-info"));
            assertTrue(html, html.contains("<a class=\"cascade-macro-action\" href=\""
                    + escaped(MacroFixture.AUTHORISE.toString()) + "\">"));
        }
        assertTrue(answered.run(answered.tree(), "goal", "7").contains("Authorise access to Company Jira"));
    }

    @Test
    public void shouldSayJiraRefusedWhenJiraAnswers401Or403() {
        for (int status : new int[] {401, 403}) {
            MacroFixture host = new MacroFixture(ENGLISH).answer(TREE_PATH, status, "{\"errors\":[]}");

            String html = host.run(host.tree(), "goal", "7");

            assertMessage(html, "error", "Jira does not let you see this");
        }
    }

    @Test
    public void shouldSayNotFoundWhenJiraAnswers404AndJirasMessageWhenItAnswers400() {
        MacroFixture host = new MacroFixture(ENGLISH).answer(TREE_PATH, 404, "{\"errors\":[]}")
                .answer("tables/appraisal?period=2026&limit=100", 400,
                        "{\"errors\":[{\"field\":\"period\",\"code\":\"period.invalid\",\"message\":\"<b>No</b>\"}]}");

        String tree = host.run(host.tree(), "goal", "7");
        String table = host.run(host.table(Table.Kind.APPRAISAL), "period", "2026");

        assertMessage(tree, "warning", "Not found in Jira");
        assertMessage(table, "error", "Jira did not accept this request");
        assertTrue(table, table.contains("<p>&lt;b&gt;No&lt;/b&gt;</p>"));
    }

    @Test
    public void shouldSayJiraIsSlowWhenTheRequestTimesOut() {
        MacroFixture sal = new MacroFixture(ENGLISH).failing(TREE_PATH, new ResponseTimeoutException("read"));
        MacroFixture socket = new MacroFixture(ENGLISH).failing(TREE_PATH,
                new ResponseException("read", new SocketTimeoutException("Read timed out")));

        for (MacroFixture host : new MacroFixture[] {sal, socket}) {
            String html = host.run(host.tree(), "goal", "7");

            assertMessage(html, "warning", "Jira is slow to answer");
            assertTrue(html, html.contains("Company Jira did not answer within 10 seconds."));
        }
    }

    @Test
    public void shouldSayJiraCouldNotBeReachedWhenItFailsOrAnswers500() {
        MacroFixture failing = new MacroFixture(ENGLISH).failing(TREE_PATH, new ResponseException("refused"));
        MacroFixture broken = new MacroFixture(ENGLISH).answer(TREE_PATH, 500, "oops");

        for (MacroFixture host : new MacroFixture[] {failing, broken}) {
            assertMessage(host.run(host.tree(), "goal", "7"), "error", "Jira could not be reached");
        }
    }

    @Test
    public void shouldSayTheAnswerCouldNotBeReadWhenJiraAnswersSomethingElse() {
        for (String body : new String[] {"<html>login</html>", "[1,2]", "{\"id\":\"x\"}",
                node(7, "a", "company", "5", "").replace("\"children\":[]", "\"children\":7")}) {
            MacroFixture host = new MacroFixture(ENGLISH).answer(TREE_PATH, 200, body);

            assertMessage(host.run(host.tree(), "goal", "7"), "error", "Jira\u2019s answer could not be read");
        }
    }

    @Test
    public void shouldRenderPayloadsAsInertTextWhenTitlesHoldThem() {
        for (String payload : PAYLOADS) {
            MacroFixture host = new MacroFixture(ENGLISH).answer(TREE_PATH, 200, tree(payload))
                    .answer("tables/company-goals?period=2026&limit=100", 200, companyTable(payload));

            String tree = host.run(host.tree(), "goal", "7");
            String table = host.run(host.table(Table.Kind.COMPANY_GOALS), "period", "2026");
            String parameters = host.run(host.tree(), "goal", payload);

            for (String html : new String[] {tree, table, parameters}) {
                assertTrue(payload + "\n" + html, html.contains(escaped(payload)));
                assertNoScriptOrStyle(html);
            }
        }
    }

    @Test
    public void shouldReadJiraOncePerReaderWhenTheSameMacroRendersTwice() {
        MacroFixture host = new MacroFixture(ENGLISH).answer(TREE_PATH, 200, tree("Grow"));

        host.run(host.tree(), "goal", "7");
        host.run(host.tree(), "goal", "7");
        when(host.users.getRemoteUserKey()).thenReturn(new UserKey("another"));
        host.run(host.tree(), "goal", "7");

        assertEquals("one read per reader; another reader's answer is never reused", 2, host.requested.size());
    }

    @Test
    public void shouldAskJiraAgainWhenTheLastAnswerWasAFailure() {
        MacroFixture host = new MacroFixture(ENGLISH).credentialsRequired(TREE_PATH);
        host.run(host.tree(), "goal", "7");
        host.answer(TREE_PATH, 200, tree("Grow"));

        String html = host.run(host.tree(), "goal", "7");

        assertTrue(html, html.contains(">Grow</a>") || html.contains(">Grow</td>"));
        assertEquals(2, host.requested.size());
    }

    private static void assertMessage(String html, String type, String title) {
        assertTrue(html, html.contains("aui-message aui-message-" + type));
        assertTrue(html, html.contains("<strong>" + escaped(title) + "</strong>"));
        assertFalse(html, html.contains("Exception"));
    }

    private static void assertNoScriptOrStyle(String html) {
        assertFalse(html, html.contains("<script"));
        assertFalse(html, html.contains("style="));
        assertFalse(html, html.contains("<img"));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
