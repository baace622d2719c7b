package dev.cascade.okr.devhost;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/**
 * {@code GET /rest/cascade/1.0/views/tree/{id}}: the rows below a goal of the Goals page's tree, rendered on the server
 * for an expand — the children a reader may see with their key results, placed at the path and level asked, in the
 * reader's language, every stored text escaped; the access of {@code GET /goals/{id}/tree} (anonymous 401, a hidden
 * goal the same 404 as a missing one); bad parameters 400 naming the parameter.
 */
public class TreeFragmentHttpTest extends DevHostHttpTest {

    private static final String VIEWS = "/rest/cascade/1.0/views/tree/";

    @Test
    public void shouldAnswerTheChildrensRowsAtThePathAndLevelAsked() throws Exception {
        long parent = newGoal("bob");
        long child = http.create("bob", GoalsHttp.goal("bob", "members")
                .replace("Raise weekly sign-ups to 500", "Child <script>alert(1)</script>")).path("id").asLong();
        ok(HOST.postJson("/rest/cascade/1.0/goals/" + child + "/alignments", "bob",
                "{\"parentId\":" + parent + ",\"contribution\":30}"), 201);

        HttpResponse<String> rows = HOST.get(fragment(parent, "7/" + parent, "2"), "bob");

        assertEquals(rows.body(), 200, rows.statusCode());
        assertThat(rows.headers().firstValue("Content-Type").orElse(""), startsWith("text/html"));
        assertThat(rows.body(), containsString("data-path=\"7/" + parent + "/" + child + "\""));
        assertThat(rows.body(), containsString("aria-level=\"2\""));
        assertThat(rows.body(), containsString("Child &lt;script&gt;alert(1)&lt;/script&gt;"));
        assertThat(rows.body(), not(containsString("<script>alert(1)")));
        assertThat(rows.body(), containsString("30 %"));
        assertThat(HOST.get(fragment(parent, Long.toString(parent), "1"), "zhang").body(),
                containsString("\u5c55\u5f00\u6216\u6536\u8d77\u4e0b\u7ea7")); // the toggle's label, for zhang
    }

    @Test
    public void shouldAnswerAsForAMissingGoalWhenTheReaderMayNotSeeIt() throws Exception {
        long hidden = http.create("bob", GoalsHttp.goal("bob", "private")).path("id").asLong();

        HttpResponse<String> asCarol = HOST.get(fragment(hidden, Long.toString(hidden), "1"), "zhang");
        HttpResponse<String> missing = HOST.get(fragment(999_999, "999999", "1"), "zhang");

        assertEquals(asCarol.body(), 404, asCarol.statusCode());
        assertEquals(missing.statusCode(), asCarol.statusCode());
        assertEquals(code(missing), code(asCarol));
        assertEquals(401, HOST.get(fragment(hidden, Long.toString(hidden), "1"), null).statusCode());
    }

    @Test
    public void shouldRefuseBadParametersNamingThem() throws Exception {
        long goal = newGoal("bob");
        String path = Long.toString(goal);

        assertEquals("project", field(HOST.get(VIEWS + goal + "?project=bad&path=" + path + "&level=1", "bob")));
        assertEquals("path", field(HOST.get(VIEWS + goal + "?project=CASC&path=1/x&level=1", "bob")));
        assertEquals("path", field(HOST.get(VIEWS + goal + "?project=CASC&path=5&level=1", "bob")));
        assertEquals("level", field(HOST.get(VIEWS + goal + "?project=CASC&path=" + path + "&level=0", "bob")));
        assertEquals("level", field(HOST.get(VIEWS + goal + "?project=CASC&path=" + path + "&level=99", "bob")));
        assertEquals(404, HOST.get(VIEWS + "abc?project=CASC&path=1&level=1", "bob").statusCode());
    }

    private static String fragment(long id, String path, String level) {
        return VIEWS + id + "?project=CASC&period=2026-Q1&path=" + URLEncoder.encode(path, StandardCharsets.UTF_8)
                + "&level=" + level;
    }

    private static String field(HttpResponse<String> response) throws Exception {
        JsonNode error = ok(response, 400).path("errors").path(0);
        return error.path("field").asText();
    }

    private static String code(HttpResponse<String> response) throws Exception {
        return GoalsHttp.JSON.readTree(response.body()).path("errors").path(0).path("code").asText();
    }
}
