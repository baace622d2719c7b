package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/**
 * The dev host's REST door refuses what Jira's XSRF check refuses, so that tests see what Jira would: a browser's
 * write from another origin, and a form, plain-text or untyped {@code POST} without {@code X-Atlassian-Token:
 * no-check}; a JSON call of an API client passes. Behind it the plugin refuses every write that is not JSON (415), so
 * that what Jira only logs (a {@code PUT} or {@code DELETE}) or lets through with the token still changes nothing.
 */
public class RestXsrfHttpTest extends DevHostHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BROWSER =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36";
    private static final String EVIL = "https://evil.example";
    private static final byte[] EMPTY_GOAL = "{}".getBytes(StandardCharsets.UTF_8);

    @Test
    public void shouldRefuseWhenAPlainTextOrFormPostHasNoToken() throws Exception {
        // Every plugin POST consumes JSON, so the REST stack refuses these types while choosing the method, before
        // the XSRF check (a filter of the chosen method) runs — in Jira as here; the plugin maps it to its 415.
        String before = HOST.dumpDatabase();
        HttpResponse<String> text = HOST.send("POST", GOALS, "bob", goal(), "Content-Type", "text/plain");
        HttpResponse<String> form = HOST.send("POST", GOALS, "bob", "title=x".getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/x-www-form-urlencoded", "User-Agent", BROWSER, "Origin", origin());

        assertReachedThePlugin(415, text);
        assertReachedThePlugin(415, form);
        assertEquals(before, HOST.dumpDatabase());
    }

    @Test
    public void shouldRefuseWithXsrfWhenAnUntypedPostHasNoToken() throws Exception {
        assertXsrfRefused(() -> HOST.send("POST", GOALS, "bob", null));
        assertXsrfRefused(() -> HOST.send("POST", GOALS, "bob", goal()));
    }

    @Test
    public void shouldRefuseWithXsrfWhenABrowserPostsJsonFromAnotherOrigin() throws Exception {
        assertXsrfRefused(() -> HOST.send("POST", GOALS, "bob", goal(), "Content-Type", "application/json",
                "User-Agent", BROWSER, "Origin", EVIL, "Referer", EVIL + "/page"));
    }

    @Test
    public void shouldRefuseWithXsrfWhenABrowserPostsJsonWithoutOriginOrReferer() throws Exception {
        assertXsrfRefused(() -> HOST.send("POST", GOALS, "bob", goal(), "Content-Type", "application/json",
                "User-Agent", BROWSER));
    }

    @Test
    public void shouldPassXsrfWhenABrowserPostsJsonFromTheSameOrigin() throws Exception {
        assertReachedThePlugin(400, HOST.send("POST", GOALS, "bob", EMPTY_GOAL, "Content-Type", "application/json",
                "User-Agent", BROWSER, "Origin", origin()));
        assertReachedThePlugin(400, HOST.send("POST", GOALS, "bob", EMPTY_GOAL, "Content-Type", "application/json",
                "User-Agent", BROWSER, "Referer", origin() + "/projects/CASC"));
    }

    @Test
    public void shouldLeaveThePluginToRefuseWhenATokenLetsAPlainTextPostThrough() throws Exception {
        String before = HOST.dumpDatabase();

        HttpResponse<String> response = HOST.send("POST", GOALS, "bob", goal(), "Content-Type", "text/plain",
                "X-Atlassian-Token", "no-check");

        assertReachedThePlugin(415, response);
        assertEquals("request.media-type-unsupported", error(response).path("code").asText());
        assertEquals(before, HOST.dumpDatabase());
    }

    @Test
    public void shouldOnlyLogAsJiraDoesWhenAPutOrDeleteFailsTheCheck() throws Exception {
        // Jira logs a failed check of a PUT or DELETE and lets it through; the plugin's own door still refuses.
        HttpResponse<String> put = HOST.send("PUT", GOALS + "/999999", "bob", goal(), "Content-Type", "text/plain");
        assertReachedThePlugin(415, put);
        HttpResponse<String> delete = HOST.send("DELETE", GOALS + "/999999?version=1", "bob", null,
                "User-Agent", BROWSER, "Origin", EVIL);
        assertReachedThePlugin(404, delete);
    }

    @Test
    public void shouldAnswerWhenABrowserReadsFromAnotherOrigin() throws Exception {
        HttpResponse<String> read = HOST.send("GET", GOALS, "bob", null, "User-Agent", BROWSER, "Origin", EVIL);

        assertEquals(read.body(), 200, read.statusCode());
    }

    @Test
    public void shouldCreateWhenAnApiClientPostsJsonInUtf8WithoutToken() throws Exception {
        for (String type : new String[] {"application/json", "application/json; charset=utf-8",
            "application/json;charset=UTF-8"}) {
            HttpResponse<String> created = HOST.send("POST", GOALS, "bob", goal(), "Content-Type", type);
            assertEquals(type + ": " + created.body(), 201, created.statusCode());
        }
    }

    private static byte[] goal() {
        return GoalsHttp.goal("bob", "members").getBytes(StandardCharsets.UTF_8);
    }

    private static String origin() {
        String base = HOST.uri("/").toString();
        return base.substring(0, base.length() - 1);
    }

    /** 403 in Jira's own shape (not the plugin's: Jira answers before the plugin runs), and nothing changed. */
    private static void assertXsrfRefused(BadInputRunner.Call call) throws Exception {
        String before = HOST.dumpDatabase();
        HttpResponse<String> response = call.send();
        assertEquals("nothing changed", before, HOST.dumpDatabase());
        assertEquals(response.body(), 403, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("XSRF check failed", body.path("message").asText());
        assertEquals(403, body.path("status-code").asInt());
    }

    /** The plugin answered, in its own error shape. */
    private static void assertReachedThePlugin(int status, HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals(response.body(), false, error(response).path("code").asText().isEmpty());
    }

    private static JsonNode error(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).path("errors").path(0);
    }
}
