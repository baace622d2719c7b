package dev.cascade.okr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.devhost.ao.StatementCounter;
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
 * Issue 16's reads while people write, on a started dev host ({@link WritingDevHost}: H2, or PostgreSQL with
 * {@code -Dcascade.pg.url}): check-ins and issue events arrive at {@value #WRITES_PER_SECOND} a second from a
 * background writer during every warm-up and measured iteration, and the writer's rate is checked at the end.
 *
 * <ul> <li>{@link #overview}: the organisation's overview, {@code GET /overview?period=2026&limit=100} as alice (the
 * app administrator, who sees every goal), every page — {@code objectives} goals (200 or 2,000) with 4 key results each
 * (800 or 8,000: one issue-driven for the first 200 goals, the rest metrics) and 5 check-ins per metric key result
 * (about 4,000 or 40,000), in a cascade of {@code objectives / 100} roots, then 9 and 90 goals per root (three levels).
 * Target: ≤ 50 ms p50 at 2,000 / 8,000.</li> <li>{@link #cascadeTree}: {@code GET /goals/{root}/tree?depth=10} of a
 * cascade of 10,000 goals (1, 9, 90, 900, 9,000) with 2 key results each (the first 200 goals' first one issue-driven).
 * Target: ≤ 50 ms p95.</li> </ul> The writes land on the measured goals' key results and epics, so most reads follow a
 * write to their cascade. Statements per request are counted at set-up ({@code DevDatabase.statementCounter}: every
 * statement executed), warm and right after a write, and printed.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 15)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OverviewUnderWritesBenchmark {

    static final int WRITES_PER_SECOND = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OVERVIEW = "/rest/cascade/1.0/overview?period=2026&limit=100";

    /** A dev host with its data, under writes from the set-up's end to the tear-down. */
    public abstract static class UnderWrites {

        WritingDevHost host;

        /** Stores the data and checks what the benchmark will read. */
        abstract void load() throws Exception;

        /** Starts the dev host, loads the data, and starts the writer. */
        @Setup(Level.Trial)
        public void setUp() throws Exception {
            host = WritingDevHost.start();
            try {
                load();
                host.startWriter(WRITES_PER_SECOND);
            } catch (Exception | Error e) {
                host.close();
                throw e;
            }
        }

        /** Stops the writer (checking its rate) and the dev host. */
        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            host.stopAndClose(WRITES_PER_SECOND);
        }
    }

    /** A dev host under writes with the overview's data. */
    @State(Scope.Benchmark)
    public static class Organisation extends UnderWrites {

        /** How many goals: 200 or 2,000 (with four key results each). */
        @Param({"200", "2000"})
        public int objectives;

        @Override
        void load() throws Exception {
            int roots = objectives / 100;
            host.storeCascade(new int[] {roots, 9 * roots, 90 * roots}, 4, 5);
            int goals = countGoals(JSON.readTree(overviewPages(host)).path("goals"));
            System.out.printf("[check] overview: %d goals in %d root subtrees%n", goals, roots);
            if (goals != objectives) {
                throw new IllegalStateException("the overview shows " + goals + " goals, not " + objectives);
            }
            count(host, "overview", () -> overviewPages(host));
        }
    }

    /** A dev host under writes with a cascade of 10,000 goals. */
    @State(Scope.Benchmark)
    public static class Cascade extends UnderWrites {

        String tree;

        @Override
        void load() throws Exception {
            List<ObjectiveId> roots = host.storeCascade(new int[] {1, 9, 90, 900, 9_000}, 2, 0);
            tree = "/rest/cascade/1.0/goals/" + roots.get(0).value() + "/tree?depth=10";
            System.out.printf("[check] tree: %,d characters%n", host.get(tree).length());
            count(host, "tree", () -> host.get(tree));
        }
    }

    /** The whole organisation's overview of 2026, every page. */
    @Benchmark
    public String overview(Organisation organisation) throws Exception {
        return overviewPages(organisation.host);
    }

    /** The tree of the 10,000-goal cascade. */
    @Benchmark
    public String cascadeTree(Cascade cascade) throws Exception {
        return cascade.host.get(cascade.tree);
    }

    private static String overviewPages(WritingDevHost host) throws Exception {
        StringBuilder all = new StringBuilder();
        String body = host.get(OVERVIEW);
        JsonNode page = JSON.readTree(body);
        all.append(body);
        while (page.has("next")) {
            body = host.get(OVERVIEW + "&after=" + page.path("next").asLong());
            all.append(body);
            page = JSON.readTree(body);
        }
        return all.toString();
    }

    private static int countGoals(JsonNode goals) {
        int count = 0;
        for (JsonNode goal : goals) {
            count += 1 + countGoals(goal.path("children"));
        }
        return count;
    }

    /** A read to count. */
    private interface Read {
        String read() throws Exception;
    }

    /** Prints the statements of one read warm (the second of two) and right after one check-in and one issue event. */
    private static void count(WritingDevHost host, String what, Read read) throws Exception {
        read.read();
        long warm;
        try (StatementCounter.Recording recording = host.recordStatements()) {
            read.read();
            warm = recording.statementCount();
        }
        host.write(0).get();
        host.write(1).get();
        Thread.sleep(500);
        long afterWrite;
        long started = System.nanoTime();
        try (StatementCounter.Recording recording = host.recordStatements()) {
            read.read();
            afterWrite = recording.statementCount();
        }
        System.out.printf("[statements] %s on %s: %d warm, %d right after a check-in and an issue event (that read:"
                + " %d ms)%n", what, host.database(), warm, afterWrite, (System.nanoTime() - started) / 1_000_000);
    }
}
