package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;
import static org.junit.Assert.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Who may call each goals endpoint: every endpoint against a fresh CASC goal owned by zhang (visible to members),
 * called by anonymous, carol (no CASC access), bob (CASC member), zhang (the owner), pat (CASC administrator) and
 * alice (app administrator). A goal the caller may not see answers 404, never 403.
 */
@RunWith(Parameterized.class)
public class GoalsAuthorizationHttpTest {

    @ClassRule
    public static final DevHostFixture HOST = DevHostFixture.seeded();

    private static final String[] CALLERS = {null, "carol", "bob", "zhang", "pat", "alice"};

    @Parameters(name = "{0} as {1} -> {2}")
    public static Collection<Object[]> cases() {
        List<Object[]> cases = new ArrayList<>();
        add(cases, "POST /goals for zhang", 401, 400, 403, 201, 201, 201);
        add(cases, "GET /goals", 401, 200, 200, 200, 200, 200);
        add(cases, "GET /goals/{id}", 401, 404, 200, 200, 200, 200);
        add(cases, "PUT /goals/{id}", 401, 404, 403, 200, 200, 200);
        add(cases, "DELETE /goals/{id}", 401, 404, 403, 204, 204, 204);
        add(cases, "POST /goals/{id}/lifecycle", 401, 404, 403, 200, 200, 200);
        return cases;
    }

    private static void add(List<Object[]> cases, String endpoint, int... statuses) {
        for (int i = 0; i < CALLERS.length; i++) {
            cases.add(new Object[] {endpoint, CALLERS[i] == null ? "anonymous" : CALLERS[i], statuses[i]});
        }
    }

    private final String endpoint;
    private final String user;
    private final int status;
    private final GoalsHttp http = new GoalsHttp(HOST);

    public GoalsAuthorizationHttpTest(String endpoint, String caller, int status) {
        this.endpoint = endpoint;
        this.user = "anonymous".equals(caller) ? null : caller;
        this.status = status;
    }

    @Test
    public void shouldAnswerExpectedStatusWhenCallerCallsEndpoint() throws Exception {
        long id = http.create("zhang", GoalsHttp.goal("zhang", "members")).path("id").asLong();
        String one = GOALS + "/" + id;

        HttpResponse<String> response = switch (endpoint) {
            case "POST /goals for zhang" -> HOST.postJson(GOALS, user, GoalsHttp.goal("zhang", "members"));
            case "GET /goals" -> HOST.get(GOALS + "?project=CASC", user);
            case "GET /goals/{id}" -> HOST.get(one, user);
            case "PUT /goals/{id}" -> http.put(one, user, GoalsHttp.update(1, "zhang", "Raise sign-ups to 550"));
            case "DELETE /goals/{id}" -> http.delete(one + "?version=1", user);
            case "POST /goals/{id}/lifecycle" -> HOST.postJson(one + "/lifecycle", user,
                    "{\"to\":\"confirmed\",\"version\":1}");
            default -> throw new AssertionError(endpoint);
        };

        assertEquals(response.body(), status, response.statusCode());
    }
}
