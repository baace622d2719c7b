package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;
import static dev.cascade.okr.devhost.KeyResultsHttp.KEY_RESULTS;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.Closing;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.GoalStateStore;
import dev.cascade.okr.core.progress.ManualOverride;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Collection;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Who may set and clear a key result's manual progress, reopen a closed goal and close a period: each endpoint against
 * a fresh CASC goal owned by zhang (visible to members), called by anonymous, carol (no CASC access), bob (CASC
 * member), zhang (the owner), pat (CASC administrator) and alice (app administrator). A goal the caller may not see
 * answers 404; a refused call changes nothing.
 */
public class GoalStateAuthorizationHttpTest extends AuthorizationMatrix<String> {

    @Parameters(name = NAME)
    public static Collection<Object[]> cases() {
        return matrix("""
                PUT /key-results/{id}/override        401 404 403 200 200 200
                DELETE /key-results/{id}/override     401 404 403 200 200 200
                POST /goals/{id}/lifecycle to closed  401 404 403 200 200 200
                POST /goals/{id}/reopen               401 404 403 403 403 200
                POST /periods/{period}/close          401 403 403 403 403 200
                """);
    }

    private final GoalsHttp http = new GoalsHttp(HOST);

    @Test
    public void shouldAnswerExpectedStatusWhenCallerCallsEndpoint() throws Exception {
        JsonNode goal = http.create("zhang", GoalsHttp.goal("zhang", "members"));
        ObjectiveId id = new ObjectiveId(goal.path("id").asLong());
        long kr = goal.path("keyResults").get(0).path("id").asLong();
        var store = KeyResultsHttp.goals(HOST);
        var states = HOST.server().plugin().bean(GoalStateStore.class);
        var fields = store.goal(id).orElseThrow().fields();
        store.update(id, 1, new dev.cascade.okr.core.port.GoalStore.ObjectiveFields(fields.title(),
                fields.description(), fields.owner(), fields.levelKey(), fields.period(), fields.unit(),
                fields.type(), dev.cascade.okr.core.model.Lifecycle.ACTIVE, fields.visibility(),
                fields.rollsUpFromChildren()), "zhang", Instant.now());
        String before = snapshot();

        HttpResponse<String> response = switch (endpoint) {
            case "PUT /key-results/{id}/override" -> http.put(KEY_RESULTS + "/" + kr + "/override", user,
                    "{\"progress\":0.6,\"reason\":\"Signed, not invoiced\",\"version\":1}");
            case "DELETE /key-results/{id}/override" -> {
                states.override(new dev.cascade.okr.core.model.KeyResultId(kr), 1, new ManualOverride(
                        new BigDecimal("0.6"), "Signed", new UserRef("zhang"), Instant.now()), null);
                before = snapshot();
                yield http.delete(KEY_RESULTS + "/" + kr + "/override?version=2&reason=Invoiced", user);
            }
            case "POST /goals/{id}/lifecycle to closed" -> HOST.postJson(GOALS + "/" + id.value() + "/lifecycle",
                    user, "{\"to\":\"closed\",\"version\":2}");
            case "POST /goals/{id}/reopen" -> {
                states.close(id, 2, new Closing(Instant.now(), new UserRef("zhang"), Progress.of(0.2), 1.0));
                before = snapshot();
                yield HOST.postJson(GOALS + "/" + id.value() + "/reopen", user,
                        "{\"reason\":\"Closed too early\",\"version\":3}");
            }
            case "POST /periods/{period}/close" -> HOST.postJson("/rest/cascade/1.0/periods/2031/close", user,
                    "{}");
            default -> throw new AssertionError(endpoint);
        };

        assertStatus(response);
        assertUnchangedWhenRefusedOrRead(false, before);
    }
}
