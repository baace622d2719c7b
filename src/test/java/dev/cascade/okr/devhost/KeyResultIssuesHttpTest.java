package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.AppraisalHttp.json;
import static dev.cascade.okr.devhost.IssueProgressHttp.DONE_IN_CASC_AND_OPS;
import static dev.cascade.okr.devhost.IssueProgressHttp.KEY_RESULTS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.devhost.jira.DevIssue;
import dev.cascade.okr.devhost.jira.SampleJira;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

/**
 * The drill-down behind a key result over HTTP: the issues per link, each with its category, resolution and points;
 * only the issues the person asking may browse, so one JQL link across projects lists different issues to different
 * people; broken links flagged; the limit honoured.
 */
public class KeyResultIssuesHttpTest extends DevHostHttpTest {

    private static JsonNode drillDown(KeyResultId id, String user) throws Exception {
        return ok(HOST.get(KEY_RESULTS + "/" + id.value() + "/issues", user));
    }

    @Test
    public void shouldListTheEpicsIssuesWithTheirFactsWhenAMemberAsks() throws Exception {
        KeyResultId id = IssueProgressHttp.keyResult(HOST, Visibility.MEMBERS, new WorkLink.Epic("CASC-1"),
                new WorkLink.Issue("CASC-9"));

        JsonNode body = drillDown(id, "bob");

        assertEquals(id.value(), body.path("keyResultId").asLong());
        JsonNode epic = body.path("links").path(0);
        assertEquals("epic", epic.path("kind").asText());
        assertEquals("CASC-1", epic.path("text").asText());
        assertFalse(epic.path("broken").asBoolean());
        assertEquals(6, epic.path("issues").size());
        JsonNode first = epic.path("issues").path(0);
        assertEquals("CASC-2", first.path("key").asText());
        assertEquals("Sign-up form with company details", first.path("summary").asText());
        assertEquals("done", first.path("category").asText());
        assertEquals("2026-10-30T10:15:00Z", first.path("resolvedAt").asText());
        assertEquals(3.0, first.path("storyPoints").asDouble(), 0.0);
        JsonNode open = epic.path("issues").path(2);
        assertEquals("in-progress", open.path("category").asText());
        assertTrue(open.path("resolvedAt").isNull());
        assertEquals("to-do", epic.path("issues").path(4).path("category").asText());
        JsonNode issue = body.path("links").path(1);
        assertEquals("issue", issue.path("kind").asText());
        assertEquals("CASC-9", issue.path("text").asText());
        assertEquals("CASC-9", issue.path("issues").path(0).path("key").asText());
        assertEquals("Invoices in PDF", issue.path("issues").path(0).path("summary").asText());
    }

    @Test
    public void shouldListOnlyBrowsableIssuesWhenAJqlLinkSpansProjects() throws Exception {
        KeyResultId id = IssueProgressHttp.keyResult(HOST, Visibility.EVERYONE, new WorkLink.Jql(DONE_IN_CASC_AND_OPS));
        SampleJira sample = HOST.server().sample();
        Set<String> doneCasc = new TreeSet<>();
        Set<String> doneOps = new TreeSet<>();
        for (DevIssue issue : sample.issues()) {
            if (issue.getStatus() == SampleJira.DONE && !issue.isSubTask()) {
                String project = issue.getProjectObject().getKey();
                (project.equals("CASC") ? doneCasc : project.equals("OPS") ? doneOps : new TreeSet<String>())
                        .add(issue.getKey());
            }
        }
        assertFalse(doneCasc.isEmpty());
        assertFalse(doneOps.isEmpty());

        Set<String> bob = keys(drillDown(id, "bob"));
        Set<String> carol = keys(drillDown(id, "carol"));
        Set<String> alice = keys(drillDown(id, "alice"));

        assertEquals(doneCasc, bob);
        assertEquals(doneOps, carol);
        Set<String> both = new TreeSet<>(doneCasc);
        both.addAll(doneOps);
        assertEquals(both, alice);
    }

    @Test
    public void shouldAnswerAtMostLimitIssuesPerLinkWhenALimitIsGiven() throws Exception {
        KeyResultId id = IssueProgressHttp.keyResult(HOST, Visibility.MEMBERS, new WorkLink.Epic("CASC-1"));

        JsonNode body = ok(HOST.get(KEY_RESULTS + "/" + id.value() + "/issues?limit=2", "pat"));

        JsonNode issues = body.path("links").path(0).path("issues");
        assertEquals(2, issues.size());
        assertEquals("CASC-2", issues.path(0).path("key").asText());
        assertEquals("CASC-3", issues.path(1).path("key").asText());
    }

    @Test
    public void shouldFlagTheLinkBrokenWhenItsEpicNoLongerExists() throws Exception {
        KeyResultId id = IssueProgressHttp.keyResult(HOST, Visibility.MEMBERS, new WorkLink.Epic("CASC-1"),
                new WorkLink.Epic("CASC-9999"));

        JsonNode links = drillDown(id, "zhang").path("links");

        assertFalse(links.path(0).path("broken").asBoolean());
        assertEquals(6, links.path(0).path("issues").size());
        assertTrue(links.path(1).path("broken").asBoolean());
        assertEquals(0, links.path(1).path("issues").size());
    }

    @Test
    public void shouldAnswerBadRequestInChineseWhenTheKeyResultIsNotIssueDriven() throws Exception {
        long goal = KeyResultsHttp.store(HOST, "Milestone goal", "team", "zhang", Visibility.MEMBERS,
                dev.cascade.okr.core.model.Period.year(2026), true, 0.5).value();
        long keyResult = HOST.server().plugin().bean(dev.cascade.okr.core.port.GoalStore.class)
                .goal(new dev.cascade.okr.core.model.ObjectiveId(goal)).orElseThrow().keyResults().get(0).id().value();

        HttpResponse<String> response = HOST.get(KEY_RESULTS + "/" + keyResult + "/issues", "zhang");

        assertEquals(response.body(), 400, response.statusCode());
        JsonNode error = json(response).path("errors").path(0);
        assertEquals("key-result.no-issues", error.path("code").asText());
        assertEquals("id", error.path("field").asText());
        assertTrue(error.path("message").asText(), error.path("message").asText().contains("\u5173\u952e\u7ed3\u679c"));
    }

    private static Set<String> keys(JsonNode body) {
        Set<String> keys = new TreeSet<>();
        List<JsonNode> issues = new ArrayList<>();
        body.path("links").path(0).path("issues").forEach(issues::add);
        issues.forEach(issue -> keys.add(issue.path("key").asText()));
        return keys;
    }
}
