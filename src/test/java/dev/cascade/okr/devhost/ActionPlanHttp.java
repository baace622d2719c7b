package dev.cascade.okr.devhost;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Paths and sample bodies for the action-plan API tests; bodies are raw JSON so that tests can break them. */
final class ActionPlanHttp {

    private ActionPlanHttp() {
    }

    /** {@code /goals/{goal}/action-plan}. */
    static String plan(long goal) {
        return GoalsHttp.GOALS + "/" + goal + "/action-plan";
    }

    /** {@code …/initiatives} or {@code …/initiatives/{id}}. */
    static String initiatives(long goal, Long initiative) {
        return plan(goal) + "/initiatives" + (initiative == null ? "" : "/" + initiative);
    }

    /** {@code …/initiatives/{initiative}/tasks} or {@code …/tasks/{id}}. */
    static String tasks(long goal, long initiative, Long task) {
        return initiatives(goal, initiative) + "/tasks" + (task == null ? "" : "/" + task);
    }

    /**
     * A valid initiative of a 2026-Q1 goal, with fields replaced: pairs of a field name and its raw JSON ({@code null}
     * leaves the field out).
     */
    static String initiative(String... overrides) {
        Map<String, String> fields = common();
        fields.put("epicKey", "\"CASC-1\"");
        return body(fields, overrides);
    }

    /** A valid task, with fields replaced as in {@link #initiative}. */
    static String task(String... overrides) {
        Map<String, String> fields = common();
        fields.put("title", "\"Book the venue\"");
        fields.put("start", "\"2026-01-10\"");
        fields.put("due", "\"2026-02-10\"");
        fields.put("issueKey", "\"CASC-2\"");
        return body(fields, overrides);
    }

    private static Map<String, String> common() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "\"Run the onboarding webinar\"");
        fields.put("description", "\"Two sessions a month\\nwith a recording\"");
        fields.put("owner", "\"bob\"");
        fields.put("start", "\"2026-01-05\"");
        fields.put("due", "\"2026-03-20\"");
        fields.put("resources", "{\"budget\":12000.50,\"currency\":\"CNY\",\"people\":[\"bob\",\"zhang\"],"
                + "\"roles\":[\"Designer\"]}");
        fields.put("raci", "[{\"person\":\"bob\",\"role\":\"responsible\"},"
                + "{\"person\":\"alice\",\"role\":\"accountable\"},{\"person\":\"zhang\",\"role\":\"informed\"}]");
        fields.put("dependencies", "[]");
        fields.put("risk", "{\"description\":\"The speaker falls ill\",\"contingency\":\"A recorded talk\","
                + "\"level\":\"high\"}");
        fields.put("status", "\"in-progress\"");
        return fields;
    }

    private static String body(Map<String, String> fields, String... overrides) {
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                fields.remove(overrides[i]);
            } else {
                fields.put(overrides[i], overrides[i + 1]);
            }
        }
        return fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** Creates an initiative as a user; fails when the host refuses. Answers the response's JSON. */
    static JsonNode createInitiative(DevHostFixture host, String user, long goal, String body)
            throws IOException, InterruptedException {
        return created(host.postJson(initiatives(goal, null), user, body));
    }

    /** Creates a task as a user; fails when the host refuses. Answers the response's JSON. */
    static JsonNode createTask(DevHostFixture host, String user, long goal, long initiative, String body)
            throws IOException, InterruptedException {
        return created(host.postJson(tasks(goal, initiative, null), user, body));
    }

    private static JsonNode created(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 201) {
            throw new AssertionError("create answered " + response.statusCode() + ": " + response.body());
        }
        return GoalsHttp.JSON.readTree(response.body());
    }
}
