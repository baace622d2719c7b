package dev.cascade.okr.devhost;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The issue view's goals panel over real HTTP, on the dev host's stand-in issue page, which renders the plugin's
 * panels for the right column ({@code atl.jira.view.issue.right.context}) in Jira's module markup with the context
 * Jira passes ({@code issue}, {@code project}, {@code user}): what an issue or epic feeds, its key results' progress
 * and what each figure counts, how the issue reaches each and the issue's own share of each, in the viewer's language;
 * "Link to a key result" offers the key results the viewer may change and links the issue as an issue or an epic;
 * goals the viewer may not see are absent; every stored text renders inert, in the panel and in the dialog.
 */
public class IssueGoalsPanelHttpTest extends DevHostHttpTest {

    /** A story of the onboarding epic CASC-1, which the sample goal's key result follows. */
    private static final String STORY = "/browse/CASC-2";
    /** The mobile app epic, which no goal follows (and no test here links). */
    private static final String EMPTY_EPIC = "/browse/CASC-13";

    @Test
    public void shouldShowGoalKeyResultProgressAndBasisWhenAStoryOfALinkedEpicIsViewed() throws Exception {
        HttpResponse<String> page = HOST.get(STORY, "bob");

        assertEquals(200, page.statusCode());
        String panel = panel(page.body());
        assertThat(panel, containsString("<h2 class=\"toggle-title\">Goals</h2>"));
        assertThat(panel, containsString("Customers onboard themselves"));
        String row = keyResultRow(panel, "Ship self-service onboarding");
        assertThat(row, containsString("Through its epic CASC-1"));
        assertThat(row, containsString("2 of 6 issues done"));
        assertThat(row, containsString("aria-valuenow=\"33\""));
        assertThat(row, containsString("cascade-bar-33"));
        assertThat(row, containsString("33%"));
        assertThat(row, containsString("<span class=\"aui-lozenge aui-lozenge-subtle\">Below floor</span>"));
        assertThat(panel, containsString("listed when their query finds this issue"));
    }

    @Test
    public void shouldSayLinkedAsEpicWhenTheEpicItselfIsViewed() throws Exception {
        String row = keyResultRow(panel(HOST.get("/browse/CASC-1", "bob").body()), "Ship self-service onboarding");

        assertThat(row, containsString("Linked as an epic"));
        assertThat(row, containsString("2 of 6 issues done"));
    }

    @Test
    public void shouldShowEmptyStateWhenTheIssueFeedsNothing() throws Exception {
        String panel = panel(HOST.get(EMPTY_EPIC, "bob").body());

        assertThat(panel, containsString("This issue feeds no key result yet."));
        assertThat(panel, not(containsString("<table")));
    }

    @Test
    public void shouldRenderInChineseWhenTheViewerPrefersChinese() throws Exception {
        String panel = panel(HOST.get(STORY, "zhang").body());

        assertThat(panel, containsString("<h2 class=\"toggle-title\">\u76ee\u6807</h2>"));
        String row = keyResultRow(panel, "Ship self-service onboarding");
        assertThat(row, containsString("\u901a\u8fc7\u5176\u53f2\u8bd7 CASC-1"));
        assertThat(row, containsString("\u5df2\u5b8c\u6210 2 / 6 \u4e2a\u4e8b\u52a1"));
        assertThat(row, containsString("\u672a\u8fbe\u4fdd\u5e95"));
        assertThat(panel(HOST.get(EMPTY_EPIC, "zhang").body()),
                containsString("\u6b64\u4e8b\u52a1\u5c1a\u672a\u652f\u6491\u4efb\u4f55\u5173\u952e\u7ed3\u679c\u3002"));
    }

