package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.JSON;
import static dev.cascade.okr.devhost.KeyResultsHttp.KEY_RESULTS;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Who may read and list key results: {@code GET /key-results/{id}} and {@code GET /key-results} against a fresh CASC
 * goal of zhang's with two key results, visible to members or private, called by anonymous, carol (no CASC access),
 * bob (CASC member), zhang (the owner), pat (CASC administrator) and alice (app administrator). A key result whose
 * goal the caller may not see answers 404 (never 403) and is left out of lists and their totals.
 */
@RunWith(Parameterized.class)
public class KeyResultReadAuthorizationHttpTest {

    @ClassRule
    public static final DevHostFixture HOST = DevHostFixture.seeded();

    private static final String[] CALLERS = {null, "carol", "bob", "zhang", "pat", "alice"};

    @Parameters(name = "{0} as {1} -> {2}")
    public static Collection<Object[]> cases() {
        List<Object[]> cases = new ArrayList<>();
        add(cases, "GET /key-results/{id} of a members goal", "401", "404", "200", "200", "200", "200");
        add(cases, "GET /key-results/{id} of a private goal", "401", "404", "404", "200", "404", "200");
        add(cases, "GET /key-results listing a members goal", "401", "200 hidden", "200 listed", "200 listed",
                "200 listed", "200 listed");
        add(cases, "GET /key-results listing a private goal", "401", "200 hidden", "200 hidden", "200 listed",
                "200 hidden", "200 listed");
        return cases;
    }

    private static void add(List<Object[]> cases, String endpoint, String... expected) {
        for (int i = 0; i < CALLERS.length; i++) {
            cases.add(new Object[] {endpoint, CALLERS[i] == null ? "anonymous" : CALLERS[i], expected[i]});
        }
    }

    private final String endpoint;
    private final String user;
    private final String expected;

    public KeyResultReadAuthorizationHttpTest(String endpoint, String caller, String expected) {
        this.endpoint = endpoint;
        this.user = "anonymous".equals(caller) ? null : caller;
        this.expected = expected;
    }

    @Test
    public void shouldAnswerExpectedStatusWhenCallerReadsOrLists() throws Exception {
        Visibility visibility = endpoint.contains("private") ? Visibility.PRIVATE : Visibility.MEMBERS;
        StoredObjective goal = KeyResultListHttp.store(HOST, "Zhang's goal", "CASC", "team", "zhang", visibility,
                Lifecycle.ACTIVE, 2);
        Set<Long> ids = goal.keyResults().stream().map(k -> k.id().value()).collect(Collectors.toSet());

        if (endpoint.startsWith("GET /key-results/{id}")) {
            HttpResponse<String> response = HOST.get(KEY_RESULTS + "/" + goal.keyResults().get(1).id().value(), user);
            assertEquals(response.body(), expected, String.valueOf(response.statusCode()));
            if (response.statusCode() == 404) {
                assertEquals("key-result.not-found", JSON.readTree(response.body()).path("errors").path(0)
                        .path("code").asText());
            }
            return;
        }
        HttpResponse<String> response = HOST.get(KEY_RESULTS + "?owner=zhang&period=2031&limit=100", user);
        if (expected.equals("401")) {
            assertEquals(response.body(), 401, response.statusCode());
            return;
        }
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode page = JSON.readTree(response.body());
        Set<Long> listed = StreamSupport.stream(page.path("items").spliterator(), false)
                .map(item -> item.path("id").asLong()).collect(Collectors.toSet());
        boolean shown = listed.containsAll(ids);
        assertEquals(response.body(), expected, "200 " + (shown ? "listed" : listed.stream().anyMatch(ids::contains)
                ? "partly" : "hidden"));
        assertEquals(page.path("items").size(), page.path("total").asInt());
    }
}
