package dev.cascade.okr.devhost;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.Test;

/**
 * The fragments a page fetches to update itself in place after a check-in: {@code GET /views/tree/rows} (the rows of
 * the goals at the paths asked, with their key results, placed and with the contribution the page shows, after the
 * change), {@code GET /views/mine} and {@code GET /views/goal/{id}}; a goal the reader may not see is absent from the
 * rows exactly as a missing one (nothing revealed) and 404 as a missing one for a goal's page; bad parameters 400
 * naming the parameter, in the reader's language.
 */
public class RowsFragmentHttpTest extends DevHostHttpTest {

    private static final String ROWS = "/rest/cascade/1.0/views/tree/rows?project=CASC&period=2026-Q1";

    @Test
    public void shouldAnswerEachPlacedRowWithItsProgressAfterACheckIn() throws Exception {
        long parent = newGoal("bob");
        JsonNode child = http.create("bob", GoalsHttp.goal("bob", "members"));
        long childId = child.path("id").asLong();
        long signUps = child.path("keyResults").get(0).path("id").asLong();
        ok(HOST.postJson("/rest/cascade/1.0/goals/" + childId + "/alignments", "bob",
                "{\"parentId\":" + parent + ",\"contribution\":30}"), 201);
        String path = parent + "/" + childId;
        String before = HOST.get(ROWS + "&path=" + parent + "&path=" + path, "bob").body();

        ok(HOST.postJson("/rest/cascade/1.0/key-results/" + signUps + "/check-ins", "bob",
                "{\"value\":410,\"confidence\":7,\"date\":\"2026-02-15\"}"), 201);
        HttpResponse<String> rows = HOST.get(ROWS + "&path=" + parent + "&path=" + path, "bob");

        assertEquals(rows.body(), 200, rows.statusCode());
        assertThat(rows.headers().firstValue("Content-Type").orElse(""), startsWith("text/html"));
        assertThat(rows.body(), containsString("data-path=\"" + parent + "\""));
        assertThat(rows.body(), containsString("data-path=\"" + path + "\""));
        assertThat(rows.body(), containsString("data-key-result-id=\"" + signUps + "\""));
        assertThat(rows.body(), containsString("aria-level=\"2\""));
        assertThat(rows.body(), containsString("30 %"));
        assertThat(rows.body(), containsString("50%")); // 410 of 320 → 500
        assertNotEquals(before, rows.body());
        assertThat(HOST.get(ROWS + "&path=" + path, "zhang").body(), containsString("\u66f4\u65b0\u8fdb\u5c55"));
    }

    @Test
    public void shouldLeaveOutAGoalTheReaderMayNotSeeAsAMissingOne() throws Exception {
        long hidden = http.create("bob", GoalsHttp.goal("bob", "private")).path("id").asLong();
        long visible = newGoal("bob");

        String asZhang = HOST.get(ROWS + "&path=" + hidden + "&path=" + hidden + "/" + visible, "zhang").body();
        String missing = HOST.get(ROWS + "&path=999999&path=999999/" + visible, "zhang").body();

        assertEquals("", asZhang.trim());
        assertEquals(missing, asZhang);
        assertThat(HOST.get(ROWS + "&path=" + hidden, "bob").body(), containsString("data-goal-id=\"" + hidden + "\""));
        HttpResponse<String> page = HOST.get("/rest/cascade/1.0/views/goal/" + hidden + "?project=CASC", "zhang");
        assertEquals(404, page.statusCode());
        assertEquals(code(HOST.get("/rest/cascade/1.0/views/goal/999999?project=CASC", "zhang")), code(page));
        assertEquals(401, HOST.get(ROWS + "&path=" + visible, null).statusCode());
    }

    @Test
    public void shouldRefuseBadParametersNamingThemInTheReadersLanguage() throws Exception {
        long goal = newGoal("bob");
        StringBuilder tooMany = new StringBuilder(ROWS);
        for (int i = 1; i <= 51; i++) {
            tooMany.append("&path=").append(i);
        }

        assertEquals("path", field(HOST.get(ROWS + "&path=1/x", "bob")));
        assertEquals("path", field(HOST.get(ROWS + "&path=0", "bob")));
        assertEquals("path", field(HOST.get(ROWS, "bob")));
        assertEquals("path", field(HOST.get(tooMany.toString(), "bob")));
        assertEquals("project", field(HOST.get("/rest/cascade/1.0/views/tree/rows?project=bad&path=" + goal, "bob")));
        assertEquals("period", field(HOST.get("/rest/cascade/1.0/views/mine?project=CASC", "bob")));
        assertNotEquals(message(HOST.get(ROWS + "&path=x", "bob")), message(HOST.get(ROWS + "&path=x", "zhang")));
        assertEquals(404, HOST.get("/rest/cascade/1.0/views/goal/abc?project=CASC", "bob").statusCode());
    }

    @Test
    public void shouldAnswerMyGoalsAndAGoalsPageAsThePageShowsThem() throws Exception {
        long goal = newGoal("bob");

        HttpResponse<String> mine = HOST.get("/rest/cascade/1.0/views/mine?project=CASC&period=2026-Q1", "bob");
        HttpResponse<String> page = HOST.get("/rest/cascade/1.0/views/goal/" + goal + "?project=CASC", "bob");

        assertEquals(mine.body(), 200, mine.statusCode());
        assertThat(mine.body(), containsString("class=\"cascade-mine\""));
        assertThat(mine.body(), containsString("Weekly sign-ups reach 500"));
        assertEquals(page.body(), 200, page.statusCode());
        assertThat(page.body(), containsString("cascade-goal-page"));
        assertThat(page.body(), containsString("class=\"cascade-goal-act\""));
        assertThat(page.body(), not(containsString("$goalPage")));
    }

    private static String field(HttpResponse<String> response) throws Exception {
        return ok(response, 400).path("errors").path(0).path("field").asText();
    }

    private static String message(HttpResponse<String> response) throws Exception {
        return ok(response, 400).path("errors").path(0).path("message").asText();
    }

    private static String code(HttpResponse<String> response) throws Exception {
        return GoalsHttp.JSON.readTree(response.body()).path("errors").path(0).path("code").asText();
    }
}
