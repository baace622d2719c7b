package dev.cascade.okr.bench;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.progress.NaiveRollup;
import dev.cascade.okr.core.progress.RollupNetwork;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jol.info.GraphLayout;

/**
 * Issue 3's roll-up targets on 100,000 objectives and 400,000 key results: a full roll-up (target ≤ 50 ms), an
 * incremental update after one key-result change at depth 6 (target ≤ 10 µs median), both against the naive full
 * recompute in the same run, and the network's memory per goal (target ≤ 1 KB), printed at set-up.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-Djdk.attach.allowAttachSelf=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RollupBenchmark {

    private GeneratedCascade cascade;
    private RollupNetwork network;
    private NaiveRollup naive;
    private KeyResultId deepKeyResult;
    private ObjectiveId deepObjective;
    private final Progress[] alternating = {Progress.of(0.125), Progress.of(0.875)};
    private int flip;

    /** Builds the cascade once, checks the engines agree, and reports memory. */
    @Setup(Level.Trial)
    public void setUp() {
        cascade = new GeneratedCascade(42);
        network = cascade.network();
        naive = cascade.naive();
        deepObjective = new ObjectiveId(cascade.deepestFirst + 1);
        deepKeyResult = new KeyResultId((long) cascade.deepestFirst * GeneratedCascade.KEY_RESULTS_PER_OBJECTIVE + 1);
        List<ObjectiveId> changed = network.updateKeyResult(deepKeyResult, Progress.of(0.5));
        naive.setKeyResult(deepObjective.value(), 0, 0.5);
        for (ObjectiveId id : changed) {
            double expected = naive.progress(id.value());
            if (Math.abs(expected - network.progress(id).fraction()) > 1e-12) {
                throw new IllegalStateException("incremental and naive disagree on " + id);
            }
        }
        long bytes = GraphLayout.parseInstance(network).totalSize();
        System.out.printf("%n[memory] network of %,d objectives and %,d key results: %,d bytes, %.0f bytes per"
                + " objective (with its 4 key results), %.0f bytes per goal node; ancestors updated at depth 6: %d%n",
                network.objectiveCount(), network.keyResultCount(), bytes, (double) bytes / network.objectiveCount(),
                (double) bytes / (network.objectiveCount() + network.keyResultCount()), changed.size());
    }

    /** Full roll-up of every objective in the compact network. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RollupNetwork fullRollup() {
        network.recomputeAll();
        return network;
    }

    /** The naive baseline: every objective recomputed from scratch, recursively, through maps. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Measurement(iterations = 3, time = 2)
    public Map<Long, Double> naiveFullRecompute() {
        return naive.progressOfAll();
    }

    /** One key result of a goal six alignments below the top changes; only its ancestors are recomputed. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<ObjectiveId> incrementalUpdateAtDepth6() {
        return network.updateKeyResult(deepKeyResult, alternating[flip ^= 1]);
    }
}
