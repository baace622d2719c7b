package dev.cascade.okr.bench;

import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.IssueRequest;
import dev.cascade.okr.core.port.IssueSource;
import dev.cascade.okr.core.port.KeyResultStore;
import dev.cascade.okr.core.port.LinkedIssues;
import dev.cascade.okr.core.progress.KeyResultProgressPolicy;
import dev.cascade.okr.core.progress.Observation;
import dev.cascade.okr.devhost.DevHostServer;
import dev.cascade.okr.devhost.jira.DevIssue;
import dev.cascade.okr.devhost.jira.SampleJira;
import dev.cascade.okr.service.kernel.ProgressService;
import dev.cascade.okr.service.kernel.RecomputeQueue;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 5's progress targets on a started dev host on H2 (or PostgreSQL: {@link BenchDatabase}): 500 epics of 20
 * stories (10,000 issues) in project BENCH and 2,000 issue-driven key results (500 objectives × 4), each linked to one
 * epic so that every epic counts for 4 key results. Measured: the full recompute through {@link ProgressService}
 * (target ≤ 2 s and ≤ 1 search per 500 epics), the naive one-search-per-key-result design in the same run, and a single
 * issue update until its key result's stored progress changes (target ≤ 200 ms), both end to end through the dev
 * endpoint and the recompute queue and as the recompute alone. Searches are counted by the dev host's Jira ({@code
 * DevJira.searchCount()}: every page of a search is one call) and printed per operation at tear-down.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProgressRecomputeBenchmark {

    private static final int EPICS = 500;
    private static final int OBJECTIVES = 500;
    private static final int KEY_RESULTS_PER_OBJECTIVE = 4;
    private static final long POLL_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private DevHostServer host;
    private GoalStore goals;
    private KeyResultStore keyResultStore;
    private ProgressService progress;
    private IssueSource issueSource;
    private RecomputeQueue queue;
    private final KeyResultProgressPolicy policy = new KeyResultProgressPolicy();
    private final List<String> epicKeys = new ArrayList<>();
    /** One story of each epic, the one a single-issue update moves. */
    private final List<String> storyOfEpic = new ArrayList<>();
    /** The first key result linked to each epic, the one a single-issue update watches. */
    private final List<KeyResultId> keyResultOfEpic = new ArrayList<>();
    private List<KeyResultId> keyResults;
    private HttpClient client;
    private String auth;
    private int nextEpic;

    private final Counter counter = new Counter();
    private long flushesAtStart;
    private long recomputeNanos;
    private long baselineReadNanos;
    private long baselineStoreNanos;

    /**
     * Starts the dev host with the BENCH project, stores the key results, and checks that the batched recompute and
     * the one-search-per-key-result baseline store the same progress for every key result before anything is timed.
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        host = DevHostServer.start(BenchDatabase.freshHost("cascade-bench").withBenchmarkEpics(EPICS));
        goals = host.plugin().bean(GoalStore.class);
        keyResultStore = host.plugin().bean(KeyResultStore.class);
        progress = host.plugin().bean(ProgressService.class);
        issueSource = host.plugin().bean(IssueSource.class);
        queue = host.plugin().bean(RecomputeQueue.class);
        SampleJira sample = host.sample();
        for (DevIssue issue : sample.issuesOf(sample.project("BENCH").orElseThrow())) {
            if (issue.isEpic()) {
                epicKeys.add(issue.getKey());
                storyOfEpic.add(sample.issuesOfEpics(Set.of(issue.getKey())).get(0).getKey());
            }
        }
        if (epicKeys.size() != EPICS) {
            throw new IllegalStateException("expected " + EPICS + " BENCH epics, found " + epicKeys.size());
        }
        Instant now = Instant.parse("2026-01-15T09:00:00Z");
        keyResults = new ArrayList<>();
        for (int o = 0; o < OBJECTIVES; o++) {
            List<StoredKeyResult> stored = goals.insert(objective(o), "alice", now).keyResults();
            for (int k = 0; k < KEY_RESULTS_PER_OBJECTIVE; k++) {
                KeyResultId id = stored.get(k).id();
                keyResults.add(id);
                int epic = epicOf(o, k);
                if (keyResultOfEpic.size() == epic) {
                    keyResultOfEpic.add(id);
                }
            }
        }
        if (keyResultOfEpic.size() != EPICS
                || keyResultStore.linkedKeyResults().size() != OBJECTIVES * KEY_RESULTS_PER_OBJECTIVE) {
            throw new IllegalStateException("key results not linked as planned");
        }

        long searches = host.jira().searchCount();
        long started = System.nanoTime();
        ProgressService.Recompute full = progress.recomputeAll();
        long fullMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        long fullSearches = host.jira().searchCount() - searches;
        Map<KeyResultId, Progress> batched = storedProgress();
        searches = host.jira().searchCount();
        started = System.nanoTime();
        oneSearchPerKeyResult();
        long baselineMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        long baselineSearches = host.jira().searchCount() - searches;
        Map<KeyResultId, Progress> naive = storedProgress();
        if (!batched.equals(naive) || batched.values().stream().anyMatch(p -> !p.hasData())) {
            throw new IllegalStateException("batched and one-search-per-key-result recomputes disagree");
        }
        client = HttpClient.newHttpClient();
        auth = "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8));
        flushesAtStart = queue.flushes();
        baselineReadNanos = 0;
        baselineStoreNanos = 0;
        System.out.printf("%n[data] %d BENCH epics, %d issues, %d key results; first full recompute %d ms, %d key"
                + " results, %d searches (its own count %d); first baseline %d ms, %d searches; results agree%n",
                EPICS, sample.issuesOf(sample.project("BENCH").orElseThrow()).size(), keyResults.size(), fullMillis,
                full.keyResults(), fullSearches, full.searches(), baselineMillis, baselineSearches);
    }

    /** Prints the searches per operation (warm-up included: they do not vary) and stops the dev host. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (counter.operations > 0) {
            System.out.printf("%n[searches] %d operations: %.2f searches per operation (min %d, max %d)",
                    counter.operations, (double) counter.searches / counter.operations, counter.min, counter.max);
            if (recomputeNanos > 0) {
                System.out.printf("; recompute itself %.2f ms on average", recomputeNanos / 1e6 / counter.operations);
            }
            if (baselineReadNanos > 0) {
                System.out.printf("; baseline time in reads %.0f ms, in stores %.0f ms per operation",
                        baselineReadNanos / 1e6 / counter.operations, baselineStoreNanos / 1e6 / counter.operations);
            }
            long flushes = queue.flushes() - flushesAtStart;
            if (flushes > 0) {
                System.out.printf("; recompute-queue flushes %d", flushes);
            }
            System.out.println();
        }
        host.close();
    }

    /** Every issue-driven key result recomputed through the plugin's service: one batched read, one store. */
    @Benchmark
    public ProgressService.Recompute fullRecompute() {
        long before = host.jira().searchCount();
        ProgressService.Recompute done = progress.recomputeAll();
        counter.add(host.jira().searchCount() - before);
        return done;
    }

    /** The naive design: the same 2,000 key results, one issue-source read (a search) and one store each. */
    @Benchmark
    public int baselineOneSearchPerKeyResult() {
        long before = host.jira().searchCount();
        int done = oneSearchPerKeyResult();
        counter.add(host.jira().searchCount() - before);
        return done;
    }

    /**
     * One story of the next epic moves between To Do and Done through the dev endpoint (as a person does, which
     * publishes Jira's issue event); timed until a key result linked to its epic shows the new stored progress. Runs
     * through the listener and the recompute queue, whose 250 ms of quiet before a flush is part of the figure.
     */
    @Benchmark
    public Progress singleIssueUpdate() throws Exception {
        int epic = nextEpic();
        String story = storyOfEpic.get(epic);
        KeyResultId watched = keyResultOfEpic.get(epic);
        Progress before = keyResultStore.keyResult(watched).orElseThrow().computedProgress();
        long searches = host.jira().searchCount();
        HttpResponse<String> moved = client.send(HttpRequest.newBuilder(host.baseUri().resolve("/dev/issues/" + story))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"" + flippedStatus(story) + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (moved.statusCode() != 200) {
            throw new IllegalStateException("moving " + story + " answered " + moved.statusCode() + ": "
                    + moved.body());
        }
        long deadline = System.nanoTime() + POLL_TIMEOUT_NANOS;
        while (true) {
            Progress now = keyResultStore.keyResult(watched).orElseThrow().computedProgress();
            if (!now.equals(before)) {
                counter.add(host.jira().searchCount() - searches);
                return now;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("stored progress of " + watched + " did not change after " + story);
            }
            Thread.sleep(1);
        }
    }

    /**
     * The recompute a single issue update causes, without the queue's wait: the story moves in the sample Jira (no
     * event, so the queue stays idle), then the affected key results are found and recomputed directly.
     */
    @Benchmark
    public ProgressService.Recompute recomputeAfterSingleIssueUpdate() {
        int epic = nextEpic();
        String story = storyOfEpic.get(epic);
        host.sample().setStatus(story, SampleJira.status(flippedStatus(story)).orElseThrow(), Instant.now());
        long searches = host.jira().searchCount();
        long started = System.nanoTime();
        ProgressService.Recompute done = progress.recompute(progress.affectedBy(Set.of(story, epicKeys.get(epic))));
        recomputeNanos += System.nanoTime() - started;
        counter.add(host.jira().searchCount() - searches);
        if (done.keyResults() != KEY_RESULTS_PER_OBJECTIVE) {
            throw new IllegalStateException("expected 4 affected key results, recomputed " + done.keyResults());
        }
        return done;
    }

    /** One read, one evaluation by core's rule and one store per key result, as a design without batching would. */
    private int oneSearchPerKeyResult() {
        List<StoredKeyResult> stored = keyResultStore.keyResults(keyResults);
        for (StoredKeyResult keyResult : stored) {
            IssueMeasure measure = (IssueMeasure) keyResult.keyResult().measure();
            long started = System.nanoTime();
            LinkedIssues read = issueSource.read(new IssueRequest(Set.copyOf(measure.links()), false, null, Set.of()));
            long readDone = System.nanoTime();
            Observation observation = read.observation(measure);
            Progress computed = policy.evaluate(measure, observation).computedProgress();
            long storeStarted = System.nanoTime();
            keyResultStore.storeProgress(Map.of(keyResult.id(), new Measured(computed,
                    observation instanceof Observation.Issues issues ? issues.completion() : null)), Instant.now());
            long storeDone = System.nanoTime();
            baselineReadNanos += readDone - started;
            baselineStoreNanos += storeDone - storeStarted;
        }
        return stored.size();
    }

    private Map<KeyResultId, Progress> storedProgress() {
        Map<KeyResultId, Progress> stored = new HashMap<>();
        for (StoredKeyResult keyResult : keyResultStore.keyResults(keyResults)) {
            stored.put(keyResult.id(), keyResult.computedProgress());
        }
        return stored;
    }

    private int nextEpic() {
        int epic = nextEpic;
        nextEpic = (nextEpic + 1) % EPICS;
        return epic;
    }

    private String flippedStatus(String issueKey) {
        DevIssue issue = host.sample().issue(issueKey).orElseThrow();
        return issue.getStatus() == SampleJira.DONE ? SampleJira.TO_DO.getName() : SampleJira.DONE.getName();
    }

    /** Objective {@code o}'s key result {@code k} counts the issues of epic {@code (4o + k) mod 500}. */
    private static int epicOf(int objective, int keyResult) {
        return (objective * KEY_RESULTS_PER_OBJECTIVE + keyResult) % EPICS;
    }

    private GoalStore.NewObjective objective(int o) {
        GoalStore.ObjectiveFields fields = new GoalStore.ObjectiveFields("Delivery " + o, null, new UserRef("alice"),
                "team", Period.year(2026), new OrgUnit.Project("BENCH"), GoalType.RESULT, Lifecycle.ACTIVE,
                Visibility.EVERYONE, true);
        List<GoalStore.NewKeyResult> keyResults = new ArrayList<>();
        for (int k = 0; k < KEY_RESULTS_PER_OBJECTIVE; k++) {
            String epic = epicKeys.get(epicOf(o, k));
            keyResults.add(new GoalStore.NewKeyResult(new GoalStore.KeyResultFields("Epic " + epic + " done",
                    Weight.ofPercent(25), IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE,
                            List.of(new WorkLink.Epic(epic))), null),
                    new Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null)));
        }
        return new GoalStore.NewObjective(fields, keyResults);
    }

    /** Searches issued per measured operation. */
    private static final class Counter {
        long operations;
        long searches;
        long min = Long.MAX_VALUE;
        long max;

        void add(long searchesOfOperation) {
            operations++;
            searches += searchesOfOperation;
            min = Math.min(min, searchesOfOperation);
            max = Math.max(max, searchesOfOperation);
        }
    }
}
