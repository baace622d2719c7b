package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;

import dev.cascade.okr.core.model.ObjectiveId;
import java.net.http.HttpResponse;
import java.util.Collection;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Who may change an alignment's contribution: a fresh CASC goal owned by zhang (visible to members) aligned to a CASC
 * goal of bob's, changed by anonymous, carol (no CASC access), bob (CASC member, may see but not change the child),
 * zhang (the owner), pat (CASC administrator) and alice (app administrator). A goal the caller may not see answers
 * 404, never 403.
 */
public class AlignmentContributionAuthorizationHttpTest extends AuthorizationMatrix<String> {

    @Parameters(name = NAME)
    public static Collection<Object[]> cases() {
        return matrix("""
                PUT /goals/{id}/alignments/{parentId}  401 404 403 200 200 200
                """);
    }

    private final GoalsHttp http = new GoalsHttp(HOST);

    @Test
    public void shouldAnswerExpectedStatusWhenCallerCallsEndpoint() throws Exception {
        long id = http.create("zhang", GoalsHttp.goal("zhang", "members")).path("id").asLong();
        long parent = http.create("bob", GoalsHttp.goal("bob", "members")).path("id").asLong();
        KeyResultsHttp.align(HOST, new ObjectiveId(id), new ObjectiveId(parent), 50);
        String before = snapshot();

        HttpResponse<String> response = switch (endpoint) {
            case "PUT /goals/{id}/alignments/{parentId}" -> http.put(GOALS + "/" + id + "/alignments/" + parent,
                    user, "{\"contribution\":25,\"version\":1}");
            default -> throw new AssertionError(endpoint);
        };

        assertStatus(response);
        assertUnchangedWhenRefusedOrRead(false, before);
    }
}
