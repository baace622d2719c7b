package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.TrackingHttp.API;
import static dev.cascade.okr.devhost.TrackingHttp.OWNER;
import static dev.cascade.okr.devhost.TrackingHttp.YEAR;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.devhost.TrackingHttp.Goal;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Who may call each tracking endpoint: anonymous, carol (no access to CASC), bob (CASC member), zhang (the goal's
 * owner), pat (CASC project admin) and alice (app admin). Each case runs on a goal of its own; a refused call changes
 * nothing.
 */
public class TrackingAuthorizationHttpTest extends AuthorizationMatrix<TrackingAuthorizationHttpTest.Endpoint> {

    /** One endpoint: method, path with {goal} and {kr}, body, and the status for each caller in {@link #CALLERS}. */
    record Endpoint(String name, String method, String path, String body, int... statuses) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
        new Endpoint("read plan", "GET", "/key-results/{kr}/plan", null, 401, 404, 200, 200, 200, 200),
        new Endpoint("put plan", "PUT", "/key-results/{kr}/plan", TrackingHttp.quarterPlan(0),
                401, 404, 403, 200, 200, 200),
        new Endpoint("list check-ins", "GET", "/key-results/{kr}/check-ins", null, 401, 404, 200, 200, 200, 200),
        new Endpoint("add check-in", "POST", "/key-results/{kr}/check-ins",
                TrackingHttp.checkIn(10, YEAR + "-02-15"), 401, 404, 403, 201, 201, 201),
        new Endpoint("tracking table", "GET", "/goals/{goal}/tracking?period=" + YEAR + "-Q1", null,
                401, 404, 200, 200, 200, 200),
        new Endpoint("read review", "GET", "/goals/{goal}/reviews/" + YEAR + "-Q1", null,
                401, 404, 200, 200, 200, 200),
        new Endpoint("write review notes", "PUT", "/goals/{goal}/reviews/" + YEAR + "-Q1",
                "{\"version\":0,\"improvement\":\"earlier\"}", 401, 404, 403, 200, 200, 200),
        new Endpoint("read adjustments", "GET", "/key-results/{kr}/adjustments", null, 401, 404, 200, 200, 200, 200),
        new Endpoint("propose adjustment", "POST", "/key-results/{kr}/adjustments",
                "{\"version\":0,\"newTarget\":40,\"reason\":\"market\",\"approverKey\":\"bob\"}",
                401, 404, 403, 201, 201, 201),
        // zhang proposed with pat as approver (see below): only pat decides.
        new Endpoint("decide adjustment", "POST", "/key-results/{kr}/adjustments/decision",
                "{\"version\":1,\"approve\":true}", 401, 404, 403, 403, 200, 403));

    @Parameters(name = NAME_WITHOUT_STATUS)
    public static Collection<Object[]> cases() {
        Rows rows = rows();
        ENDPOINTS.forEach(endpoint -> rows.add(endpoint, endpoint.statuses()));
        return rows.cases();
    }

    @Test
    public void shouldAnswerTheExpectedStatusWhenThisCallerCalls() throws Exception {
        Goal goal = TrackingHttp.newGoal(HOST);
        if (endpoint.name().equals("decide adjustment")) {
            assertEquals(201, HOST.postJson(API + "/key-results/" + goal.kr(0) + "/adjustments", OWNER,
                    "{\"version\":0,\"newTarget\":40,\"reason\":\"market\",\"approverKey\":\"pat\"}").statusCode());
        }
        String path = API + endpoint.path().replace("{goal}", String.valueOf(goal.id()))
                .replace("{kr}", String.valueOf(goal.kr(0)));
        String before = snapshot();

        HttpResponse<String> response = TrackingHttp.send(HOST, endpoint.method(), path, user, endpoint.body());

        assertStatus(response);
        assertUnchangedWhenRefusedOrRead(endpoint.method().equals("GET"), before);
    }
}
