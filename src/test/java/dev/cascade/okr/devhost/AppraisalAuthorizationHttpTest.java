package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.AppraisalHttp.BASE;
import static dev.cascade.okr.devhost.AppraisalHttp.json;

import dev.cascade.okr.core.model.Period;
import java.net.http.HttpResponse;
import java.util.Collection;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Who may call what: every endpoint of the appraisal, carry-over and administration API × anonymous, carol (no project
 * access),
 * bob (project member, the goal's owner and the person appraised), zhang (bob's manager), pat (project admin) and
 * alice (app admin). Each case starts from its own goal brought to the state the step needs by the right people, so
 * one case never depends on another.
 */
public class AppraisalAuthorizationHttpTest extends AuthorizationMatrix<AppraisalAuthorizationHttpTest.Endpoint> {

    /** One endpoint: how to bring a fresh goal to the state it needs, and how to call it. */
    enum Endpoint {
        GET_SCHEME(401, 200, 200, 200, 200, 200),
        PUT_SCHEME(401, 403, 403, 403, 403, 200),
        GET_LEVELS(401, 200, 200, 200, 200, 200),
        PUT_LEVELS(401, 403, 403, 403, 403, 200),
        GET_THRESHOLDS(401, 200, 200, 200, 200, 200),
        PUT_THRESHOLDS(401, 403, 403, 403, 403, 200),
        GET_MANAGERS(401, 404, 200, 200, 404, 200),
        PUT_MANAGERS(401, 403, 403, 403, 403, 200),
        GET_CONFIRMATION(401, 404, 200, 200, 404, 200),
        CONFIRM(401, 404, 200, 200, 404, 403),
        OBJECT(401, 404, 200, 200, 404, 403),
        RESOLVE(401, 404, 200, 403, 404, 403),
        START(401, 404, 403, 201, 404, 201),
        GET_APPRAISAL(401, 404, 200, 200, 404, 200),
        LIST_APPRAISALS(401, 404, 200, 200, 404, 200),
        SELF_ASSESS(401, 404, 200, 403, 404, 403),
        MANAGER_ASSESS(401, 404, 403, 200, 404, 403),
        SIGN_OFF(401, 404, 200, 403, 404, 403),
        APPEAL(401, 404, 200, 403, 404, 403),
        RESOLVE_APPEAL(401, 404, 403, 403, 404, 200),
        GET_ACHIEVEMENT(401, 404, 200, 200, 404, 200),
        GET_PERSON_APPRAISAL(401, 404, 200, 200, 404, 200),
        START_PERSON_APPRAISALS(401, 404, 403, 200, 404, 200),
        GET_DISTRIBUTION(401, 403, 403, 200, 403, 200),
        CARRY_OVER(401, 403, 403, 403, 403, 200),
        CARRY_OVER_GOAL(401, 404, 201, 403, 201, 201),
        GET_CARRIED_FROM(401, 404, 200, 200, 404, 200);

        private final int[] expected;

        Endpoint(int... expected) {
            this.expected = expected;
        }
    }

    @Parameters(name = NAME_WITHOUT_STATUS)
    public static Collection<Object[]> cases() {
        Rows rows = rows();
        for (Endpoint endpoint : Endpoint.values()) {
            rows.add(endpoint, endpoint.expected);
        }
        return rows.cases();
    }

    @Test
    public void shouldAnswerTheStatusOfTheMatrixWhenCalledAsThisUser() throws Exception {
        HttpResponse<String> response = call();
        assertStatus(response);
    }

