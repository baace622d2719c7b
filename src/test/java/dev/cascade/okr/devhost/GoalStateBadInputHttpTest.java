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
import java.util.Collection;
import java.util.Map;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input on the goal-state endpoints (manual override set and clear, reopen, period close): each case answers 4xx
 * with the field and code of its first error and a message (in Chinese for zhang), and the database is unchanged.
 */
public class GoalStateBadInputHttpTest extends BadInputRunner {

    private static final String API = "/rest/cascade/1.0";

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        Cases c = table();
        String set = KEY_RESULTS + "/{kr}/override";
        c.put("override: malformed JSON", "bob", set, "{\"progress\":0.5,", 400, "progress", "request.malformed");
        c.put("override: empty body", "bob", set, "", 400, "body", "request.malformed");
        c.put("override: unknown field", "bob", set, "{\"progress\":0.5,\"reason\":\"r\",\"version\":1,\"by\":\"x\"}",
                400, "by", "request.unknown-field");
        c.put("override: reason missing", "bob", set, "{\"progress\":0.5,\"version\":1}", 400, "reason",
                "override.reason-required");
        c.put("override: reason blank", "zhang", KEY_RESULTS + "/{zhangKr}/override",
                "{\"progress\":0.5,\"reason\":\"   \",\"version\":1}", 400, "reason", "override.reason-required");
        c.put("override: reason too long", "bob", set, "{\"progress\":0.5,\"reason\":\"" + "x".repeat(1001)
                + "\",\"version\":1}", 400, "reason", "override.reason-too-long");
        c.put("override: progress missing", "bob", set, "{\"reason\":\"r\",\"version\":1}", 400, "progress",
                "override.value-required");
        c.put("override: progress above 1", "bob", set, "{\"progress\":1.5,\"reason\":\"r\",\"version\":1}", 400,
                "progress", "override.value-out-of-range");
        c.put("override: progress per-cent", "zhang", KEY_RESULTS + "/{zhangKr}/override",
                "{\"progress\":60,\"reason\":\"r\",\"version\":1}", 400, "progress", "override.value-out-of-range");
        c.put("override: negative progress", "bob", set, "{\"progress\":-0.1,\"reason\":\"r\",\"version\":1}", 400,
                "progress", "override.value-out-of-range");
        c.put("override: progress text", "bob", set, "{\"progress\":\"half\",\"reason\":\"r\",\"version\":1}", 400,
                "progress", "request.wrong-type");
        c.put("override: NaN progress", "bob", set, "{\"progress\":NaN,\"reason\":\"r\",\"version\":1}", 400,
                "progress", "request.malformed");
        c.put("override: version missing", "bob", set, "{\"progress\":0.5,\"reason\":\"r\"}", 400, "version",
                "version.required");
        c.put("override: stale version", "bob", set, "{\"progress\":0.5,\"reason\":\"r\",\"version\":9}", 409,
                "version", "version.stale");
        c.put("override: unknown key result", "bob", KEY_RESULTS + "/999999/override",
                "{\"progress\":0.5,\"reason\":\"r\",\"version\":1}", 404, "id", "key-result.not-found");
        c.put("override: key result id not a number", "bob", KEY_RESULTS + "/x/override",
                "{\"progress\":0.5,\"reason\":\"r\",\"version\":1}", 404, "id", "key-result.not-found");
        c.put("override: closed goal", "bob", KEY_RESULTS + "/{closedKr}/override",
                "{\"progress\":0.5,\"reason\":\"r\",\"version\":1}", 409, "lifecycle", "goal.closed");

        c.delete("clear: reason missing", "bob", set + "?version=1", 400, "reason", "reason.required");
        c.delete("clear: reason blank", "zhang", KEY_RESULTS + "/{zhangKr}/override?version=1&reason=%20%20", 400,
                "reason", "reason.required");
        c.delete("clear: reason too long", "bob", set + "?version=1&reason=" + "x".repeat(1001), 400, "reason",
                "reason.too-long");
        c.delete("clear: control characters in reason", "bob", set + "?version=1&reason=a%07b", 400, "reason",
                "text.control-characters");
        c.delete("clear: nothing to clear", "bob", set + "?version=1&reason=done", 400, "override",
                "override.not-set");
        c.delete("clear: version missing", "bob", set + "?reason=done", 400, "version", "version.required");
        c.delete("clear: version text", "bob", set + "?version=one&reason=done", 400, "version",
                "request.wrong-type");
        c.delete("clear: closed goal", "bob", KEY_RESULTS + "/{closedKr}/override?version=1&reason=done", 409,
                "lifecycle", "goal.closed");

        String reopen = GOALS + "/{closed}/reopen";
        c.post("reopen: reason missing", "alice", reopen, "{\"version\":2}", 400, "reason", "reason.required");
        c.post("reopen: reason blank", "alice", reopen, "{\"reason\":\" \",\"version\":2}", 400, "reason",
                "reason.required");
        c.post("reopen: version missing", "alice", reopen, "{\"reason\":\"Too early\"}", 400, "version",
                "version.required");
        c.post("reopen: stale version", "alice", reopen, "{\"reason\":\"Too early\",\"version\":1}", 409, "version",
                "version.stale");
        c.post("reopen: goal not closed", "alice", GOALS + "/{goal}/reopen", "{\"reason\":\"Why\",\"version\":1}",
                400, "lifecycle", "goal.not-closed");
        c.post("reopen: malformed JSON", "alice", reopen, "{\"reason\":", 400, "reason", "request.malformed");
        c.post("reopen: unknown goal", "alice", GOALS + "/999999/reopen", "{\"reason\":\"Why\",\"version\":1}", 404,
                "id", "objective.not-found");

        c.post("close period: fifth quarter", "alice", API + "/periods/2030-Q5/close", "{}", 400, "period",
                "period.close-invalid");
        c.post("close period: words", "alice", API + "/periods/next-year/close", "{}", 400, "period",
                "period.close-invalid");
        c.post("close period: a custom range", "alice", API + "/periods/2030-01-15/close", "{}", 400, "period",
                "period.close-invalid");
        return c.list();
    }

    private final GoalsHttp http = new GoalsHttp(HOST);

    @Test
    public void shouldAnswerClientErrorNamingFieldAndChangeNothingWhenInputIsBad() throws Exception {
        assertRefusedAndUnchanged().inChineseWhenCalledBy(user).notAMessageKey();
    }

    @Override
    protected void placeholders(Map<String, Object> ids) throws Exception {
        putIds(ids, http.create("bob", GoalsHttp.goal("bob", "members")));
        JsonNode zhangs = http.create("zhang", GoalsHttp.goal("zhang", "members"));
        ids.put("zhangKr", zhangs.path("keyResults").get(0).path("id").asLong());
        ObjectiveId closed = KeyResultsHttp.store(HOST, "Closed", "team", "bob", Visibility.MEMBERS,
                Period.year(2026), false, 0.5);
        KeyResultsHttp.goals(HOST).close(closed, 1, new Closing(Instant.now(), new UserRef("alice"),
                Progress.of(0.5), 1.0));
        ids.put("closed", closed.value());
        ids.put("closedKr", KeyResultsHttp.goals(HOST).goal(closed).orElseThrow().keyResults().get(0).id()
                .value());
    }
}
