package dev.cascade.okr.devhost;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The walking skeleton over real HTTP: an objective created through REST on the sample project, its key result's
 * progress computed from the epic's issues, shown on the project page, and following an issue moved to Done.
 */
public class WalkingSkeletonHttpTest {

    private static final String OBJECTIVES = "/rest/cascade/1.0/objectives";
    private static final ObjectMapper JSON = new ObjectMapper();
    @ClassRule
    public static final DevHostFixture host = DevHostFixture.seeded();

    @Test
    public void shouldAnswerStatusWhenReady() throws Exception {
        HttpResponse<String> status = host.get("/status", null);

        assertEquals(200, status.statusCode());
    }

    @Test
    public void shouldShowSeededObjectiveWithProgressFromIssuesWhenProjectPageOpens() throws Exception {
        HttpResponse<String> page = host.get("/projects/CASC", "bob");

        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("Customers onboard themselves"));
        assertThat(page.body(), containsString("2 / 6"));
        assertThat(page.body(), containsString("33%"));
        assertThat(page.body(), containsString("This is not Jira"));
    }

    @Test
    public void shouldFollowIssueToDoneWhenKeyResultLinksEpic() throws Exception {
        HttpResponse<String> created = host.postJson(OBJECTIVES, "bob", "{\"title\":\"Customers pay online\","
                + "\"projectKey\":\"CASC\",\"keyResults\":[{\"title\":\"Billing revamp shipped\","
                + "\"epicKey\":\"CASC-8\"}]}");
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode objective = JSON.readTree(created.body());
        JsonNode keyResult = objective.path("keyResults").path(0);
        assertEquals(25, keyResult.path("progress").path("percent").asInt());
        assertEquals(4, keyResult.path("issuesTotal").asInt());
        assertThat(host.get("/projects/CASC", "bob").body(), containsString("Billing revamp shipped"));

        HttpResponse<String> moved = host.moveIssue("CASC-10", "Done", "bob");
        assertEquals(moved.body(), 200, moved.statusCode());

        // The listener's recompute runs in the background, a moment after the event: wait for it.
        JsonNode after = host.awaitJson(OBJECTIVES + "/" + objective.path("id").asLong(), "bob",
                json -> json.path("keyResults").path(0).path("progress").path("percent").asInt() == 50);
        assertEquals(50, after.path("keyResults").path(0).path("progress").path("percent").asInt());
        assertEquals(50, after.path("progress").path("percent").asInt());
        String page = host.get("/projects/CASC", "bob").body();
        assertThat(page, containsString("2 / 4"));
        assertThat(page, containsString("50%"));

        host.moveIssue("CASC-10", "In Progress", "bob");
        JsonNode back = host.awaitJson(OBJECTIVES + "/" + objective.path("id").asLong(), "bob",
                json -> json.path("keyResults").path(0).path("progress").path("percent").asInt() == 25);
        assertEquals(25, back.path("keyResults").path(0).path("progress").path("percent").asInt());
    }

    @Test
    public void shouldReportNoDataInsteadOfZeroWhenEpicIsEmpty() throws Exception {
        HttpResponse<String> created = host.postJson(OBJECTIVES, "alice", "{\"title\":\"Mobile customers\","
                + "\"projectKey\":\"CASC\",\"keyResults\":[{\"title\":\"App in stores\",\"epicKey\":\"CASC-13\"}]}");

        assertEquals(created.body(), 201, created.statusCode());
        JsonNode progress = JSON.readTree(created.body()).path("keyResults").path(0).path("progress");
        assertThat(progress.path("known").asBoolean(), is(false));
        assertEquals("EMPTY_EPIC", progress.path("noDataReason").asText());
        assertThat(host.get("/projects/CASC", "alice").body(), containsString("No issues in the epic"));
    }

    @Test
    public void shouldListOnlyProjectsTheUserMayBrowseWhenCarolLooks() throws Exception {
        HttpResponse<String> page = host.get("/projects/CASC", "carol");
        HttpResponse<String> list = host.get(OBJECTIVES + "?project=CASC", "carol");

        assertEquals(404, page.statusCode());
        assertEquals(404, list.statusCode());
        assertThat(list.body(), not(containsString("Customers onboard themselves")));
    }

    @Test
    public void shouldRenderPanelInChineseWhenUserPrefersChinese() throws Exception {
        String page = host.get("/projects/CASC", "zhang").body();

        assertThat(page, containsString("\u76ee\u6807\u4e0e\u5173\u952e\u7ed3\u679c"));
    }
}
