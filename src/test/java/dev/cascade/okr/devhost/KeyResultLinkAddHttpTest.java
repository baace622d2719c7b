package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.JSON;
import static dev.cascade.okr.devhost.KeyResultsHttp.KEY_RESULTS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.Test;

/**
 * {@code POST /key-results/links/add} over HTTP (issue 13, the issue view's "link to a key result"): one link is added
 * and every link the key result had is kept; the version is checked as for a replace of all links (409 with the key
 * result as it is now); a link it already has is refused at {@code link}; a reader who may see the goal but not change
 * it is refused with 403, one who may not see it with 404; the links stay as they were after every refusal.
 */
public class KeyResultLinkAddHttpTest extends DevHostHttpTest {

    private static final String ADD = KEY_RESULTS + "/links/add";

    @Test
    public void shouldAddTheIssueAndKeepTheEpicWhenTheOwnerAddsALink() throws Exception {
        long id = issueKeyResult("bob");

        HttpResponse<String> response = HOST.postJson(ADD, "bob", add(id, 1, "{\"issue\":\"CASC-10\"}"));

        JsonNode keyResult = ok(response);
        assertEquals(id, keyResult.path("id").asLong());
        assertEquals(2, keyResult.path("version").asLong());
        JsonNode links = keyResult.path("measure").path("links");
        assertEquals(2, links.size());
        assertEquals("CASC-1", links.get(0).path("epic").asText());
        assertEquals("CASC-10", links.get(1).path("issue").asText());
        JsonNode stored = ok(HOST.get(KEY_RESULTS + "/" + id, "bob"));
        assertEquals(2, stored.path("measure").path("links").size());
    }

    @Test
    public void shouldAddAnEpicAfterAnEarlierAddWhenEachIsBasedOnTheLatestVersion() throws Exception {
        long id = issueKeyResult("bob");
        ok(HOST.postJson(ADD, "bob", add(id, 1, "{\"issue\":\"CASC-10\"}")));

        JsonNode keyResult = ok(HOST.postJson(ADD, "bob", add(id, 2, "{\"epic\":\"CASC-8\"}")));

        assertEquals(3, keyResult.path("measure").path("links").size());
        assertEquals("CASC-8", keyResult.path("measure").path("links").get(2).path("epic").asText());
    }

    @Test
    public void shouldAnswerConflictWithTheCurrentKeyResultAndKeepItsLinksWhenTheVersionIsStale() throws Exception {
        long id = issueKeyResult("bob");
        ok(HOST.postJson(ADD, "bob", add(id, 1, "{\"issue\":\"CASC-10\"}")));

        HttpResponse<String> response = HOST.postJson(ADD, "bob", add(id, 1, "{\"issue\":\"CASC-11\"}"));

        JsonNode body = ok(response, 409);
        assertEquals("version.stale", body.path("errors").path(0).path("code").asText());
        assertEquals(id, body.path("current").path("id").asLong());
        assertEquals(2, body.path("current").path("version").asLong());
        assertEquals(2, body.path("current").path("measure").path("links").size());
        assertLinks(id, 2);
    }

    @Test
    public void shouldRefuseTheDuplicateAtTheLinkInTheCallersLanguageWhenTheEpicIsAlreadyLinked() throws Exception {
        long id = issueKeyResult("zhang");

        JsonNode body = ok(HOST.postJson(ADD, "zhang", add(id, 1, "{\"epic\":\"CASC-1\"}")), 400);

        assertEquals("link", body.path("errors").path(0).path("field").asText());
        assertEquals("link.duplicate", body.path("errors").path(0).path("code").asText());
        assertThat(body.path("errors").path(0).path("message").asText(), containsString("CASC-1 \u5df2\u5173\u8054"));
        assertLinks(id, 1);
    }

    @Test
    public void shouldRefuseAReaderWhoMaySeeButNotChangeTheGoal() throws Exception {
        long id = issueKeyResult("zhang");

        JsonNode body = ok(HOST.postJson(ADD, "bob", add(id, 1, "{\"issue\":\"CASC-10\"}")), 403);

        assertEquals("auth.forbidden", body.path("errors").path(0).path("code").asText());
        assertLinks(id, 1);
    }

    @Test
    public void shouldAnswerNotFoundWithoutHintWhenTheGoalIsHiddenFromTheCaller() throws Exception {
        long id = issueKeyResult("zhang");

        HttpResponse<String> hidden = HOST.postJson(ADD, "carol", add(id, 1, "{\"issue\":\"OPS-2\"}"));
        HttpResponse<String> missing = HOST.postJson(ADD, "carol", add(999_999, 1, "{\"issue\":\"OPS-2\"}"));

        assertEquals(hidden.body(), 404, hidden.statusCode());
        assertEquals("key-result.not-found", JSON.readTree(hidden.body()).path("errors").path(0).path("code").asText());
        assertEquals(missing.statusCode(), hidden.statusCode());
        assertLinks(id, 1);
    }

    /** Creates the sample team goal owned by {@code owner}; the id of its issue-driven key result (epic CASC-1). */
    private long issueKeyResult(String owner) throws Exception {
        JsonNode goal = http.create(owner, GoalsHttp.goal(owner, "members"));
        return goal.path("keyResults").get(1).path("id").asLong();
    }

    /** The key result, read by alice (an application administrator, who sees every goal), has this many links. */
    private void assertLinks(long id, int count) throws Exception {
        JsonNode stored = ok(HOST.get(KEY_RESULTS + "/" + id, "alice"));
        assertEquals(count, stored.path("measure").path("links").size());
    }

    private static String add(long keyResult, long version, String link) {
        return "{\"keyResult\":" + keyResult + ",\"version\":" + version + ",\"link\":" + link + "}";
    }
}
