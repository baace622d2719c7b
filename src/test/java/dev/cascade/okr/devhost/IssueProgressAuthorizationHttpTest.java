package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.IssueProgressHttp.KEY_RESULTS;
import static dev.cascade.okr.devhost.IssueProgressHttp.SETTINGS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.WorkLink;
import java.net.http.HttpResponse;
import java.util.Collection;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Who may call the drill-down and the issue-progress settings: anonymous, carol (no CASC access), bob (CASC member),
 * zhang (the goal's owner), pat (CASC administrator) and alice (app administrator). A key result whose goal the caller
 * may not see answers 404, never 403; any signed-in user reads the settings, only app administrators save them.
 */
public class IssueProgressAuthorizationHttpTest extends AuthorizationMatrix<String> {

    @Parameters(name = NAME)
    public static Collection<Object[]> cases() {
        return matrix("""
                GET /key-results/{id}/issues of a members-only goal  401 404 200 200 200 200
                GET /key-results/{id}/issues of a goal for everyone  401 200 200 200 200 200
                GET /key-results/{unknown}/issues                    401 404 404 404 404 404
                GET /key-results/abc/issues                          401 404 404 404 404 404
                GET /settings/issue-progress                         401 200 200 200 200 200
                PUT /settings/issue-progress                         401 403 403 403 403 200
                """);
    }

    @Test
    public void shouldAnswerExpectedStatusWhenCallerCallsEndpoint() throws Exception {
        HttpResponse<String> response = switch (endpoint) {
            case "GET /key-results/{id}/issues of a members-only goal" -> HOST.get(KEY_RESULTS + "/"
                    + IssueProgressHttp.keyResult(HOST, Visibility.MEMBERS, new WorkLink.Epic("CASC-1")).value()
                    + "/issues", user);
            case "GET /key-results/{id}/issues of a goal for everyone" -> HOST.get(KEY_RESULTS + "/"
                    + IssueProgressHttp.keyResult(HOST, Visibility.EVERYONE, new WorkLink.Epic("CASC-1")).value()
                    + "/issues", user);
            case "GET /key-results/{unknown}/issues" -> HOST.get(KEY_RESULTS + "/" + unknown() + "/issues", user);
            case "GET /key-results/abc/issues" -> HOST.get(KEY_RESULTS + "/abc/issues", user);
            case "GET /settings/issue-progress" -> HOST.get(SETTINGS, user);
            case "PUT /settings/issue-progress" -> AppraisalHttp.putJson(HOST, SETTINGS, user,
                    "{\"version\":" + version() + ",\"storyPointField\":null,\"countSubTasks\":true}");
            default -> throw new IllegalArgumentException(endpoint);
        };

        assertStatus(response);
        if (status == 200 && endpoint.startsWith("GET /settings")) {
            // The rows run in order: every read comes before the one save (alice's, last), so these are the defaults.
            JsonNode read = AppraisalHttp.json(response);
            assertEquals(0, read.path("version").asLong());
            assertTrue(read.path("storyPointField").isNull());
            assertFalse(read.path("countSubTasks").asBoolean(true));
        }
        if (status >= 400) {
            assertEquals(response.body(), switch (status) {
                case 401 -> "auth.required";
                case 403 -> "auth.forbidden";
                default -> "key-result.not-found";
            }, AppraisalHttp.json(response).path("errors").path(0).path("code").asText());
        }
    }

    private static long unknown() {
        KeyResultId last = IssueProgressHttp.keyResult(HOST, Visibility.EVERYONE, new WorkLink.Epic("CASC-1"));
        return last.value() + 100_000;
    }

    private static long version() throws Exception {
        return AppraisalHttp.json(HOST.get(SETTINGS, "alice")).path("version").asLong();
    }
}
