package dev.cascade.okr.bench;

import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.tracking.CheckIn;
import dev.cascade.okr.devhost.DevHostServer;
import dev.cascade.okr.devhost.ao.StatementCounter;
import dev.cascade.okr.devhost.jira.DevIssue;
import dev.cascade.okr.devhost.jira.SampleJira;
import dev.cascade.okr.service.kernel.ProgressService;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A started dev host (H2, or PostgreSQL: {@link BenchDatabase}; that database IS WIPED) for the benchmarks that read
 * while people write (issue 16): project BENCH with {@value #EPICS} epics of 20 stories, a cascade of goals stored
 * through the plugin's stores, and a background writer that sends check-ins ({@code POST /key-results/{id}/check-ins}
 * as alice) and issue events ({@code POST /dev/issues/{key}}: a story of a linked epic moves between To Do and Done,
 * Jira's issue event reaches the plugin's listener and the recompute queue) at a fixed rate, alternating, recording
 * how many it sent and how many were answered.
 */
final class WritingDevHost implements AutoCloseable {

    static final String PROJECT = "BENCH";
    static final int EPICS = 50;
    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");

    final DevHostServer host;
    private final HttpClient client = HttpClient.newHttpClient();
    private final String auth = "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes(
            StandardCharsets.UTF_8));
    private final List<KeyResultId> metrics = new ArrayList<>();
    private final List<String> stories = new ArrayList<>();
    private final List<String> epicKeys = new ArrayList<>();
    private ScheduledExecutorService writer;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<CompletableFuture<Boolean>> pending = new CopyOnWriteArrayList<>();
    private long writerStarted;

    private WritingDevHost(DevHostServer host) {
        this.host = host;
        for (DevIssue issue : host.sample().issuesOf(host.sample().project(PROJECT).orElseThrow())) {
            if (issue.isEpic()) {
                epicKeys.add(issue.getKey());
            } else {
                stories.add(issue.getKey());
            }
        }
    }

    /** Starts the dev host with BENCH's epics on the benchmark's database ({@link BenchDatabase}). */
    static WritingDevHost start() throws Exception {
        return new WritingDevHost(DevHostServer.start(BenchDatabase.freshHost("cascade-bench-writes")
                .withBenchmarkEpics(EPICS)));
    }

    /** Which database the host runs on, for the printed results. */
    String database() {
        return host.activeObjects().database().toString();
    }

    /**
     * Stores a cascade of period 2026 in BENCH, visible to everyone: {@code levels[0]} roots, then each level's goals
     * aligned round-robin to the level above with equal shares; {@code keyResults} key results per goal — for the
     * first {@code 4 × EPICS} goals the first one counts the issues of an epic, every other is a metric with stored
     * progress — and {@code checkIns} check-ins per metric key result (stored straight in the tracking store).
     * Goals and check-ins are written in outer transactions of a few hundred, as a bulk load would. Answers the roots.
     */
    List<ObjectiveId> storeCascade(int[] levels, int keyResults, int checkIns) {
        GoalStore goals = host.plugin().bean(GoalStore.class);
        AlignmentStore alignments = host.plugin().bean(AlignmentStore.class);
        TrackingStore tracking = host.plugin().bean(TrackingStore.class);
        long started = System.nanoTime();
        List<ObjectiveId> roots = new ArrayList<>();
        List<ObjectiveId> above = List.of();
        int made = 0;
        for (int level = 0; level < levels.length; level++) {
            List<ObjectiveId> current = new ArrayList<>();
            for (int from = 0; from < levels[level]; from += 200) {
                int first = from;
                int size = Math.min(200, levels[level] - from);
                int number = made + from;
                List<ObjectiveId> parents = above;
                int depth = level;
                current.addAll(host.activeObjects().executeInTransaction(() -> {
                    List<ObjectiveId> batch = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        StoredObjective stored = goals.insert(goal(depth, number + i, keyResults), "alice", NOW);
                        batch.add(stored.id());
                        if (!parents.isEmpty()) {
                            ObjectiveId parent = parents.get((first + i) % parents.size());
                            alignments.align(new Alignment(stored.id(), parent, Weight.ofPercent(
                                    Math.max(1, 100 / Math.max(1, levels[depth] / parents.size())))), "alice", NOW);
                        }
                        for (StoredKeyResult keyResult : stored.keyResults()) {
                            if (keyResult.keyResult().measure() instanceof MetricMeasure) {
                                metrics.add(keyResult.id());
                            }
                        }
                    }
                    return batch;
                }));
            }
            made += levels[level];
            if (level == 0) {
                roots.addAll(current);
            }
            above = current;
        }
        long goalsStored = System.nanoTime();
        for (int from = 0; from < metrics.size(); from += 100) {
            List<KeyResultId> batch = metrics.subList(from, Math.min(metrics.size(), from + 100));
            host.activeObjects().executeInTransaction(() -> {
                for (KeyResultId keyResult : batch) {
                    for (int c = 0; c < checkIns; c++) {
                        LocalDate day = LocalDate.of(2026, 1 + 2 * c, 10);
                        if (!tracking.append(new CheckIn(keyResult, Optional.of(BigDecimal.valueOf(10 + 10 * c)), 7,
                                "Week " + c, "", "", "", new UserRef("alice"), day,
                                day.atStartOfDay().toInstant(ZoneOffset.UTC))).isValid()) {
                            throw new IllegalStateException("check-in refused for " + keyResult);
                        }
                    }
                }
                return null;
            });
        }
        long checkedIn = System.nanoTime();
        ProgressService.Recompute computed = host.plugin().bean(ProgressService.class).recomputeAll();
        System.out.printf("%n[data] %s: %d goals, %d metric key results with %d check-ins each; goals stored in %d ms,"
                + " check-ins in %d ms; issue progress computed (%s)%n", database(), made, metrics.size(), checkIns,
                (goalsStored - started) / 1_000_000, (checkedIn - goalsStored) / 1_000_000, computed);
        return roots;
    }

    private GoalStore.NewObjective goal(int level, int number, int keyResults) {
        String[] levelKeys = {"company", "department", "team", "individual", "individual"};
        GoalStore.ObjectiveFields fields = new GoalStore.ObjectiveFields("Goal " + level + "-" + number, null,
                new UserRef("alice"), levelKeys[Math.min(level, levelKeys.length - 1)], Period.year(2026),
                new OrgUnit.Project(PROJECT), GoalType.RESULT, Lifecycle.ACTIVE, Visibility.EVERYONE, true);
        List<GoalStore.NewKeyResult> rows = new ArrayList<>();
        for (int k = 0; k < keyResults; k++) {
            Weight weight = Weight.ofPercent(k == 0 ? 100 - (keyResults - 1) * (100 / keyResults) : 100 / keyResults);
            if (k == 0 && number < 4 * EPICS) {
                rows.add(new GoalStore.NewKeyResult(new GoalStore.KeyResultFields("Epic done", weight,
                        IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE,
                                List.of(new WorkLink.Epic(epicKeys.get(number % EPICS)))), null),
                        new Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null)));
            } else {
                rows.add(new GoalStore.NewKeyResult(new GoalStore.KeyResultFields("Metric " + k, weight,
                        new MetricMeasure(Direction.INCREASE, BigDecimal.ZERO, TargetTiers.of(BigDecimal.valueOf(100)),
                                "points"), null), new Measured(Progress.of((number * 7 + k * 13) % 100 / 100.0),
                                null)));
            }
        }
        return new GoalStore.NewObjective(fields, rows);
    }

    /** Answers a GET as alice, failing unless it is 200. */
    String get(String path) throws Exception {
        URI uri = host.baseUri().resolve(path);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private CompletableFuture<Integer> post(String path, String body) {
        return client.sendAsync(HttpRequest.newBuilder(host.baseUri().resolve(path)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).thenApply(HttpResponse::statusCode);
    }

    /**
     * One write of the stream, sent without waiting for the answer (writes arrive at their rate, however long each
     * takes): write {@code n} even is a check-in on a metric, odd an issue moving. Completes with whether it was
     * answered 2xx.
     */
    CompletableFuture<Boolean> write(long n) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (n % 2 == 0) {
            KeyResultId keyResult = metrics.get(random.nextInt(metrics.size()));
            return post("/rest/cascade/1.0/key-results/" + keyResult.value() + "/check-ins", "{\"value\":"
                    + random.nextInt(100) + ",\"confidence\":6,\"date\":\"" + LocalDate.now(ZoneOffset.UTC) + "\"}")
                    .thenApply(status -> status == 201);
        }
        String story = stories.get(random.nextInt(stories.size()));
        DevIssue issue = host.sample().issue(story).orElseThrow();
        String to = issue.getStatus() == SampleJira.DONE ? SampleJira.TO_DO.getName() : SampleJira.DONE.getName();
        return post("/dev/issues/" + story, "{\"status\":\"" + to + "\"}").thenApply(status -> status == 200);
    }

    /** Starts recording the statements the database is sent ({@code DevDatabase.statementCounter}). */
    StatementCounter.Recording recordStatements() {
        return host.activeObjects().database().statementCounter().record();
    }

    /**
     * Starts the background writer: {@code perSecond} writes a second are sent, alternating check-ins and issue
     * events, each without waiting for the one before to be answered.
     */
    void startWriter(int perSecond) {
        writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "bench-writer");
            thread.setDaemon(true);
            return thread;
        });
        writerStarted = System.nanoTime();
        writer.scheduleAtFixedRate(() -> {
            long n = sent.getAndIncrement();
            CompletableFuture<Boolean> written;
            try {
                written = write(n);
            } catch (RuntimeException e) {
                written = CompletableFuture.completedFuture(false);
            }
            pending.add(written.whenComplete((ok, error) -> (Boolean.TRUE.equals(ok) ? answered : failed)
                    .incrementAndGet()));
        }, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
    }

    /**
     * Stops the writer, waits up to a minute for the writes still unanswered, prints the rate at which writes were
     * sent and how many were answered 2xx, and fails unless it sent at least 90 % of {@code perSecond} and every write
     * was answered 2xx: a benchmark "under writes" whose writes did not arrive measured nothing.
     */
    void stopWriter(int perSecond) throws InterruptedException {
        writer.shutdownNow();
        writer.awaitTermination(10, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - writerStarted) / 1e9;
        try {
            CompletableFuture.allOf(pending.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            System.out.println("[writer] not every write was answered: " + e);
        }
        double rate = sent.get() / seconds;
        boolean met = rate >= 0.9 * perSecond && answered.get() == sent.get();
        System.out.printf("%n[writer] %d writes sent in %.1f s: %.1f a second, target %d; %d answered 2xx, %d"
                + " refused or failed — %s%n", sent.get(), seconds, rate, perSecond, answered.get(), failed.get(),
                met ? "met" : "NOT MET");
        if (!met) {
            throw new IllegalStateException("the writer did not keep its rate or a write failed: " + rate
                    + " a second, " + failed.get() + " failed");
        }
    }

    /** {@link #stopWriter} and {@link #close}, closing even when the rate was not kept. */
    void stopAndClose(int perSecond) throws Exception {
        try {
            stopWriter(perSecond);
        } finally {
            close();
        }
    }

    @Override
    public void close() throws Exception {
        if (writer != null) {
            writer.shutdownNow();
        }
        host.close();
    }
}
