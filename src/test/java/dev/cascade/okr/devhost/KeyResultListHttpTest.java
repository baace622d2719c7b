package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.JSON;
import static dev.cascade.okr.devhost.KeyResultsHttp.KEY_RESULTS;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Reading and listing key results over HTTP: {@code GET /key-results} with the goal filters, paged over key results
 * across goals in goal-then-position order, counting only what the caller may see; {@code GET /key-results/{id}}.
 * Six goals of 2031 (a period no seeded goal uses) with 0 to 4 key results each, stored directly.
 */
public class KeyResultListHttpTest extends DevHostHttpTest {

    private static final List<StoredObjective> GOALS = new ArrayList<>();

    @BeforeClass
    public static void storeGoals() {
        GOALS.add(KeyResultListHttp.store(HOST, "G1", "CASC", "team", "bob", Visibility.MEMBERS, Lifecycle.ACTIVE, 3));
        GOALS.add(KeyResultListHttp.store(HOST, "G2", "OPS", "team", "carol", Visibility.MEMBERS, Lifecycle.ACTIVE,
                2));
        GOALS.add(KeyResultListHttp.store(HOST, "G3", "CASC", "department", "zhang", Visibility.PRIVATE,
                Lifecycle.DRAFT, 2));
        GOALS.add(KeyResultListHttp.store(HOST, "G4", "CASC", "team", "zhang", Visibility.EVERYONE, Lifecycle.DRAFT,
                1));
        GOALS.add(KeyResultListHttp.store(HOST, "G5", "OPS", "department", "carol", Visibility.EVERYONE,
                Lifecycle.ACTIVE, 0));
        GOALS.add(KeyResultListHttp.store(HOST, "G6", "CASC", "team", "bob", Visibility.MEMBERS, Lifecycle.ACTIVE, 4));
    }

    @Test
    public void shouldPageAcrossGoalsInGoalThenPositionOrderWhenAppAdminLists() throws Exception {
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < 15; offset += 5) {
            JsonNode page = list("alice", "period=2031&limit=5&offset=" + offset);
            assertEquals(12, page.path("total").asInt());
            assertEquals(5, page.path("limit").asInt());
            assertEquals(offset, page.path("offset").asInt());
            page.path("items").forEach(item -> seen.add(item.path("objectiveId").asLong() + ":"
                    + item.path("title").asText()));
        }

        assertEquals(expected(g -> true), seen);
        assertEquals("G1 #0", seen.get(0).split(":")[1]);
        assertEquals("G6 #3", seen.get(11).split(":")[1]);
    }

    @Test
    public void shouldCountOnlyVisibleKeyResultsWhenMembersList() throws Exception {
        assertListed("bob", "period=2031", g -> !g.objective().title().equals("G2")
                && !g.objective().title().equals("G3"));
        assertListed("carol", "period=2031", g -> List.of("G2", "G4", "G5").contains(g.objective().title()));
        assertListed("zhang", "period=2031", g -> !g.objective().unit().toString().contains("OPS"));
    }

    @Test
    public void shouldApplyEachGoalFilterWhenAsked() throws Exception {
        assertListed("alice", "period=2031&project=OPS", g -> List.of("G2", "G5").contains(g.objective().title()));
        assertListed("alice", "period=2031&level=department",
                g -> List.of("G3", "G5").contains(g.objective().title()));
        assertListed("alice", "period=2031&owner=zhang", g -> List.of("G3", "G4").contains(g.objective().title()));
        assertListed("alice", "period=2031&status=draft", g -> List.of("G3", "G4").contains(g.objective().title()));
        assertListed("alice", "period=2031&project=CASC&level=team&status=active",
                g -> List.of("G1", "G6").contains(g.objective().title()));
        // issue 10: an owner who is nobody is a bad filter value (400 at owner), no longer an empty list
        HttpResponse<String> nobody = HOST.get(KEY_RESULTS + "?period=2031-Q2&owner=nobody", "alice");
        assertEquals(nobody.body(), 400, nobody.statusCode());
        assertEquals(nobody.body(), true, nobody.body().contains("\"field\":\"owner\",\"code\":\"user.unknown\""));
    }

    @Test
    public void shouldUseDefaultPageWhenNoneIsAsked() throws Exception {
        JsonNode page = list("alice", "period=2031");

        assertEquals(0, page.path("offset").asInt());
        assertEquals(25, page.path("limit").asInt());
        assertEquals(12, page.path("items").size());
    }

    @Test
    public void shouldAnswerTheKeyResultAsListedWhenReadById() throws Exception {
        StoredKeyResult second = GOALS.get(0).keyResults().get(1);

        HttpResponse<String> response = HOST.get(KEY_RESULTS + "/" + second.id().value(), "bob");

        assertEquals(response.body(), 200, response.statusCode());
        JsonNode read = JSON.readTree(response.body());
        assertEquals("G1 #1", read.path("title").asText());
        assertEquals(1, read.path("version").asLong());
        assertEquals("milestone", read.path("measure").path("kind").asText());
        ObjectNode listed = (ObjectNode) list("bob", "period=2031&limit=1&offset=1").path("items").get(0);
        assertEquals(GOALS.get(0).id().value(), listed.remove("objectiveId").asLong());
        assertEquals(listed, read);
    }

    private static JsonNode list(String user, String query) throws Exception {
        HttpResponse<String> response = HOST.get(KEY_RESULTS + "?" + query, user);
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static void assertListed(String user, String query, Predicate<StoredObjective> goals) throws Exception {
        JsonNode page = list(user, query + "&limit=100");
        List<String> seen = new ArrayList<>();
        page.path("items").forEach(item -> seen.add(item.path("objectiveId").asLong() + ":"
                + item.path("title").asText()));
        List<String> expected = expected(goals);
        assertEquals(user + " " + query, expected, seen);
        assertEquals(user + " " + query, expected.size(), page.path("total").asInt());
    }

    private static List<String> expected(Predicate<StoredObjective> goals) {
        return GOALS.stream().filter(goals).flatMap(g -> g.keyResults().stream()
                .map(k -> g.id().value() + ":" + k.keyResult().title())).toList();
    }
}