    @Test
    public void shouldRenderStoredTextInertAndListJqlLinkedKeyResultsWhenGoalTitlesCarryScript() throws Exception {
        http.create("bob", "{\"title\":\"<script>alert(1)</script>\",\"level\":\"team\","
                + "\"period\":{\"value\":\"2026\"},\"unit\":{\"project\":\"CASC\"},\"visibility\":\"members\","
                + "\"keyResults\":[{\"title\":\"<img src=x onerror=alert(2)>\",\"weight\":50,\"measure\":{"
                + "\"kind\":\"issues\",\"basis\":\"issue-count-done\",\"links\":[{\"epic\":\"CASC-8\"},"
                + "{\"issue\":\"CASC-10\"}]}},{\"title\":\"Counted by a query\",\"weight\":50,\"measure\":{"
                + "\"kind\":\"issues\",\"basis\":\"issue-count-done\",\"links\":[{\"jql\":\"project = CASC AND "
                + "issuetype = Story\"}]}}]}");

        String panel = panel(HOST.get("/browse/CASC-10", "bob").body());

        assertThat(panel, containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertThat(panel, not(containsString("<script")));
        String row = keyResultRow(panel, "&lt;img src=x onerror=alert(2)&gt;");
        assertThat(panel, not(containsString("<img")));
        assertThat(row, containsString("Through its epic CASC-8; Linked as an issue"));
        assertThat(keyResultRow(panel, "Counted by a query"), containsString("Found by its JQL query"));
    }

    @Test
    public void shouldLeaveOutGoalsTheViewerMayNotSeeWhenAnotherProjectsGoalFollowsTheEpic() throws Exception {
        // A members-only goal of CASC that follows OPS's epic: alice may see it, carol (OPS only) may not.
        http.create("alice", "{\"title\":\"Cascade keeps operations quiet\",\"level\":\"team\","
                + "\"period\":{\"value\":\"2026\"},\"unit\":{\"project\":\"CASC\"},\"visibility\":\"members\","
                + "\"keyResults\":[{\"title\":\"Monitoring epic done\",\"weight\":100,\"measure\":{"
                + "\"kind\":\"issues\",\"basis\":\"story-points-done\",\"links\":[{\"epic\":\"OPS-1\"}]}}]}");

        String asAlice = panel(HOST.get("/browse/OPS-2", "alice").body());
        assertThat(keyResultRow(asAlice, "Monitoring epic done"), containsString("3 of 8 story points done"));
        assertThat(asAlice, containsString("Cascade keeps operations quiet"));

        HttpResponse<String> asCarol = HOST.get("/browse/OPS-2", "carol");
        assertEquals(200, asCarol.statusCode());
        String panel = panel(asCarol.body());
        assertThat(panel, not(containsString("Cascade keeps operations quiet")));
        assertThat(panel, not(containsString("Monitoring epic done")));
        assertThat(panel, containsString("This issue feeds no key result yet."));
        HttpResponse<String> cascIssue = HOST.get(STORY, "carol");
        assertEquals(404, cascIssue.statusCode());
        assertThat(cascIssue.body(), not(containsString("Customers onboard themselves")));
    }

    @Test
    public void shouldShowTheStorysShareOfTheKeyResultInBothLanguagesWhenAStoryOfALinkedEpicIsViewed()
            throws Exception {
        String row = keyResultRow(panel(HOST.get("/browse/CASC-4", "bob").body()), "Ship self-service onboarding");
        String chinese = keyResultRow(panel(HOST.get("/browse/CASC-4", "zhang").body()),
                "Ship self-service onboarding");

        assertThat(row, containsString("<small class=\"cascade-share\">1 of 6 issues</small>"));
        assertThat(chinese, containsString("<small class=\"cascade-share\">6 \u4e2a\u4e8b\u52a1\u4e2d\u7684 1 \u4e2a"
                + "</small>"));
    }

    @Test
    public void shouldSayTheWholeEpicWhenTheLinkedEpicItselfIsViewed() throws Exception {
        String row = keyResultRow(panel(HOST.get("/browse/CASC-1", "bob").body()), "Ship self-service onboarding");
        String chinese = keyResultRow(panel(HOST.get("/browse/CASC-1", "zhang").body()),
                "Ship self-service onboarding");

        assertThat(row, containsString("<small class=\"cascade-share\">The whole epic: 6 issues</small>"));
        assertThat(chinese, containsString("\u6574\u4e2a\u53f2\u8bd7\uff1a6 \u4e2a\u4e8b\u52a1"));
    }

    @Test
    public void shouldShowTheIssuesOwnStoryPointsWhenTheKeyResultCountsStoryPoints() throws Exception {
        http.create("alice", "{\"title\":\"Operations stay on call\",\"level\":\"team\","
                + "\"period\":{\"value\":\"2026\"},\"unit\":{\"project\":\"OPS\"},\"visibility\":\"members\","
                + "\"keyResults\":[{\"title\":\"Monitoring points done\",\"weight\":100,\"measure\":{"
                + "\"kind\":\"issues\",\"basis\":\"story-points-done\",\"links\":[{\"epic\":\"OPS-1\"}]}}]}");

        String row = keyResultRow(panel(HOST.get("/browse/OPS-3", "alice").body()), "Monitoring points done");

        assertThat(row, containsString("3 of 8 story points done"));
        assertThat(row, containsString("<small class=\"cascade-share\">5 of 8 story points</small>"));
    }

    @Test
    public void shouldOfferTheKeyResultsTheViewerMayChangeAndLinkTheStoryWhenItsFormIsSent() throws Exception {
        long goal = http.create("alice", "{\"title\":\"Checkout converts\",\"level\":\"team\","
                + "\"period\":{\"value\":\"2026\"},\"unit\":{\"project\":\"CASC\"},\"visibility\":\"members\","
                + "\"keyResults\":[{\"title\":\"<script>alert(3)</script>\",\"weight\":100,\"measure\":{"
                + "\"kind\":\"issues\",\"basis\":\"issue-count-done\",\"links\":[{\"epic\":\"CASC-8\"}]}}]}")
                .path("id").asLong();
        long keyResult = GoalsHttp.JSON.readTree(HOST.get("/rest/cascade/1.0/goals/" + goal, "alice").body())
                .path("keyResults").get(0).path("id").asLong();

        String dialog = dialog(HOST.get("/browse/CASC-4", "alice").body());

        assertThat(dialog, containsString("data-url=\"/rest/cascade/1.0/key-results/links/add\""));
        assertThat(dialog, containsString("<input type=\"hidden\" name=\"link.issue\" value=\"CASC-4\">"));
        assertThat(dialog, containsString("<option value=\"" + keyResult
                + "\">&lt;script&gt;alert(3)&lt;/script&gt; \u2014 Checkout converts</option>"));
        assertThat(dialog, containsString("data-kind=\"" + keyResult + "\" hidden><input type=\"hidden\" "
                + "name=\"version\" value=\"1\" data-type=\"integer\">"));
        assertThat(dialog, not(containsString("<script")));
        assertThat(dialog, not(containsString("Ship self-service onboarding")));
        assertThat(dialog(HOST.get("/browse/CASC-8", "alice").body()),
                containsString("name=\"link.epic\" value=\"CASC-8\""));

        ok(HOST.postJson("/rest/cascade/1.0/key-results/links/add", "alice", "{\"keyResult\":" + keyResult
                + ",\"version\":1,\"link\":{\"issue\":\"CASC-4\"}}"));

        String panel = panel(HOST.get("/browse/CASC-4", "alice").body());
        String row = keyResultRow(panel, "&lt;script&gt;alert(3)&lt;/script&gt;");
        assertThat(row, containsString("Linked as an issue"));
        assertThat(row, containsString("<small class=\"cascade-share\">1 of 5 issues</small>"));
        assertThat(HOST.get("/browse/CASC-4", "alice").body(), not(containsString("<option value=\"" + keyResult
                + "\"")));
    }

    @Test
    public void shouldNotOfferAKeyResultOfAClosedGoalWhichRefusesTheLinkToo() throws Exception {
        JsonNode goal = http.create("alice", "{\"title\":\"Closed last year\",\"level\":\"team\","
                + "\"period\":{\"value\":\"2026\"},\"unit\":{\"project\":\"CASC\"},\"visibility\":\"members\","
                + "\"keyResults\":[{\"title\":\"Frozen epic done\",\"weight\":100,\"measure\":{"
                + "\"kind\":\"issues\",\"basis\":\"issue-count-done\",\"links\":[{\"epic\":\"CASC-8\"}]}}]}");
        long keyResult = goal.path("keyResults").get(0).path("id").asLong();
        String open = HOST.get("/browse/CASC-5", "alice").body();
        long version = goal.path("version").asLong();
        for (String state : new String[] {"confirmed", "active", "closed"}) {
            version = ok(HOST.postJson("/rest/cascade/1.0/goals/" + goal.path("id").asLong() + "/lifecycle", "alice",
                    "{\"to\":\"" + state + "\",\"version\":" + version + "}")).path("version").asLong();
        }

        String closed = HOST.get("/browse/CASC-5", "alice").body();

        assertThat(open, containsString("<option value=\"" + keyResult + "\">Frozen epic done"));
        assertThat(closed, not(containsString("<option value=\"" + keyResult + "\"")));
        JsonNode refused = ok(HOST.postJson("/rest/cascade/1.0/key-results/links/add", "alice", "{\"keyResult\":"
                + keyResult + ",\"version\":1,\"link\":{\"issue\":\"CASC-5\"}}"), 409);
        assertEquals("goal.closed", refused.path("errors").path(0).path("code").asText());
    }

    @Test
    public void shouldOfferNoLinkWhenTheViewerMayChangeNoKeyResult() throws Exception {
        String page = HOST.get("/browse/OPS-2", "carol").body();

        assertThat(page, not(containsString("cascade-issue-link-open")));
        assertThat(page, not(containsString("cascade-issue-link-dialog")));
    }

    /** The goals panel's module in the issue page's right column. */
    static String panel(String page) {
        Matcher module = Pattern.compile("id=\"viewissuesidebar\">.*?(<div class=\"module toggle-wrap devhost-panel\" "
                + "id=\"cascade-issue-goals\">.*?class=\"cascade-issue-goals-note\">.*?</p>)", Pattern.DOTALL)
                .matcher(page);
        if (!module.find()) {
            throw new AssertionError("no goals panel in the issue page's right column: " + page);
        }
        return module.group(1);
    }

    /** The "Link to a key result" dialog of the issue page. */
    static String dialog(String page) {
        Matcher dialog = Pattern.compile("<section id=\"cascade-issue-link-dialog\".*?</section>", Pattern.DOTALL)
                .matcher(page);
        if (!dialog.find()) {
            throw new AssertionError("no link dialog in the issue page: " + page);
        }
        return dialog.group();
    }

    /** The HTML of the panel's key-result row with this title. */
    static String keyResultRow(String panel, String title) {
        return PanelHtml.rowTitled(panel, "<tr class=\"cascade-issue-key-result-row\">", title);
    }
}
