package dev.cascade.okr.devhost;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cascade.okr.devhost.jira.DevIssue;
import dev.cascade.okr.devhost.jira.SampleJira;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The dev-only issue endpoints and the issue page's story points field: each change publishes an issue event, as
 * Jira does, and bad input or a person without access changes nothing.
 */
public class DevIssueEndpointHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @ClassRule
    public static final DevHostFixture host = DevHostFixture.seeded();

    private final Recorder recorder = new Recorder();

    /** Listens on the dev host's event bus alongside the plugin. */
    public static final class Recorder {
        final List<IssueEvent> events = new CopyOnWriteArrayList<>();

        /** Records an issue event. */
        @EventListener
        public void onIssueEvent(IssueEvent event) {
            events.add(event);
        }
    }

    @Before
    public void listen() {
        host.server().events().register(recorder);
    }

    @After
    public void stopListening() {
        host.server().events().unregister(recorder);
    }

    @Test
    public void shouldPublishOneUpdateEventWhenStoryPointsAreEditedThroughTheDevEndpoint() throws Exception {
        HttpResponse<String> edited = host.postJson("/dev/issues/CASC-5", "bob", "{\"storyPoints\":5}");

        assertEquals(edited.body(), 200, edited.statusCode());
        assertEquals(5.0, JSON.readTree(edited.body()).path("storyPoints").asDouble(), 0);
        assertEquals(Double.valueOf(5.0), issue("CASC-5").storyPoints());
        assertEquals(1, recorder.events.size());
        IssueEvent event = recorder.events.get(0);
        assertEquals("CASC-5", event.getIssue().getKey());
        assertEquals(Long.valueOf(2L), event.getEventTypeId());
        assertEquals("bob", event.getUser().getKey());
    }

    @Test
    public void shouldMoveResolveAndPublishGenericEventWhenStatusIsSentToTheDevEndpoint() throws Exception {
        HttpResponse<String> moved = host.postJson("/dev/issues/CASC-6", "bob",
                "{\"status\":\"Done\",\"storyPoints\":null}");

        assertEquals(moved.body(), 200, moved.statusCode());
        DevIssue issue = issue("CASC-6");
        assertEquals(SampleJira.DONE, issue.getStatus());
        assertNotNull(issue.getResolutionDate());
        assertNull(issue.storyPoints());
        assertEquals(1, recorder.events.size());
        assertEquals(Long.valueOf(13L), recorder.events.get(0).getEventTypeId());
    }

    @Test
    public void shouldRefuseNamingStoryPointsWhenTheValueIsNotANumberFromZeroToAThousand() throws Exception {
        for (String bad : List.of("-1", "1000.5", "\"abc\"", "true", "\"1e3\"", "[5]")) {
            HttpResponse<String> refused = host.postJson("/dev/issues/CASC-7", "bob", "{\"storyPoints\":" + bad + "}");

            assertEquals(bad + ": " + refused.body(), 400, refused.statusCode());
            JsonNode body = JSON.readTree(refused.body());
            assertEquals(bad, "storyPoints", body.path("field").asText());
            assertThat(body.path("message").asText(), containsString("from 0 to 1000"));
        }
        HttpResponse<String> chinese = host.postJson("/dev/issues/CASC-7", "zhang", "{\"storyPoints\":-1}");
        assertThat(JSON.readTree(chinese.body()).path("message").asText(), containsString("\u6545\u4e8b\u70b9"));
        assertEquals(Double.valueOf(2.0), issue("CASC-7").storyPoints());
        assertEquals(List.of(), recorder.events);
    }

    @Test
    public void shouldRefuseWhenPersonIsAnonymousOrMayNotBrowseOrIssueIsUnknown() throws Exception {
        assertEquals(401, host.postJson("/dev/issues/CASC-11", null, "{\"status\":\"Done\"}").statusCode());
        assertEquals(403, host.postJson("/dev/issues/CASC-11", "carol", "{\"status\":\"Done\"}").statusCode());
        assertEquals(404, host.postJson("/dev/issues/CASC-999", "bob", "{\"status\":\"Done\"}").statusCode());
        assertEquals(400, host.postJson("/dev/issues/CASC-11", "bob", "{\"status\":\"Blocked\"}").statusCode());
        assertEquals(400, host.postJson("/dev/issues/CASC-11", "bob", "{\"points\":3}").statusCode());
        assertEquals(400, host.postJson("/dev/issues/CASC-11", "bob", "not json").statusCode());

        assertEquals(SampleJira.TO_DO, issue("CASC-11").getStatus());
        assertEquals(List.of(), recorder.events);
    }

    @Test
    public void shouldApplyEveryChangeAndPublishOneEventPerIssueWhenABulkChangeIsSent() throws Exception {
        HttpResponse<String> bulk = host.postJson("/dev/issues/bulk", "alice", "[{\"key\":\"WEB-3\",\"status\":"
                + "\"Done\"},{\"key\":\"WEB-4\",\"storyPoints\":8},{\"key\":\"WEB-3\",\"storyPoints\":1.5}]");

        assertEquals(bulk.body(), 200, bulk.statusCode());
        assertEquals(2, JSON.readTree(bulk.body()).path("changed").asInt());
        assertEquals(SampleJira.DONE, issue("WEB-3").getStatus());
        assertEquals(Double.valueOf(1.5), issue("WEB-3").storyPoints());
        assertEquals(Double.valueOf(8.0), issue("WEB-4").storyPoints());
        assertEquals(List.of("WEB-3", "WEB-4"), recorder.events.stream().map(e -> e.getIssue().getKey()).toList());
    }

    @Test
    public void shouldChangeNothingWhenOneChangeOfABulkIsBadOrForbidden() throws Exception {
        String before = issue("MOB-3").getStatus().getName() + issue("MOB-3").storyPoints();

        HttpResponse<String> bad = host.postJson("/dev/issues/bulk", "bob",
                "[{\"key\":\"MOB-3\",\"status\":\"Done\"},{\"key\":\"MOB-4\",\"storyPoints\":5000}]");
        HttpResponse<String> forbidden = host.postJson("/dev/issues/bulk", "bob",
                "[{\"key\":\"MOB-3\",\"status\":\"Done\"},{\"key\":\"OPS-2\",\"storyPoints\":5}]");

        assertEquals(400, bad.statusCode());
        assertEquals("[1].storyPoints", JSON.readTree(bad.body()).path("field").asText());
        assertEquals(403, forbidden.statusCode());
        assertEquals(before, issue("MOB-3").getStatus().getName() + issue("MOB-3").storyPoints());
        assertEquals(List.of(), recorder.events);
    }

    @Test
    public void shouldShowTranslatedErrorOnTheIssuePageWhenStoryPointsAreBad() throws Exception {
        HttpResponse<String> refused = form("/devhost/issues/CASC-12/points", "bob", "storyPoints=lots");
        HttpResponse<String> saved = form("/devhost/issues/CASC-12/points", "bob", "storyPoints=0.5");

        assertEquals(400, refused.statusCode());
        assertThat(refused.body(), containsString("Story points must be a number from 0 to 1000"));
        assertEquals(303, saved.statusCode());
        assertEquals(Double.valueOf(0.5), issue("CASC-12").storyPoints());
        assertEquals(1, recorder.events.size());
        assertThat(host.get("/browse/CASC-12", "bob").body(), containsString("0.5"));
    }

    private static DevIssue issue(String key) {
        return host.server().sample().issue(key).orElseThrow();
    }

    private static HttpResponse<String> form(String path, String user, String body) throws Exception {
        URI uri = host.uri(path);
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", DevHostFixture.bearer(user))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
