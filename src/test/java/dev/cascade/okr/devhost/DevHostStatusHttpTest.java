package dev.cascade.okr.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.port.GoalQueries;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.KeyResultStore;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.jira.JiraSnapshotJob;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.After;
import org.junit.Test;

/**
 * {@code GET /status} answers 200 only once the dev host's sample data is in place — the plugin told that the
 * application started, the sample cascade seeded, measured and back-filled — and 503 before; the plugin's daily job is
 * scheduled only when the application has started, as in Jira, and its runner unregistered when the plugin stops.
 */
public class DevHostStatusHttpTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private Path dataDir;
    private DevHostServer server;

    @After
    public void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Test
    public void shouldAnswer503UntilTheSampleDataIsInPlaceThen200() throws Exception {
        dataDir = Files.createTempDirectory("cascade-devhost-status");
        server = DevHostServer.open(new DevHostConfig(0, dataDir, false, true).withSampleCascade());

        HttpResponse<String> before = status();
        assertEquals(before.body(), 503, before.statusCode());
        assertEquals("1", before.headers().firstValue("Retry-After").orElse(null));
        assertFalse(server.isReady());
        GoalQueries queries = server.plugin().bean(GoalQueries.class);
        KeyResultStore keyResultStore = server.plugin().bean(KeyResultStore.class);
        assertTrue("nothing is seeded before /status is ready",
                queries.find(GoalQuery.all().withLevel("company")).items().isEmpty());

        server.prepare();

        HttpResponse<String> after = status();
        assertEquals(after.body(), 200, after.statusCode());
        assertEquals("ready\n", after.body());
        // What 200 promises: the sample cascade is there, measured and with a past.
        assertTrue(queries.find(GoalQuery.all().withLevel("company")).items().stream()
                .anyMatch(goal -> goal.objective().title().equals(SampleCascade.COMPANY_TITLE)));
        List<KeyResultId> linked = keyResultStore.linkedKeyResults();
        assertFalse(linked.isEmpty());
        TrackingStore tracking = server.plugin().bean(TrackingStore.class);
        assertTrue("back-filled history", linked.stream().anyMatch(id -> tracking.snapshots(id,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 1)).size() > 1));
    }

    @Test
    public void shouldScheduleTheDailyJobOnlyWhenTheApplicationHasStarted() throws Exception {
        dataDir = Files.createTempDirectory("cascade-devhost-status");
        server = DevHostServer.open(new DevHostConfig(0, dataDir, false, false));

        assertTrue("scheduled while Spring built the beans", server.scheduler().job(JiraSnapshotJob.JOB).isEmpty());
        assertFalse(server.scheduler().isRegistered(JiraSnapshotJob.RUNNER));

        server.prepare();

        assertTrue(server.scheduler().job(JiraSnapshotJob.JOB).isPresent());
        assertTrue(server.scheduler().isRegistered(JiraSnapshotJob.RUNNER));
        assertEquals(200, status().statusCode());

        DevScheduler scheduler = server.scheduler();
        server.close();
        server = null;
        assertFalse("the runner outlives the plugin", scheduler.isRegistered(JiraSnapshotJob.RUNNER));
    }

    private HttpResponse<String> status() throws Exception {
        URI uri = server.baseUri().resolve("status");
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