    private HttpResponse<String> call() throws Exception {
        AppraisalHttp.setManagers(HOST, "bob", "zhang");
        String setting = setting(endpoint);
        if (setting != null) {
            return endpoint.name().startsWith("GET_") ? HOST.get(BASE + setting, user) : putAsAliceHasIt(setting);
        }
        switch (endpoint) {
            case GET_PERSON_APPRAISAL:
                return HOST.get(BASE + "/people/bob/appraisal?period=2026", user);
            case START_PERSON_APPRAISALS:
                // A goal of bob's without an appraisal, so there is one to start.
                AppraisalHttp.insertGoal(HOST, "bob", "Started with the rest as " + user);
                return HOST.postJson(BASE + "/people/bob/appraisal/start", user, "{\"period\":\"2026\"}");
            case GET_DISTRIBUTION:
                return HOST.get(BASE + "/appraisals/distribution?project=CASC&period=2026", user);
            case CARRY_OVER:
                return HOST.postJson(BASE + "/carry-over", user, "{\"period\":\"2025-Q3\",\"toPeriod\":\"2025-Q4\"}");
            default:
                break;
        }
        if (endpoint == Endpoint.CARRY_OVER_GOAL || endpoint == Endpoint.GET_CARRIED_FROM) {
            // An unmeasured key result is unfinished, so there is something to carry.
            long measured = AppraisalHttp.insertMeasuredGoal(HOST, "bob", "Carried " + endpoint + " as " + user,
                    Period.year(2026), "individual", "Customers:100:50");
            String carry = BASE + "/goals/" + measured + "/carry-over";
            if (endpoint == Endpoint.CARRY_OVER_GOAL) {
                return HOST.postJson(carry, user, "{\"toPeriod\":\"2027\"}");
            }
            long draft = json(must(HOST.postJson(carry, "alice", "{\"toPeriod\":\"2027\"}"))).path("draftId")
                    .asLong();
            return HOST.get(BASE + "/goals/" + draft + "/carried-from", user);
        }
        long goal = AppraisalHttp.insertGoal(HOST, "bob", "Goal for " + endpoint + " as " + user);
        String confirmation = BASE + "/goals/" + goal + "/confirmation";
        switch (endpoint) {
            case GET_CONFIRMATION:
                return HOST.get(confirmation, user);
            case CONFIRM:
                return HOST.postJson(confirmation + "/confirm", user, "{\"version\":0}");
            case OBJECT:
                return HOST.postJson(confirmation + "/object", user, "{\"version\":0,\"reason\":\"Too easy\"}");
            case RESOLVE:
                must(HOST.postJson(confirmation + "/object", "zhang", "{\"version\":0,\"reason\":\"Too easy\"}"));
                return HOST.postJson(confirmation + "/resolve", user,
                        "{\"version\":1,\"objection\":0,\"resolution\":\"Raised to 60\"}");
            case START:
                return HOST.postJson(BASE + "/appraisals", user, "{\"objectiveId\":" + goal + "}");
            case GET_ACHIEVEMENT:
                return HOST.get(BASE + "/goals/" + goal + "/achievement", user);
            default:
                break;
        }
        long id = json(must(HOST.postJson(BASE + "/appraisals", "zhang", "{\"objectiveId\":" + goal + "}")))
                .path("id").asLong();
        String appraisal = BASE + "/appraisals/" + id;
        if (endpoint == Endpoint.GET_APPRAISAL) {
            return HOST.get(appraisal, user);
        }
        if (endpoint == Endpoint.LIST_APPRAISALS) {
            return HOST.get(BASE + "/appraisals?person=bob", user);
        }
        if (endpoint == Endpoint.SELF_ASSESS) {
            return HOST.postJson(appraisal + "/self-assessment", user, "{\"version\":1,\"score\":4}");
        }
        must(HOST.postJson(appraisal + "/self-assessment", "bob", "{\"version\":1,\"score\":4}"));
        // The goal has no key results, so its computed rate is unknown: the manager sets it, with a reason.
        String assessment = "{\"version\":2,\"achievementRate\":0.96,\"reason\":\"Figures from the CRM\","
                + "\"processScore\":4}";
        if (endpoint == Endpoint.MANAGER_ASSESS) {
            return HOST.postJson(appraisal + "/manager-assessment", user, assessment);
        }
        must(HOST.postJson(appraisal + "/manager-assessment", "zhang", assessment));
        if (endpoint == Endpoint.SIGN_OFF) {
            return HOST.postJson(appraisal + "/sign-off", user, "{\"version\":3}");
        }
        must(HOST.postJson(appraisal + "/sign-off", "bob", "{\"version\":3}"));
        if (endpoint == Endpoint.APPEAL) {
            return HOST.postJson(appraisal + "/appeal", user, "{\"version\":4,\"reason\":\"Unfair\"}");
        }
        must(HOST.postJson(appraisal + "/appeal", "bob", "{\"version\":4,\"reason\":\"Unfair\"}"));
        return HOST.postJson(appraisal + "/appeal-resolution", user,
                "{\"version\":5,\"outcome\":\"upheld\",\"comment\":\"Stands\"}");
    }

    /** The setting a GET_ or PUT_ endpoint reads or writes back; {@code null} for the other endpoints. */
    private static String setting(Endpoint endpoint) {
        return switch (endpoint) {
            case GET_SCHEME, PUT_SCHEME -> "/settings/appraisal-scheme";
            case GET_LEVELS, PUT_LEVELS -> "/settings/levels";
            case GET_THRESHOLDS, PUT_THRESHOLDS -> "/settings/tracking-thresholds";
            case GET_MANAGERS, PUT_MANAGERS -> "/people/bob/managers";
            default -> null;
        };
    }

    /** Puts back, as the caller, what alice (who may read everything) reads at the path. */
    private HttpResponse<String> putAsAliceHasIt(String path) throws Exception {
        return AppraisalHttp.putJson(HOST, BASE + path, user, HOST.get(BASE + path, "alice").body());
    }

    private static HttpResponse<String> must(HttpResponse<String> response) {
        if (response.statusCode() >= 300) {
            throw new AssertionError("preparing failed: " + response.statusCode() + " " + response.body());
        }
        return response;
    }
}
