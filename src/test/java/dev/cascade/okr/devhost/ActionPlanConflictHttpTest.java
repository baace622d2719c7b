package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.ActionPlanHttp.initiative;
import static dev.cascade.okr.devhost.ActionPlanHttp.initiatives;
import static dev.cascade.okr.devhost.ActionPlanHttp.task;
import static dev.cascade.okr.devhost.ActionPlanHttp.tasks;
import static dev.cascade.okr.devhost.GoalsHttp.JSON;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.Test;

/**
 * A write based on an old version of an initiative or task answers 409 with the plan as it is now ({@code current},
 * in the shape {@code GET} answers) and changes nothing.
 */
public class ActionPlanConflictHttpTest extends DevHostHttpTest {

    private long goal;
    private long initiative;
    private long task;

    /** A goal with an initiative at version 2 (someone else renamed it) and a task at version 2. */
    private void planChangedBySomeoneElse() throws Exception {
        goal = newGoal("bob");
        initiative = ActionPlanHttp.createInitiative(HOST, "bob", goal, initiative()).path("item").path("initiative")
                .asLong();
        task = ActionPlanHttp.createTask(HOST, "bob", goal, initiative, task()).path("item").path("task").asLong();
        assertEquals(200, http.put(initiatives(goal, initiative), "pat",
                initiative("version", "1", "title", "\"Renamed by pat\"")).statusCode());
        assertEquals(200, http.put(tasks(goal, initiative, task), "pat",
                task("version", "1", "title", "\"Task renamed by pat\"")).statusCode());
    }

    @Test
    public void shouldAnswerConflictWithCurrentPlanWhenInitiativeUpdateIsStale() throws Exception {
        planChangedBySomeoneElse();
        String before = HOST.dumpDatabase();

        HttpResponse<String> response = http.put(initiatives(goal, initiative), "bob",
                initiative("version", "1", "title", "\"Renamed by bob\""));

        JsonNode current = assertConflict(response);
        assertEquals("Renamed by pat", current.path("initiatives").path(0).path("title").asText());
        assertEquals(2, current.path("initiatives").path(0).path("version").asLong());
        assertEquals(before, HOST.dumpDatabase());
    }

    @Test
    public void shouldAnswerConflictWithCurrentPlanWhenTaskUpdateIsStale() throws Exception {
        planChangedBySomeoneElse();
        String before = HOST.dumpDatabase();

        HttpResponse<String> response = http.put(tasks(goal, initiative, task), "bob",
                task("version", "1", "title", "\"Task renamed by bob\""));

        JsonNode current = assertConflict(response);
        JsonNode stored = current.path("initiatives").path(0).path("tasks").path(0);
        assertEquals("Task renamed by pat", stored.path("title").asText());
        assertEquals(2, stored.path("version").asLong());
        assertEquals(before, HOST.dumpDatabase());
    }

    @Test
    public void shouldAnswerConflictAndKeepItemWhenDeleteIsStale() throws Exception {
        planChangedBySomeoneElse();
        String before = HOST.dumpDatabase();

        JsonNode afterTaskDelete = assertConflict(http.delete(tasks(goal, initiative, task) + "?version=1", "bob"));
        JsonNode afterInitiativeDelete = assertConflict(http.delete(initiatives(goal, initiative) + "?version=1",
                "bob"));

        assertEquals(1, afterTaskDelete.path("initiatives").path(0).path("tasks").size());
        assertEquals(1, afterInitiativeDelete.path("initiatives").size());
        assertEquals(before, HOST.dumpDatabase());
    }

    private static JsonNode assertConflict(HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), 409, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("version.stale", body.path("errors").path(0).path("code").asText());
        assertEquals("version", body.path("errors").path(0).path("field").asText());
        return body.path("current");
    }
}
