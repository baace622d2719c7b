package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.ActionPlanHttp.initiative;
import static dev.cascade.okr.devhost.ActionPlanHttp.initiatives;
import static dev.cascade.okr.devhost.ActionPlanHttp.plan;
import static dev.cascade.okr.devhost.ActionPlanHttp.task;
import static dev.cascade.okr.devhost.ActionPlanHttp.tasks;

import java.net.http.HttpResponse;
import java.util.Collection;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Who may call each action-plan endpoint: every endpoint against the plan of a fresh CASC goal owned by zhang (visible
 * to members) with one initiative and one task, called by anonymous, carol (no CASC access), bob (CASC member), zhang
 * (the owner), pat (CASC administrator) and alice (app administrator). A goal the caller may not see answers 404,
 * never 403; seeing the goal is enough to read its plan.
 */
public class ActionPlanAuthorizationHttpTest extends AuthorizationMatrix<String> {

    @Parameters(name = NAME)
    public static Collection<Object[]> cases() {
        return matrix("""
                GET /goals/{id}/action-plan              401 404 200 200 200 200
                POST …/initiatives                       401 404 403 201 201 201
                PUT …/initiatives/{initiativeId}         401 404 403 200 200 200
                DELETE …/initiatives/{initiativeId}      401 404 403 204 204 204
                POST …/initiatives/{initiativeId}/tasks  401 404 403 201 201 201
                PUT …/tasks/{taskId}                     401 404 403 200 200 200
                DELETE …/tasks/{taskId}                  401 404 403 204 204 204
                """);
    }

    private final GoalsHttp http = new GoalsHttp(HOST);

    @Test
    public void shouldAnswerExpectedStatusWhenCallerCallsEndpoint() throws Exception {
        long goal = http.create("zhang", GoalsHttp.goal("zhang", "members")).path("id").asLong();
        long initiative = ActionPlanHttp.createInitiative(HOST, "zhang", goal, initiative()).path("item")
                .path("initiative").asLong();
        long task = ActionPlanHttp.createTask(HOST, "zhang", goal, initiative, task()).path("item").path("task")
                .asLong();
        String before = snapshot();

        HttpResponse<String> response = switch (endpoint) {
            case "GET /goals/{id}/action-plan" -> HOST.get(plan(goal), user);
            case "POST …/initiatives" -> HOST.postJson(initiatives(goal, null), user, initiative());
            case "PUT …/initiatives/{initiativeId}" -> http.put(initiatives(goal, initiative), user,
                    initiative("version", "1", "title", "\"Renamed\""));
            case "DELETE …/initiatives/{initiativeId}" -> http.delete(initiatives(goal, initiative) + "?version=1",
                    user);
            case "POST …/initiatives/{initiativeId}/tasks" -> HOST.postJson(tasks(goal, initiative, null), user,
                    task());
            case "PUT …/tasks/{taskId}" -> http.put(tasks(goal, initiative, task), user,
                    task("version", "1", "title", "\"Renamed\""));
            case "DELETE …/tasks/{taskId}" -> http.delete(tasks(goal, initiative, task) + "?version=1", user);
            default -> throw new AssertionError(endpoint);
        };

        assertStatus(response);
        assertUnchangedWhenRefusedOrRead(endpoint.startsWith("GET"), before);
    }
}
