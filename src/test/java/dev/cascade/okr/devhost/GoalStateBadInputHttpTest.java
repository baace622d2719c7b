package dev.cascade.okr.devhost;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.Closing;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.port.GoalStateStore;
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
        return table().below(API).rows("""
                override: malformed JSON -> 400 progress request.malformed
                    bob PUT /key-results/{kr}/override {"progress":0.5,
                override: empty body -> 400 body request.malformed
                    bob PUT /key-results/{kr}/override
                override: unknown field -> 400 by request.unknown-field
                    bob PUT /key-results/{kr}/override {"progress":0.5,"reason":"r","version":1,"by":"x"}
                override: reason missing -> 400 reason override.reason-required
                    bob PUT /key-results/{kr}/override {"progress":0.5,"version":1}
                override: reason blank -> 400 reason override.reason-required
                    zhang PUT /key-results/{zhangKr}/override {"progress":0.5,"reason":"   ","version":1}
                override: reason too long -> 400 reason override.reason-too-long
                    bob PUT /key-results/{kr}/override {"progress":0.5,"reason":"{tooLong}","version":1}
                override: progress missing -> 400 progress override.value-required
                    bob PUT /key-results/{kr}/override {"reason":"r","version":1}
                override: progress above 1 -> 400 progress override.value-out-of-range
                    bob PUT /key-results/{kr}/override {"progress":1.5,"reason":"r","version":1}
                override: progress per-cent -> 400 progress override.value-out-of-range
                    zhang PUT /key-results/{zhangKr}/override {"progress":60,"reason":"r","version":1}
                override: negative progress -> 400 progress override.value-out-of-range
                    bob PUT /key-results/{kr}/override {"progress":-0.1,"reason":"r","version":1}
                override: progress text -> 400 progress request.wrong-type
                    bob PUT /key-results/{kr}/override {"progress":"half","reason":"r","version":1}
                override: NaN progress -> 400 progress request.malformed
                    bob PUT /key-results/{kr}/override {"progress":NaN,"reason":"r","version":1}
                override: version missing -> 400 version version.required
                    bob PUT /key-results/{kr}/override {"progress":0.5,"reason":"r"}
                override: stale version -> 409 version version.stale
                    bob PUT /key-results/{kr}/override {"progress":0.5,"reason":"r","version":9}
                override: unknown key result -> 404 id key-result.not-found
                    bob PUT /key-results/999999/override {"progress":0.5,"reason":"r","version":1}
                override: key result id not a number -> 404 id key-result.not-found
                    bob PUT /key-results/x/override {"progress":0.5,"reason":"r","version":1}
                override: closed goal -> 409 lifecycle goal.closed
                    bob PUT /key-results/{closedKr}/override {"progress":0.5,"reason":"r","version":1}

                clear: reason missing -> 400 reason reason.required
                    bob DELETE /key-results/{kr}/override?version=1
                clear: reason blank -> 400 reason reason.required
                    zhang DELETE /key-results/{zhangKr}/override?version=1&reason=%20%20
                clear: reason too long -> 400 reason reason.too-long
                    bob DELETE /key-results/{kr}/override?version=1&reason={tooLong}
                clear: control characters in reason -> 400 reason text.control-characters
                    bob DELETE /key-results/{kr}/override?version=1&reason=a%07b
                clear: nothing to clear -> 400 override override.not-set
                    bob DELETE /key-results/{kr}/override?version=1&reason=done
                clear: version missing -> 400 version version.required
                    bob DELETE /key-results/{kr}/override?reason=done
                clear: version text -> 400 version request.wrong-type
                    bob DELETE /key-results/{kr}/override?version=one&reason=done
                clear: closed goal -> 409 lifecycle goal.closed
                    bob DELETE /key-results/{closedKr}/override?version=1&reason=done

                reopen: reason missing -> 400 reason reason.required
                    alice POST /goals/{closed}/reopen {"version":2}
                reopen: reason blank -> 400 reason reason.required
                    alice POST /goals/{closed}/reopen {"reason":" ","version":2}
                reopen: version missing -> 400 version version.required
                    alice POST /goals/{closed}/reopen {"reason":"Too early"}
                reopen: stale version -> 409 version version.stale
                    alice POST /goals/{closed}/reopen {"reason":"Too early","version":1}
                reopen: goal not closed -> 400 lifecycle goal.not-closed
                    alice POST /goals/{goal}/reopen {"reason":"Why","version":1}
                reopen: malformed JSON -> 400 reason request.malformed
                    alice POST /goals/{closed}/reopen {"reason":
                reopen: unknown goal -> 404 id objective.not-found
                    alice POST /goals/999999/reopen {"reason":"Why","version":1}

                close period: fifth quarter -> 400 period period.close-invalid
                    alice POST /periods/2030-Q5/close {}
                close period: words -> 400 period period.close-invalid
                    alice POST /periods/next-year/close {}
                close period: a custom range -> 400 period period.close-invalid
                    alice POST /periods/2030-01-15/close {}
                """).list();
    }

    @Override
    protected void placeholders(Map<String, Object> ids) throws Exception {
        ids.put("tooLong", "x".repeat(1001));
        putIds(ids, http.create("bob", GoalsHttp.goal("bob", "members")));
        JsonNode zhangs = http.create("zhang", GoalsHttp.goal("zhang", "members"));
        ids.put("zhangKr", zhangs.path("keyResults").get(0).path("id").asLong());
        ObjectiveId closed = KeyResultsHttp.store(HOST, "Closed", "team", "bob", Visibility.MEMBERS,
                Period.year(2026), false, 0.5);
        HOST.server().plugin().bean(GoalStateStore.class).close(closed, 1, new Closing(Instant.now(),
                new UserRef("alice"), Progress.of(0.5), 1.0));
        ids.put("closed", closed.value());
        ids.put("closedKr", KeyResultsHttp.goals(HOST).goal(closed).orElseThrow().keyResults().get(0).id()
                .value());
    }

    @Test
    public void shouldAnswerClientErrorNamingFieldAndChangeNothingWhenInputIsBad() throws Exception {
        assertRefusedAndUnchanged().inChineseWhenCalledBy(user).notAMessageKey();
    }
}
