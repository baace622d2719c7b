package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.ActionPlanHttp.initiative;
import static dev.cascade.okr.devhost.ActionPlanHttp.initiatives;
import static dev.cascade.okr.devhost.ActionPlanHttp.plan;
import static dev.cascade.okr.devhost.ActionPlanHttp.task;
import static dev.cascade.okr.devhost.ActionPlanHttp.tasks;
import static dev.cascade.okr.devhost.GoalsHttp.JSON;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.Test;

/** The happy path of every action-plan endpoint, as the goal's owner. */
public class ActionPlanHttpTest extends DevHostHttpTest {

    @Test
    public void shouldAnswerEmptyPlanWhenGoalHasNoInitiatives() throws Exception {
        long goal = newGoal("bob");

        HttpResponse<String> response = HOST.get(plan(goal), "bob");

        assertEquals(response.body(), 200, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals(goal, body.path("objectiveId").asLong());
        assertEquals(0, body.path("initiatives").size());
    }

    @Test
    public void shouldStoreEveryFieldWhenInitiativeIsCreated() throws Exception {
        long goal = newGoal("bob");

        HttpResponse<String> response = HOST.postJson(initiatives(goal, null), "bob", initiative());

        assertEquals(response.body(), 201, response.statusCode());
        JsonNode created = JSON.readTree(response.body());
        long id = created.path("item").path("initiative").asLong();
        assertEquals(1, created.path("version").asLong());
        assertEquals(0, created.path("warnings").size());
        JsonNode stored = JSON.readTree(HOST.get(plan(goal), "bob").body()).path("initiatives").path(0);
        assertEquals(id, stored.path("id").asLong());
        assertEquals(1, stored.path("version").asLong());
        assertEquals("Run the onboarding webinar", stored.path("title").asText());
        assertEquals("Two sessions a month\nwith a recording", stored.path("description").asText());
        assertEquals("bob", stored.path("owner").asText());
        assertEquals("2026-01-05", stored.path("start").asText());
        assertEquals("2026-03-20", stored.path("due").asText());
        assertEquals(0, new java.math.BigDecimal("12000.5").compareTo(
                stored.path("resources").path("budget").decimalValue()));
        assertEquals("CNY", stored.path("resources").path("currency").asText());
        assertEquals("[\"bob\",\"zhang\"]", stored.path("resources").path("people").toString());
        assertEquals("[\"Designer\"]", stored.path("resources").path("roles").toString());
        assertEquals("accountable", stored.path("raci").path(1).path("role").asText());
        assertEquals("alice", stored.path("raci").path(1).path("person").asText());
        assertEquals("high", stored.path("risk").path("level").asText());
        assertEquals("A recorded talk", stored.path("risk").path("contingency").asText());
        assertEquals("in-progress", stored.path("status").asText());
        assertEquals("CASC-1", stored.path("epicKey").asText());
        assertEquals(0, stored.path("tasks").size());
    }

    @Test
    public void shouldAnswerWarningsWhenOwnerIsNotResponsibleAndHighRiskHasNoContingency() throws Exception {
        long goal = newGoal("bob");

        JsonNode created = ActionPlanHttp.createInitiative(HOST, "bob", goal,
                initiative("owner", "\"zhang\"", "risk", "{\"description\":\"Rain\",\"level\":\"high\"}"));

        assertEquals("plan.owner-not-responsible", created.path("warnings").path(0).path("code").asText());
        assertEquals("owner", created.path("warnings").path(0).path("field").asText());
        assertEquals("plan.contingency-missing", created.path("warnings").path(1).path("code").asText());
    }

    @Test
    public void shouldChangeTheWholePlanWhenEveryEndpointIsUsedInTurn() throws Exception {
        long goal = newGoal("bob");
        long first = ActionPlanHttp.createInitiative(HOST, "bob", goal, initiative()).path("item")
                .path("initiative").asLong();
        long second = ActionPlanHttp.createInitiative(HOST, "bob", goal, initiative("title", "\"Second\""))
                .path("item").path("initiative").asLong();

        HttpResponse<String> createdTask = HOST.postJson(tasks(goal, first, null), "bob",
                task("dependencies", "[{\"initiative\":" + second + "}]"));
        assertEquals(createdTask.body(), 201, createdTask.statusCode());
        JsonNode taskJson = JSON.readTree(createdTask.body());
        long taskId = taskJson.path("item").path("task").asLong();
        JsonNode storedTask = taskJson.path("plan").path("initiatives").path(0).path("tasks").path(0);
        assertEquals(taskId, storedTask.path("id").asLong());
        assertEquals(first, storedTask.path("initiativeId").asLong());
        assertEquals("CASC-2", storedTask.path("issueKey").asText());
        assertEquals("{\"initiative\":" + second + "}", storedTask.path("dependencies").path(0).toString());
        assertEquals("[{\"initiative\":" + second + "},{\"task\":" + taskId + "},{\"initiative\":" + first + "}]",
                taskJson.path("plan").path("criticalOrder").toString());

        HttpResponse<String> putInitiative = http.put(initiatives(goal, first), "bob",
                initiative("version", "1", "title", "\"Run three webinars\"", "status", "\"done\""));
        assertEquals(putInitiative.body(), 200, putInitiative.statusCode());
        assertEquals(2, JSON.readTree(putInitiative.body()).path("version").asLong());

        HttpResponse<String> putTask = http.put(tasks(goal, first, taskId), "bob",
                task("version", "1", "title", "\"Book the big venue\"", "dependencies", "[]", "resources", null,
                        "risk", null));
        assertEquals(putTask.body(), 200, putTask.statusCode());

        JsonNode read = JSON.readTree(HOST.get(plan(goal), "bob").body());
        JsonNode firstRead = read.path("initiatives").path(0);
        assertEquals("Run three webinars", firstRead.path("title").asText());
        assertEquals("done", firstRead.path("status").asText());
        assertEquals(2, firstRead.path("version").asLong());
        JsonNode taskRead = firstRead.path("tasks").path(0);
        assertEquals("Book the big venue", taskRead.path("title").asText());
        assertEquals(2, taskRead.path("version").asLong());
        assertTrue(taskRead.path("risk").isNull());
        assertTrue(taskRead.path("resources").path("budget").isNull());

        HttpResponse<String> deleteTask = http.delete(tasks(goal, first, taskId) + "?version=2", "bob");
        assertEquals(deleteTask.body(), 204, deleteTask.statusCode());
        HttpResponse<String> deleteInitiative = http.delete(initiatives(goal, second) + "?version=1", "bob");
        assertEquals(deleteInitiative.body(), 204, deleteInitiative.statusCode());

        JsonNode after = JSON.readTree(HOST.get(plan(goal), "bob").body());
        assertEquals(1, after.path("initiatives").size());
        assertEquals(first, after.path("initiatives").path(0).path("id").asLong());
        assertEquals(0, after.path("initiatives").path(0).path("tasks").size());
    }

    @Test
    public void shouldDeleteTasksWithTheirInitiativeWhenInitiativeIsDeleted() throws Exception {
        long goal = newGoal("bob");
        long initiative = ActionPlanHttp.createInitiative(HOST, "bob", goal, initiative()).path("item")
                .path("initiative").asLong();
        ActionPlanHttp.createTask(HOST, "bob", goal, initiative, task());

        HttpResponse<String> deleted = http.delete(initiatives(goal, initiative) + "?version=1", "bob");

        assertEquals(deleted.body(), 204, deleted.statusCode());
        assertEquals(0, JSON.readTree(HOST.get(plan(goal), "bob").body()).path("initiatives").size());
    }
}
