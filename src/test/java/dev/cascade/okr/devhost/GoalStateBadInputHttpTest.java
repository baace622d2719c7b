package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;
import static dev.cascade.okr.devhost.KeyResultsHttp.KEY_RESULTS;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.Closing;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input on the goal-state endpoints (manual override set and clear, reopen, period close): each case answers 4xx
 * with the field and code of its first error and a message (in Chinese for zhang), and the database is unchanged.
 */
@RunWith(Parameterized.class)
public class GoalStateBadInputHttpTest extends BadInputRunner {

    @ClassRule
    public static final DevHostFixture HOST = DevHostFixture.seeded();

    private static final String API = "/rest/cascade/1.0";
    private static final Map<String, Long> IDS = new HashMap<>();

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        List<Object[]> c = new ArrayList<>();
        String set = KEY_RESULTS + "/{kr}/override";
        put(c, "override: malformed JSON", "bob", set, "{\"progress\":0.5,", 400, "progress", "request.malformed");
        put(c, "override: empty body", "bob", set, "", 400, "body", "request.malformed");
        put(c, "override: unknown field", "bob", set, "{\"progress\":0.5,\"reason\":\"r\",\"version\":1,\"by\":\"x\"}",
                400, "by", "request.unknown-field");
        put(c, "override: reason missing", "bob", set, "{\"progress\":0.5,\"version\":1}", 400, "reason",
                "override.reason-required");
        put(c, "override: reason blank", "zhang", KEY_RESULTS + "/{zhangKr}/override",
                "{\"progress\":0.5,\"reason\":\"   \",\"version\":1}", 400, "reason", "override.reason-required");
        put(c, "override: reason too long", "bob", set, "{\"progress\":0.5,\"reason\":\"" + "x".repeat(1001)
                + "\",\"version\":1}", 400, "reason", "override.reason-too-long");
        put(c, "override: progress missing", "bob", set, "{\"reason\":\"r\",\"version\":1}", 400, "progress",
                "override.value-required");
        put(c, "override: progress above 1", "bob", set, "{\"progress\":1.5,\"reason\":\"r\",\"version\":1}", 400,
                "progress", "override.value-out-of-range");
        put(c, "override: progress per-cent", "zhang", KEY_RESULTS + "/{zhangKr}/override",
                "{\"progress\":60,\"reason\":\"r\",\"version\":1}", 400, "progress", "override.value-out-of-range");
        put(c, "override: negative progress", "bob", set, "{\"progress\":-0.1,\"reason\":\"r\",\"version\":1}", 400,
                "progress", "override.value-out-of-range");
        put(c, "override: progress text", "bob", set, "{\"progress\":\"half\",\"reason\":\"r\",\"version\":1}", 400,
                "progress", "request.wrong-type");
        put(c, "override: NaN progress", "bob", set, "{\"progress\":NaN,\"reason\":\"r\",\"version\":1}", 400,
                "progress", "request.malformed");
        put(c, "override: version missing", "bob", set, "{\"progress\":0.5,\"reason\":\"r\"}", 400, "version",
                "version.required");
        put(c, "override: stale version", "bob", set, "{\"progress\":0.5,\"reason\":\"r\",\"version\":9}", 409,
                "version", "version.stale");
        put(c, "override: unknown key result", "bob", KEY_RESULTS + "/999999/override",
                "{\"progress\":0.5,\"reason\":\"r\",\"version\":1}", 404, "id", "key-result.not-found");
        put(c, "override: key result id not a number", "bob", KEY_RESULTS + "/x/override",
                "{\"progress\":0.5,\"reason\":\"r\",\"version\":1}", 404, "id", "key-result.not-found");
        put(c, "override: closed goal", "bob", KEY_RESULTS + "/{closedKr}/override",
                "{\"progress\":0.5,\"reason\":\"r\",\"version\":1}", 409, "lifecycle", "goal.closed");

        delete(c, "clear: reason missing", "bob", set + "?version=1", 400, "reason", "reason.required");
        delete(c, "clear: reason blank", "zhang", KEY_RESULTS + "/{zhangKr}/override?version=1&reason=%20%20", 400,
                "reason", "reason.required");
        delete(c, "clear: reason too long", "bob", set + "?version=1&reason=" + "x".repeat(1001), 400, "reason",
                "reason.too-long");
        delete(c, "clear: control characters in reason", "bob", set + "?version=1&reason=a%07b", 400, "reason",
                "text.control-characters");
        delete(c, "clear: nothing to clear", "bob", set + "?version=1&reason=done", 400, "override",
                "override.not-set");
        delete(c, "clear: version missing", "bob", set + "?reason=done", 400, "version", "version.required");
        delete(c, "clear: version text", "bob", set + "?version=one&reason=done", 400, "version",
                "request.wrong-type");
        delete(c, "clear: closed goal", "bob", KEY_RESULTS + "/{closedKr}/override?version=1&reason=done", 409,
                "lifecycle", "goal.closed");

