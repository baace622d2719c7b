package dev.cascade.okr.bench;

import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.devhost.DevHostServer;
import dev.cascade.okr.service.kernel.GoalTrees;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4's API targets, measured over real HTTP against a started dev host on H2 (or PostgreSQL: {@link
 * BenchDatabase}): the cascade tree of 10,000 goals (target ≤ 100 ms p95) and a page of 100 goals (target ≤ 20 ms
 * p95), read by the app administrator.
 *
 * <p>The cascade: one company goal, then 9, 90, 900 and 9,000 goals below it (10,000 in all, 4 alignments deep), each
 * with two milestone key results, all visible to everyone in project CASC.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GoalsApiBenchmark {

    private static final int[] LEVELS = {1, 9, 90, 900, 9_000};

    private DevHostServer host;
    private HttpClient client;
    private String auth;
    private URI tree;
    private URI page;
    private final List<Long> leafKeyResults = new ArrayList<>();
    private final List<ObjectiveId> leafGoals = new ArrayList<>();

    /** Starts a dev host on an empty database and stores the cascade through the plugin's own goal store. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        host = DevHostServer.start(BenchDatabase.freshHost("cascade-bench"));
        GoalStore goals = host.plugin().bean(GoalStore.class);
        AlignmentStore alignments = host.plugin().bean(AlignmentStore.class);
        Instant now = Instant.parse("2026-01-15T09:00:00Z");
        List<ObjectiveId> previous = new ArrayList<>();
        ObjectiveId root = null;
        String[] levelKeys = {"company", "department", "team", "individual", "individual"};
        for (int level = 0; level < LEVELS.length; level++) {
            List<ObjectiveId> current = new ArrayList<>();
            for (int i = 0; i < LEVELS[level]; i++) {
                GoalStore.StoredObjective stored = goals.insert(goal(levelKeys[level], level + "-" + i), "alice",
                        now);
                ObjectiveId id = stored.objective().id();
                current.add(id);
                if (level == LEVELS.length - 1) {
                    leafGoals.add(id);
                    leafKeyResults.add(stored.keyResults().get(0).id().value());
                }
                if (level > 0) {
                    ObjectiveId parent = previous.get(i % previous.size());
                    alignments.align(new Alignment(id, parent, Weight.ofPercent(50)), "alice", now);
                } else {
                    root = id;
                }
            }
            previous = current;
        }
        client = HttpClient.newHttpClient();
        auth = "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8));
        tree = host.baseUri().resolve("/rest/cascade/1.0/goals/" + root.value() + "/tree?depth=10");
        page = host.baseUri().resolve("/rest/cascade/1.0/goals?project=CASC&limit=100&offset=0");
        System.out.printf("%n[data] %d goals stored; tree answer %d bytes, page answer %d bytes%n",
                10_000, get(tree).length(), get(page).length());
    }

    /** Stops the dev host. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        host.close();
    }

    /** The whole cascade under the company goal, with rolled-up progress. */
    @Benchmark
    public String cascadeTreeOf10000Goals() throws Exception {
        return get(tree);
    }

    /** The first page of 100 goals of a project. */
    @Benchmark
    public String pageOf100Goals() throws Exception {
        return get(page);
    }

    /**
     * A check-in on a milestone of a deepest goal before each call, by alice over HTTP, not timed: each moves one key
     * result (none, then done, then not done, one day later each round), so every read follows a progress change
     * below the root. With {@code cache = forget}, the set-up then forgets the cascades above that goal
     * ({@code GoalTrees.goalsChanged}), which is what every progress write did until issue 16: the "before".
     */
    @State(Scope.Benchmark)
    public static class AfterACheckIn {

        /** {@code in-place}: as the plugin does now; {@code forget}: as it did before issue 16. */
        @Param({"in-place", "forget"})
        public String cache;
        private int next;

        /** Checks in on the next deepest goal's first key result. */
        @Setup(Level.Invocation)
        public void checkIn(GoalsApiBenchmark api) throws Exception {
            int at = next++ % api.leafKeyResults.size();
            int round = next / api.leafKeyResults.size();
            String body = "{\"value\":" + (round % 2 == 0 ? 1 : 0) + ",\"confidence\":7,\"date\":\""
                    + LocalDate.of(2026, 1, 1).plusDays(round) + "\"}";
            HttpResponse<String> response = api.client.send(HttpRequest.newBuilder(api.host.baseUri().resolve(
                    "/rest/cascade/1.0/key-results/" + api.leafKeyResults.get(at) + "/check-ins"))
                    .header("Authorization", api.auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("check-in answered " + response.statusCode() + ": "
                        + response.body());
            }
            if (cache.equals("forget")) {
                api.host.plugin().bean(GoalTrees.class).goalsChanged(api.leafGoals.get(at));
            }
        }
    }

    /** The whole cascade under the company goal right after a check-in below it (issue 16). */
    @Benchmark
    public String cascadeTreeRightAfterACheckIn(AfterACheckIn write) throws Exception {
        return get(tree);
    }

    private String get(URI uri) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static GoalStore.NewObjective goal(String level, String name) {
        GoalStore.ObjectiveFields fields = new GoalStore.ObjectiveFields("Goal " + name, null, new UserRef("alice"),
                level, Period.year(2026), new OrgUnit.Project("CASC"), GoalType.RESULT, Lifecycle.ACTIVE,
                Visibility.EVERYONE, true);
        List<GoalStore.NewKeyResult> keyResults = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            keyResults.add(new GoalStore.NewKeyResult(new GoalStore.KeyResultFields("Milestone " + k,
                    Weight.ofPercent(50), new MilestoneMeasure("Shipped"), null),
                    new GoalStore.Measured(Progress.noData(NoDataReason.NO_CHECK_IN), null)));
        }
        return new GoalStore.NewObjective(fields, keyResults);
    }
}
