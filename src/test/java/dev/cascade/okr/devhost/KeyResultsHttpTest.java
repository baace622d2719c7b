package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;
import static dev.cascade.okr.devhost.GoalsHttp.JSON;
import static dev.cascade.okr.devhost.KeyResultsHttp.CASCADE;
import static dev.cascade.okr.devhost.KeyResultsHttp.KEY_RESULTS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Visibility;
import java.net.http.HttpResponse;
import org.junit.Test;

/**
 * The happy paths of key results, their links to Jira work, alignments and the project cascade over HTTP, and a stale
 * key-result update.
 */
public class KeyResultsHttpTest extends DevHostHttpTest {

    @Test
    public void shouldAddKeyResultAtVersionOneWhenOwnerPostsIt() throws Exception {
        long goal = newGoal("bob");

        HttpResponse<String> response = HOST.postJson(GOALS + "/" + goal + "/key-results", "bob",
                KeyResultsHttp.metric(null, "Ten customer demos", "20"));

        assertEquals(response.body(), 201, response.statusCode());
        JsonNode keyResult = JSON.readTree(response.body());
        assertEquals(1, keyResult.path("version").asLong());
        assertEquals("Ten customer demos", keyResult.path("title").asText());
        assertEquals(20, keyResult.path("weight").asDouble(), 1e-9);
        JsonNode stored = JSON.readTree(HOST.get(GOALS + "/" + goal, "bob").body());
        assertEquals(3, stored.path("keyResults").size());
        assertEquals(keyResult.path("id").asLong(), stored.path("keyResults").get(2).path("id").asLong());
    }

    @Test
    public void shouldReplaceKeyResultAndGrowVersionWhenOwnerPutsIt() throws Exception {
        JsonNode goal = http.create("bob", GoalsHttp.goal("bob", "members"));
        long id = goal.path("keyResults").get(0).path("id").asLong();

        HttpResponse<String> response = http.put(KEY_RESULTS + "/" + id, "bob",
                KeyResultsHttp.metric(1L, "Weekly sign-ups reach 600", "60"));

        assertEquals(response.body(), 200, response.statusCode());
        JsonNode keyResult = JSON.readTree(response.body());
        assertEquals(2, keyResult.path("version").asLong());
        assertEquals("Weekly sign-ups reach 600", keyResult.path("title").asText());
        assertEquals("demos", keyResult.path("measure").path("unit").asText());
    }

    @Test
    public void shouldReplaceLinksWhenOwnerPutsEpicIssueAndJql() throws Exception {
        JsonNode goal = http.create("bob", GoalsHttp.goal("bob", "members"));
        long id = goal.path("keyResults").get(1).path("id").asLong();

        HttpResponse<String> response = http.put(KEY_RESULTS + "/" + id + "/links", "bob", KeyResultsHttp.links(1,
                "{\"epic\":\"CASC-1\"},{\"issue\":\"CASC-2\"},{\"jql\":\"project = CASC\"}"));

        assertEquals(response.body(), 200, response.statusCode());
        JsonNode links = JSON.readTree(response.body()).path("measure").path("links");
        assertEquals(3, links.size());
        assertEquals("CASC-1", links.get(0).path("epic").asText());
        assertEquals("CASC-2", links.get(1).path("issue").asText());
        assertEquals("project = CASC", links.get(2).path("jql").asText());
        assertEquals(2, JSON.readTree(response.body()).path("version").asLong());
    }

    @Test
    public void shouldDeleteKeyResultWhenOwnerDeletesAtVersion() throws Exception {
        JsonNode goal = http.create("bob", GoalsHttp.goal("bob", "members"));
        long id = goal.path("keyResults").get(0).path("id").asLong();

        HttpResponse<String> response = http.delete(KEY_RESULTS + "/" + id + "?version=1", "bob");

        assertEquals(response.body(), 204, response.statusCode());
        JsonNode stored = JSON.readTree(HOST.get(GOALS + "/" + goal.path("id").asLong(), "bob").body());
        assertEquals(1, stored.path("keyResults").size());
    }