        String reopen = GOALS + "/{closed}/reopen";
        post(c, "reopen: reason missing", "alice", reopen, "{\"version\":2}", 400, "reason", "reason.required");
        post(c, "reopen: reason blank", "alice", reopen, "{\"reason\":\" \",\"version\":2}", 400, "reason",
                "reason.required");
        post(c, "reopen: version missing", "alice", reopen, "{\"reason\":\"Too early\"}", 400, "version",
                "version.required");
        post(c, "reopen: stale version", "alice", reopen, "{\"reason\":\"Too early\",\"version\":1}", 409, "version",
                "version.stale");
        post(c, "reopen: goal not closed", "alice", GOALS + "/{goal}/reopen", "{\"reason\":\"Why\",\"version\":1}",
                400, "lifecycle", "goal.not-closed");
        post(c, "reopen: malformed JSON", "alice", reopen, "{\"reason\":", 400, "reason", "request.malformed");
        post(c, "reopen: unknown goal", "alice", GOALS + "/999999/reopen", "{\"reason\":\"Why\",\"version\":1}", 404,
                "id", "objective.not-found");

        post(c, "close period: fifth quarter", "alice", API + "/periods/2030-Q5/close", "{}", 400, "period",
                "period.close-invalid");
        post(c, "close period: words", "alice", API + "/periods/next-year/close", "{}", 400, "period",
                "period.close-invalid");
        post(c, "close period: a custom range", "alice", API + "/periods/2030-01-15/close", "{}", 400, "period",
                "period.close-invalid");
        return c;
    }

    private static void post(List<Object[]> c, String name, String user, String path, String body, int status,
            String field, String code) {
        c.add(new Object[] {name, "POST", user, path, body, status, field, code});
    }

    private static void put(List<Object[]> c, String name, String user, String path, String body, int status,
            String field, String code) {
        c.add(new Object[] {name, "PUT", user, path, body, status, field, code});
    }

    private static void delete(List<Object[]> c, String name, String user, String path, int status, String field,
            String code) {
        c.add(new Object[] {name, "DELETE", user, path, null, status, field, code});
    }

    private final GoalsHttp http = new GoalsHttp(HOST);

    public GoalStateBadInputHttpTest(String name, String method, String user, String path, String body,
            int status, String field, String code) {
        super(HOST, method, user, path, body, status, field, code);
    }

    @Test
    public void shouldAnswerClientErrorNamingFieldAndChangeNothingWhenInputIsBad() throws Exception {
        String resolvedPath = resolve(path);
        String resolvedBody = body == null ? null : resolve(body);

        assertRefusedAndUnchanged(() -> switch (method) {
            case "POST" -> HOST.postJson(resolvedPath, user, resolvedBody);
            case "PUT" -> http.put(resolvedPath, user, resolvedBody);
            case "DELETE" -> http.delete(resolvedPath, user);
            default -> throw new AssertionError(method);
        }).inChineseWhenCalledBy(user).notAMessageKey();
    }

    private String resolve(String template) throws Exception {
        if (IDS.isEmpty()) {
            JsonNode goal = http.create("bob", GoalsHttp.goal("bob", "members"));
            IDS.put("goal", goal.path("id").asLong());
            IDS.put("kr", goal.path("keyResults").get(0).path("id").asLong());
            JsonNode zhangs = http.create("zhang", GoalsHttp.goal("zhang", "members"));
            IDS.put("zhangKr", zhangs.path("keyResults").get(0).path("id").asLong());
            ObjectiveId closed = KeyResultsHttp.store(HOST, "Closed", "team", "bob", Visibility.MEMBERS,
                    Period.year(2026), false, 0.5);
            KeyResultsHttp.goals(HOST).close(closed, 1, new Closing(Instant.now(), new UserRef("alice"),
                    Progress.of(0.5), 1.0));
            IDS.put("closed", closed.value());
            IDS.put("closedKr", KeyResultsHttp.goals(HOST).goal(closed).orElseThrow().keyResults().get(0).id()
                    .value());
        }
        String resolved = template;
        for (Map.Entry<String, Long> id : IDS.entrySet()) {
            resolved = resolved.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
        }
        return resolved;
    }
}
