package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;
import static dev.cascade.okr.devhost.GoalsHttp.JSON;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.Test;

/**
 * Optimistic locking over HTTP: a write based on an old version answers 409 with {@code version.stale} and the goal
 * as it is now in {@code current}, and changes nothing.
 */
public class GoalsConflictHttpTest extends DevHostHttpTest {

    /** A goal of bob's that pat has changed once since bob read it (now at version 2). */
    private long changedBehindBobsBack() throws Exception {
        long id = newGoal("bob");
        HttpResponse<String> first = http.put(GOALS + "/" + id, "pat", GoalsHttp.update(1, "bob",
                "Raise weekly sign-ups to 700"));
        assertEquals(first.body(), 200, first.statusCode());
        return id;
    }

    /** A write by bob at version 1 of the goal with the given id. */
    @FunctionalInterface
    private interface StaleWrite {
        HttpResponse<String> send(long id) throws Exception;
    }

    /**
     * Sends the stale write on a goal changed behind bob's back and checks that it answers the conflict and changes
     * nothing; the answer, for the checks only some writes make.
     */
    private HttpResponse<String> assertConflictChangingNothing(StaleWrite write) throws Exception {
        long id = changedBehindBobsBack();
        String before = HOST.dumpDatabase();

        HttpResponse<String> response = write.send(id);

        assertConflict(response, id);
        assertEquals(before, HOST.dumpDatabase());
        return response;
    }

    private static void assertConflict(HttpResponse<String> response, long id) throws Exception {
        assertEquals(response.body(), 409, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("version.stale", body.path("errors").path(0).path("code").asText());
        assertEquals("version", body.path("errors").path(0).path("field").asText());
        assertEquals(id, body.path("current").path("id").asLong());
        assertEquals(2, body.path("current").path("version").asLong());
        assertEquals("Raise weekly sign-ups to 700", body.path("current").path("title").asText());
    }

    @Test
    public void shouldAnswer409WithCurrentAndChangeNothingWhenUpdateIsStale() throws Exception {
        assertConflictChangingNothing(id -> http.put(GOALS + "/" + id, "bob", GoalsHttp.update(1, "bob",
                "Raise weekly sign-ups to 450")));
    }

    @Test
    public void shouldAnswer409WithCurrentAndDeleteNothingWhenDeleteIsStale() throws Exception {
        assertConflictChangingNothing(id -> http.delete(GOALS + "/" + id + "?version=1", "bob"));
    }

    @Test
    public void shouldAnswer409WithCurrentAndStayDraftWhenLifecycleMoveIsStale() throws Exception {
        HttpResponse<String> response = assertConflictChangingNothing(id -> HOST.postJson(GOALS + "/" + id
                + "/lifecycle", "bob", "{\"to\":\"confirmed\",\"version\":1}"));

        assertEquals("draft", JSON.readTree(response.body()).path("current").path("lifecycle").asText());
    }

    @Test
    public void shouldSaveWhenRetriedWithCurrentVersion() throws Exception {
        long id = changedBehindBobsBack();

        HttpResponse<String> response = http.put(GOALS + "/" + id, "bob", GoalsHttp.update(2, "bob",
                "Raise weekly sign-ups to 450"));

        assertEquals(response.body(), 200, response.statusCode());
        assertEquals(3, JSON.readTree(response.body()).path("version").asLong());
    }
}