    @Test
    public void shouldAlignAndUnalignWhenOwnerOfChildSeesParent() throws Exception {
        long parent = newGoal("zhang");
        long child = newGoal("bob");
        String alignments = GOALS + "/" + child + "/alignments";

        HttpResponse<String> created = HOST.postJson(alignments, "bob", KeyResultsHttp.alignment(parent, "50"));

        assertEquals(created.body(), 201, created.statusCode());
        JsonNode alignment = JSON.readTree(created.body());
        assertEquals(child, alignment.path("childId").asLong());
        assertEquals(parent, alignment.path("parentId").asLong());
        assertEquals(50, alignment.path("contribution").asDouble(), 1e-9);
        assertEquals(1, alignment.path("version").asLong());
        JsonNode tree = JSON.readTree(HOST.get(GOALS + "/" + parent + "/tree", "bob").body());
        assertEquals(child, tree.path("children").get(0).path("id").asLong());

        assertEquals(204, http.delete(alignments + "/" + parent, "bob").statusCode());
        assertEquals(404, http.delete(alignments + "/" + parent, "bob").statusCode());
        tree = JSON.readTree(HOST.get(GOALS + "/" + parent + "/tree", "bob").body());
        assertEquals(0, tree.path("children").size());
    }

    @Test
    public void shouldAnswerRootTreesRolledUpWithoutHiddenGoalsWhenMemberReadsCascade() throws Exception {
        Period year = Period.year(2027);
        ObjectiveId root = KeyResultsHttp.store(HOST, "Grow revenue 2027", "department", "alice",
                Visibility.EVERYONE, year, true, 0.0);
        ObjectiveId open = KeyResultsHttp.store(HOST, "New customers 2027", "team", "bob", Visibility.EVERYONE,
                year, false, 0.5);
        ObjectiveId hidden = KeyResultsHttp.store(HOST, "Private plan 2027", "team", "zhang", Visibility.PRIVATE,
                year, false, 1.0);
        ObjectiveId other = KeyResultsHttp.store(HOST, "Lone goal 2027", "team", "bob", Visibility.EVERYONE,
                year, false, 0.25);
        KeyResultsHttp.align(HOST, open, root, 60);
        KeyResultsHttp.align(HOST, hidden, root, 40);

        HttpResponse<String> response = HOST.get(CASCADE + "?project=CASC&period=2027", "bob");

        assertEquals(response.body(), 200, response.statusCode());
        JsonNode roots = JSON.readTree(response.body());
        assertEquals(response.body(), 2, roots.size());
        JsonNode first = roots.get(0);
        assertEquals(root.value(), first.path("id").asLong());
        assertEquals(1, first.path("children").size());
        assertEquals(open.value(), first.path("children").get(0).path("id").asLong());
        JsonNode tree = JSON.readTree(HOST.get(GOALS + "/" + root.value() + "/tree", "bob").body());
        assertEquals(tree.path("progress").path("fraction").asDouble(), first.path("progress").path("fraction")
                .asDouble(), 1e-9);
        assertEquals(other.value(), roots.get(1).path("id").asLong());
        JsonNode owner = JSON.readTree(HOST.get(CASCADE + "?project=CASC&period=2027", "zhang").body());
        assertEquals(2, owner.get(0).path("children").size());
        assertTrue(JSON.readTree(HOST.get(CASCADE + "?project=CASC&period=2030", "bob").body()).isEmpty());
    }

    @Test
    public void shouldAnswerConflictWithCurrentAndChangeNothingWhenKeyResultVersionIsStale() throws Exception {
        JsonNode goal = http.create("bob", GoalsHttp.goal("bob", "members"));
        long id = goal.path("keyResults").get(0).path("id").asLong();
        String path = KEY_RESULTS + "/" + id;
        assertEquals(200, http.put(path, "bob", KeyResultsHttp.metric(1L, "Weekly sign-ups reach 700", "60"))
                .statusCode());
        String before = HOST.dumpDatabase();

        HttpResponse<String> response = http.put(path, "bob", KeyResultsHttp.metric(1L, "Stale title", "60"));

        assertEquals(response.body(), 409, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("version.stale", body.path("errors").path(0).path("code").asText());
        assertEquals(id, body.path("current").path("id").asLong());
        assertEquals(2, body.path("current").path("version").asLong());
        assertEquals("Weekly sign-ups reach 700", body.path("current").path("title").asText());
        assertEquals(before, HOST.dumpDatabase());
        assertEquals(409, http.delete(path + "?version=1", "bob").statusCode());
        assertEquals(before, HOST.dumpDatabase());
    }
}
