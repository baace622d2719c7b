package dev.cascade.okr.devhost;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.ClassRule;

/**
 * What the HTTP tests against the dev host share: a freshly seeded dev host of their own ({@link #HOST}), PUT and
 * DELETE and goal creation over HTTP ({@link #http}), and reading an answer that must have a status.
 */
public abstract class DevHostHttpTest {

    /**
     * The dev host: a class rule is applied once for each test class that runs, so every test class starts a freshly
     * seeded dev host of its own and stops it afterwards.
     */
    @ClassRule
    public static final DevHostFixture HOST = DevHostFixture.seeded();

    /** PUT, DELETE and goal creation on {@link #HOST}. */
    protected final GoalsHttp http = new GoalsHttp(HOST);

    /** The JSON of an answer that must be 200; the body is shown when it is not. */
    protected static JsonNode ok(HttpResponse<String> response) throws IOException {
        return ok(response, 200);
    }

    /** The JSON of an answer that must have the status; the body is shown when it has not. */
    protected static JsonNode ok(HttpResponse<String> response, int status) throws IOException {
        assertEquals(response.body(), status, response.statusCode());
        return GoalsHttp.JSON.readTree(response.body());
    }

    /**
     * Creates {@link GoalsHttp#goal the sample team goal} of CASC owned by {@code owner} and visible to members, with
     * its metric and issue-driven key results; its id.
     */
    protected long newGoal(String owner) throws IOException, InterruptedException {
        return http.create(owner, GoalsHttp.goal(owner, "members")).path("id").asLong();
    }
}
