package dev.cascade.okr.bench;

import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.tracking.CheckIn;
import dev.cascade.okr.devhost.DevHostConfig;
import dev.cascade.okr.devhost.DevHostServer;
import dev.cascade.okr.devhost.ao.StatementCounter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
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
 * Issue 16's check-in write (target ≤ 4 ms p50 and ≤ 16 statements on PostgreSQL) and goal read (≤ 2 ms p50), over
 * HTTP on a started dev host on H2, or on PostgreSQL when the forked JVM gets {@code -Dcascade.pg.url} (plus
 * {@code cascade.pg.user} and {@code cascade.pg.password}; that database IS WIPED).
 *
 * <p><b>The data</b> (the comparison with an open-source OKR server): {@code keyResults} / 4 goals of last
 * year in CASC, owned by alice and visible to everyone, with 4 metric key results each, and 5 check-ins per key result
 * stored through the plugin's tracking store — 200 goals / 800 key results / 4,000 check-ins, and ten times that.
 *
 * <p><b>What is measured</b>, as alice (basic authentication):
 * <ul>
 *   <li>{@link #checkIn}: {@code POST /rest/cascade/1.0/key-results/{id}/check-ins} with a value, the key results
 *       taken in turn (so the benchmark is itself a stream of writes over every goal); each answer must be 201.</li>
 *   <li>{@link #goalRead}: {@code GET /rest/cascade/1.0/goals/{id}}, the goals taken in turn, each answer 200.</li>
 * </ul>
 * The set-up records one check-in and one goal read with the dev host's {@link StatementCounter} and prints their
 * statements and transactions ({@code [statements]} lines), so every run says what it cost the database.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CheckInBenchmark {

    private static final int KEY_RESULTS_PER_GOAL = 4;
    private static final int CHECK_INS_PER_KEY_RESULT = 5;
    private static final String API = "/rest/cascade/1.0";

    /** How many key results: 800 (200 goals, 4,000 check-ins) or 8,000 (2,000 goals, 40,000 check-ins). */
    @Param({"800", "8000"})
    public int keyResults;

    private DevHostServer host;
    private HttpClient client;
    private String auth;
    private final List<Long> goals = new ArrayList<>();
    private final List<Long> keyResultIds = new ArrayList<>();
    private int nextKeyResult;
    private int nextGoal;
    private int value;
    private String checkInDay;

    /** Starts the dev host, stores the goals and check-ins, and records what one check-in and one read cost. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        boolean ready = false;
        try {
            prepare();
            ready = true;
        } finally {
            if (!ready && host != null) {
                host.close();
            }
        }
    }

    private void prepare() throws Exception {
        // Storing 40,000 check-ins one by one through the store takes minutes, so the data of a size is kept (in
        // target/bench-checkin) and reused by the next benchmark method of the same size and database.
        DevHostConfig.Postgres postgres = BenchDatabase.postgres();
        Path kept = Path.of("target", "bench-checkin").toAbsolutePath();
        Path dataDir = kept.resolve((postgres == null ? "h2-" : "pg-") + keyResults);
        Path ids = dataDir.resolve("ids.txt");
        Path lastOnPostgres = kept.resolve("pg-last.txt");
        boolean reuse = Files.exists(ids) && (postgres == null || (Files.exists(lastOnPostgres)
                && Files.readString(lastOnPostgres).equals(keyResults + " " + postgres.url())));
        Files.createDirectories(dataDir);
        host = DevHostServer.start(new DevHostConfig(0, dataDir, !reuse, false, postgres));
        int year = LocalDate.now(ZoneOffset.UTC).getYear() - 1;
        checkInDay = year + "-12-01";
        long started = System.nanoTime();
        if (reuse) {
            List<String> lines = Files.readAllLines(ids);
            lines.get(0).lines().flatMap(l -> List.of(l.split(" ")).stream()).map(Long::valueOf).forEach(goals::add);
            List.of(lines.get(1).split(" ")).stream().map(Long::valueOf).forEach(keyResultIds::add);
        } else {
            store(year);
            Files.writeString(ids, String.join(" ", goals.stream().map(String::valueOf).toList()) + "\n"
                    + String.join(" ", keyResultIds.stream().map(String::valueOf).toList()) + "\n");
            if (postgres != null) {
                Files.writeString(lastOnPostgres, keyResults + " " + postgres.url());
            }
        }
        System.out.printf("%n[data] %s: %d goals, %d key results, %d check-ins %s in %d ms%n",
                host.activeObjects().database().kind(), goals.size(), keyResultIds.size(),
                keyResultIds.size() * CHECK_INS_PER_KEY_RESULT, reuse ? "(kept from an earlier trial) opened"
                        : "stored", (System.nanoTime() - started) / 1_000_000);
        client = HttpClient.newHttpClient();
        auth = "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 50; i++) {
            checkIn();
            goalRead();
        }
        StatementCounter counter = host.activeObjects().database().statementCounter();
        try (StatementCounter.Recording recording = counter.record()) {
            checkIn();
            System.out.println("[statements] check-in: " + recording);
        }
        try (StatementCounter.Recording recording = counter.record()) {
            goalRead();
            System.out.println("[statements] goal read: " + recording);
        }
    }

    private void store(int year) {
        GoalStore goalStore = host.plugin().bean(GoalStore.class);
        TrackingStore tracking = host.plugin().bean(TrackingStore.class);
        Instant now = Instant.now();
        UserRef alice = new UserRef("alice");
        for (int g = 0; g < keyResults / KEY_RESULTS_PER_GOAL; g++) {
            List<NewKeyResult> metrics = new ArrayList<>();
            for (int k = 0; k < KEY_RESULTS_PER_GOAL; k++) {
                metrics.add(new NewKeyResult(new KeyResultFields("Metric " + k, new Weight(2500),
                        new MetricMeasure(Direction.INCREASE, BigDecimal.ZERO, TargetTiers.of(BigDecimal.valueOf(100)),
                                "points"), null), new Measured(Progress.noData(NoDataReason.NO_CHECK_IN), null)));
            }
            StoredObjective goal = goalStore.insert(new NewObjective(new ObjectiveFields("Goal " + g, "", alice,
                    "team", Period.year(year), new OrgUnit.Project("CASC"), GoalType.RESULT, Lifecycle.ACTIVE,
                    Visibility.EVERYONE, false), metrics), "alice", now);
            goals.add(goal.id().value());
            for (var keyResult : goal.keyResults()) {
                keyResultIds.add(keyResult.id().value());
                for (int c = 1; c <= CHECK_INS_PER_KEY_RESULT; c++) {
                    tracking.append(new CheckIn(new KeyResultId(keyResult.id().value()),
                            Optional.of(BigDecimal.valueOf(c * 10L)), 7, "week " + c, "", "", "", alice,
                            LocalDate.of(year, c, 15), now));
                }
            }
        }
    }

    /** Stops the dev host. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (host != null) {
            host.close();
        }
    }

    /** One check-in over HTTP, on the next key result in turn. */
    @Benchmark
    public int checkIn() throws Exception {
        long keyResult = keyResultIds.get(nextKeyResult++ % keyResultIds.size());
        String body = "{\"value\":" + (value++ % 100) + ",\"confidence\":7,\"progressNote\":\"benchmark\","
                + "\"date\":\"" + checkInDay + "\"}";
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri("/key-results/" + keyResult
                        + "/check-ins")).header("Authorization", auth).header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return expect(201, answer);
    }

    /** One goal with its key results over HTTP, the next goal in turn. */
    @Benchmark
    public int goalRead() throws Exception {
        long goal = goals.get(nextGoal++ % goals.size());
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri("/goals/" + goal))
                .header("Authorization", auth).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return expect(200, answer);
    }

    private URI uri(String path) {
        return host.baseUri().resolve(API + path);
    }

    private static int expect(int status, HttpResponse<String> answer) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body().length();
    }
}
