package dev.cascade.okr.service.kernel;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStateStore;
import dev.cascade.okr.core.port.GoalStore.LinkedWork;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.IssueRequest;
import dev.cascade.okr.core.port.IssueSource;
import dev.cascade.okr.core.port.KeyResultStore;
import dev.cascade.okr.core.port.LinkedIssues;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.progress.IssueCounting;
import dev.cascade.okr.core.progress.KeyResultEvaluation;
import dev.cascade.okr.core.progress.KeyResultProgressPolicy;
import dev.cascade.okr.core.progress.Observation;
import dev.cascade.okr.core.tracking.CheckInLog;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Keeps the stored progress of issue-driven key results in step with Jira.
 *
 * <p>A recompute reads the issues behind every link of the key results asked for with <b>one</b> call to the
 * {@link IssueSource} (which batches its searches), evaluates each key result with core's
 * {@link KeyResultProgressPolicy}, stores the results and updates the cached goals and cascades that show them in
 * place ({@link GoalTrees#progressChanged}: core's incremental roll-up over exactly the changed key results'
 * ancestors; other nodes drop those entries).
 *
 * <p>Data Center: a recompute holds cluster-wide locks (Beehive) over the key results it reads and writes, so two nodes
 * never interleave the read-compute-store of one key result. Key results map onto {@value #LOCK_STRIPES} named locks
 * (taken in ascending order, so no two recomputes deadlock): a batch of 2,000 key results takes at most that many
 * locks, not 2,000. Nothing here is kept in node memory but a counter for tests and benchmarks.
 */
@JiraComponent
public final class ProgressService {

    /** How many cluster locks the key results are spread over. */
    public static final int LOCK_STRIPES = 64;
    /** The prefix of the cluster locks' names (plugin key first, as the host asks). */
    public static final String LOCK_PREFIX = "dev.cascade.okr.recompute.";
    /** How long a recompute waits for a lock another node holds before it gives up (the daily job catches up). */
    public static final long LOCK_WAIT_SECONDS = 30;

    private final KeyResultStore keyResults;
    private final GoalStateStore states;
    private final TrackingStore tracking;
    private final IssueSource issues;
    private final SettingsStore settings;
    private final GoalTrees trees;
    private final ClusterLockService locks;
    private final KeyResultProgressPolicy policy = new KeyResultProgressPolicy();
    private final Clock clock;
    private final AtomicLong recomputed = new AtomicLong();

    /** Creates the service. */
    @Inject
    public ProgressService(KeyResultStore keyResults, GoalStateStore states, TrackingStore tracking,
            IssueSource issues, SettingsStore settings, GoalTrees trees, @ComponentImport ClusterLockService locks) {
        this(keyResults, states, tracking, issues, settings, trees, locks, Clock.systemUTC());
    }

    public ProgressService(KeyResultStore keyResults, GoalStateStore states, TrackingStore tracking,
            IssueSource issues, SettingsStore settings, GoalTrees trees, ClusterLockService locks, Clock clock) {
        this.keyResults = keyResults;
        this.states = states;
        this.tracking = tracking;
        this.issues = issues;
        this.settings = settings;
        this.trees = trees;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * What one recompute did.
     *
     * @param keyResults how many key results were evaluated and stored
     * @param searches how many Jira searches the read issued
     */
    public record Recompute(int keyResults, int searches) {

        /** Nothing to do. */
        public static final Recompute NONE = new Recompute(0, 0);
    }

    /**
     * The key results an issue change may move: those linked to any of these issues (as epic or as issue) and every
     * key result with a JQL link (a changed issue may enter or leave any query). The caller names the changed issues
     * together with their epics and parents.
     */
    public Set<KeyResultId> affectedBy(Set<String> issueKeys) {
        Set<KeyResultId> affected = new TreeSet<>(java.util.Comparator.comparingLong(KeyResultId::value));
        if (!issueKeys.isEmpty()) {
            for (LinkedWork linked : this.keyResults.keyResultsLinkedToIssues(issueKeys)) {
                affected.add(linked.keyResult());
            }
        }
        affected.addAll(this.keyResults.keyResultsWithLinks(WorkLink.Kind.JQL));
        return affected;
    }

    /** Recomputes every issue-driven key result (the daily reconciliation, and a benchmark's full recompute). */
    public Recompute recomputeAll() {
        return recompute(this.keyResults.linkedKeyResults());
    }

    /**
     * Recomputes and stores these key results from Jira with one read of the issue source; ids of key results that
     * no longer exist or are not issue-driven are skipped, and so are the key results of closed goals (frozen: they
     * keep the progress they had at closing).
     *
     * @throws IllegalStateException when a lock held by another node is not released within
     *     {@value #LOCK_WAIT_SECONDS} seconds (nothing is stored then)
     */
    public Recompute recompute(Collection<KeyResultId> ids) {
        if (ids.isEmpty()) {
            return Recompute.NONE;
        }
        List<ClusterLock> held = lockStripes(ids);
        try {
            List<StoredKeyResult> stored = new ArrayList<>();
            Set<WorkLink> links = new LinkedHashSet<>();
            Set<String> numericFields = new HashSet<>();
            List<StoredKeyResult> found = this.keyResults.keyResults(ids);
            // A closed goal is frozen: its key results keep the progress they had at closing.
            Set<dev.cascade.okr.core.model.ObjectiveId> frozen = found.isEmpty() ? Set.of()
                    : states.frozenAmong(found.stream().map(StoredKeyResult::objectiveId).distinct().toList());
            for (StoredKeyResult keyResult : found) {
                if (frozen.contains(keyResult.objectiveId())) {
                    continue;
                }
                if (keyResult.keyResult().measure() instanceof IssueMeasure measure && !measure.links().isEmpty()) {
                    stored.add(keyResult);
                    links.addAll(measure.links());
                    Optional.ofNullable(measure.numericFieldId()).ifPresent(numericFields::add);
                }
            }
            if (stored.isEmpty()) {
                return Recompute.NONE;
            }
            IssueCounting counting = IssueCountingSetting.stored(settings).value();
            LinkedIssues read = issues.read(new IssueRequest(links, counting.countSubTasks(),
                    counting.storyPointField(), numericFields));
            Map<KeyResultId, Measured> measured = new HashMap<>();
            for (StoredKeyResult keyResult : stored) {
                measured.put(keyResult.id(), measure((IssueMeasure) keyResult.keyResult().measure(), read));
            }
            this.keyResults.storeProgress(measured, clock.instant());
            recomputed.addAndGet(measured.size());
            trees.progressChanged(stored.stream().map(StoredKeyResult::objectiveId).distinct().toList());
            return new Recompute(measured.size(), read.searches());
        } finally {
            for (int i = held.size() - 1; i >= 0; i--) {
                held.get(i).unlock();
            }
        }
    }

    /**
     * Stores the progress key results measured by people now have, computed by core from their check-ins
     * ({@link dev.cascade.okr.core.tracking.CheckInLog#observationFor}: the latest value, or the start plus the sum
     * of amounts per period; a manual override stays in front of it), and updates their goals and the cached
     * cascades above them in place ({@link GoalTrees#progressChanged}). Issue-driven key results are skipped (they
     * are measured from their issues by {@link #recompute}). Called after a check-in, a change of measure and a target
     * taking effect, once the write is committed.
     */
    public void measureFromCheckIns(Collection<StoredKeyResult> keyResults) {
        Map<KeyResultId, Measured> measured = new HashMap<>();
        Set<dev.cascade.okr.core.model.ObjectiveId> changed = new LinkedHashSet<>();
        for (StoredKeyResult keyResult : keyResults) {
            if (keyResult.keyResult().measure() instanceof IssueMeasure) {
                continue;
            }
            measured.put(keyResult.id(), measured(keyResult, tracking.log(keyResult.id())));
            changed.add(keyResult.objectiveId());
        }
        if (!measured.isEmpty()) {
            this.keyResults.storeProgress(measured, clock.instant());
            trees.progressChanged(changed);
        }
    }

    /**
     * Runs {@code write}, which appends a check-in to a key result measured by people and hands the log it wrote to
     * the consumer inside its transaction (the tracking store's {@code appendAndMeasure}); the consumer stores the
     * progress that log gives, by the same rule as {@link #measureFromCheckIns}, in that transaction, so the check-in
     * and its progress are stored together or not at all. Once {@code write} has returned having measured (committed),
     * the goal and the cached cascades above it are updated in place ({@link GoalTrees#progressChanged}), as after any
     * other progress change.
     */
    public <T> T measureWith(StoredKeyResult keyResult, Function<Consumer<CheckInLog>, T> write) {
        boolean[] measuredAny = new boolean[1];
        T written = write.apply(log -> {
            this.keyResults.storeProgress(Map.of(keyResult.id(), measured(keyResult, log)), clock.instant());
            measuredAny[0] = true;
        });
        if (measuredAny[0]) {
            trees.progressChanged(List.of(keyResult.objectiveId()));
        }
        return written;
    }

    /** The progress a key result measured by people has with this check-in log, by core's rule. */
    private Measured measured(StoredKeyResult keyResult, CheckInLog log) {
        Observation observation = log.observationFor(keyResult.keyResult().measure());
        return Measured.of(policy.evaluate(keyResult.keyResult().measure(), observation), null);
    }

    /** How many key-result recomputes this node has stored since it started (for tests and benchmarks). */
    public long recomputedSoFar() {
        return recomputed.get();
    }

    /** One key result's progress from the issues of its links, by core's rule; any broken link makes it broken. */
    private Measured measure(IssueMeasure measure, LinkedIssues read) {
        Observation observation = read.observation(measure);
        KeyResultEvaluation evaluation = policy.evaluate(measure, observation);
        return Measured.of(evaluation, observation instanceof Observation.Issues issues ? issues.completion() : null);
    }

    /** Takes the stripes of these key results in ascending order; releases what it took when one cannot be had. */
    private List<ClusterLock> lockStripes(Collection<KeyResultId> ids) {
        Set<Integer> stripes = new TreeSet<>();
        for (KeyResultId id : ids) {
            stripes.add((int) Math.floorMod(id.value(), (long) LOCK_STRIPES));
        }
        List<ClusterLock> held = new ArrayList<>(stripes.size());
        try {
            for (int stripe : stripes) {
                ClusterLock lock = locks.getLockForName(LOCK_PREFIX + stripe);
                if (!lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("recompute lock " + LOCK_PREFIX + stripe + " not released");
                }
                held.add(lock);
            }
            return held;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            held.forEach(ClusterLock::unlock);
            throw new IllegalStateException("interrupted while waiting for a recompute lock", e);
        } catch (RuntimeException e) {
            held.forEach(ClusterLock::unlock);
            throw e;
        }
    }
}
