package dev.cascade.okr.service.goal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.port.TrackingStore.StoredCheckIn;
import dev.cascade.okr.core.tracking.TrackingPolicy;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTree;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.PeriodText;
import dev.cascade.okr.service.kernel.RolledCascade;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The organisation's overview of a period in one request: every goal of the period the caller may see, nested as the
 * cascade, each with its rolled-up progress and status by pace and its key results with their latest check-in, paged
 * by whole top-level subtrees and by key ({@code after} = the last root of the page before), never by offset.
 *
 * <p>The roots are the goals of the period (of every project and group) aligned to no other goal of the period, read
 * by key from the store ({@link AlignmentStore#cascadeRootsOfPeriod}). Each root's tree is its cached, rolled-up
 * cascade ({@link GoalTrees#below}, the same progress as the Goals page and {@code GET /goals/{id}/tree}), with the
 * goals below it kept to those whose period overlaps the asked one. Visibility is the Goals page's: a root or goal the
 * caller may not see is left out with everything below it (nothing is shown through a hidden goal), so neither its
 * title nor its existence is revealed. The latest check-ins of a page's key results are one batched read.
 */
@JiraComponent
public final class OverviewService {

    /** The page size, in root subtrees, when the caller names none. */
    public static final int DEFAULT_LIMIT = 10;
    /** The largest page, in root subtrees. */
    public static final int MAX_LIMIT = 100;

    private final AlignmentStore alignments;
    private final GoalAccess goalAccess;
    private final GoalTrees trees;
    private final TrackingStore tracking;
    private final SettingsStore settings;
    private final Clock clock;

    /** Creates the service. */
    @Inject
    public OverviewService(AlignmentStore alignments, GoalAccess goalAccess, GoalTrees trees, TrackingStore tracking,
            SettingsStore settings) {
        this(alignments, goalAccess, trees, tracking, settings, Clock.systemUTC());
    }

    /** Creates the service with the given clock (a fixed one in tests). */
    public OverviewService(AlignmentStore alignments, GoalAccess goalAccess, GoalTrees trees, TrackingStore tracking,
            SettingsStore settings, Clock clock) {
        this.alignments = alignments;
        this.goalAccess = goalAccess;
        this.trees = trees;
        this.tracking = tracking;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What is asked for.
     *
     * @param period the period text ({@code 2026}, {@code 2026-Q1}, {@code 2026-H1}, {@code 2026-03}); blank for the
     *     current year
     * @param limit the most root subtrees to answer, 1 to {@value #MAX_LIMIT}; {@code null} for {@value #DEFAULT_LIMIT}
     * @param after the last root of the page before; {@code null} or 0 for the first page
     */
    public record OverviewRequest(String period, Integer limit, Long after) {
    }

    /**
     * One goal of the overview.
     *
     * @param tree the goal with its rolled-up progress, coverage and contribution to the goal above it
     * @param status its status by pace (core's {@link TrackingPolicy#statusByPace} over its rolled-up progress)
     * @param keyResults its key results, in their order
     * @param children the goals of the period aligned below it that the caller may see
     */
    public record OverviewGoal(GoalTree tree, TrackingStatus status, List<OverviewKeyResult> keyResults,
            List<OverviewGoal> children) {
    }

    /**
     * One key result of a goal of the overview.
     *
     * @param keyResult the key result as stored (measure, progress, zone)
     * @param status its status by pace over its own progress and its goal's period
     * @param latest its latest check-in; empty when it has none
     */
    public record OverviewKeyResult(StoredKeyResult keyResult, TrackingStatus status, Optional<StoredCheckIn> latest) {
    }

    /**
     * One page of the overview: the root trees are built one at a time as {@link #forEach} walks them, so a writer can
     * stream the answer root by root.
     */
    public final class Overview {
        private final Period period;
        private final String periodText;
        private final int limit;
        private final long next;
        private final List<GoalTree> roots;
        private final Map<KeyResultId, StoredCheckIn> latest;
        private final TrackingPolicy policy;
        private final LocalDate today;

        private Overview(Period period, String periodText, int limit, long next, List<GoalTree> roots,
                Map<KeyResultId, StoredCheckIn> latest) {
            this.period = period;
            this.periodText = periodText;
            this.limit = limit;
            this.next = next;
            this.roots = roots;
            this.latest = latest;
            this.policy = new TrackingPolicy(settings.trackingThresholds().value());
            this.today = LocalDate.now(clock);
        }

        /** The period shown. */
        public Period period() {
            return period;
        }

        /** The period's text as asked ({@code 2026}). */
        public String periodText() {
            return periodText;
        }

        /** The page size asked for, in root subtrees. */
        public int limit() {
            return limit;
        }

        /** The key of the next page ({@code after=}): the last root of this page; empty on the last page. */
        public Optional<Long> next() {
            return next > 0 ? Optional.of(next) : Optional.empty();
        }

        /** Each root subtree of the page, in root id order, built as it is handed over. */
        public void forEach(Consumer<OverviewGoal> each) {
            for (GoalTree root : roots) {
                each.accept(goal(root));
            }
        }

        private OverviewGoal goal(GoalTree tree) {
            Period goalPeriod = tree.goal().objective().period();
            List<OverviewKeyResult> keyResults = tree.goal().keyResults().stream()
                    .map(k -> new OverviewKeyResult(k, policy.statusByPace(goalPeriod, k.keyResult().progress(),
                            today), Optional.ofNullable(latest.get(k.id()))))
                    .toList();
            return new OverviewGoal(tree, policy.statusByPace(goalPeriod, tree.progress(), today), keyResults,
                    tree.children().stream().map(this::goal).toList());
        }
    }

    /**
     * One page of the overview for the caller: signed in (else 401); a period, limit and key that read (else 400
     * naming each: {@code period.invalid}, {@code paging.invalid} at {@code limit}, {@code paging.after-invalid} at
     * {@code after}).
     */
    public Outcome<Overview> overview(Caller caller, OverviewRequest request) {
        Outcome<AccessFacts> signedIn = GoalWrites.signedIn(goalAccess.users(), caller);
        if (!signedIn.isSuccess()) {
            return signedIn.failed();
        }
        String periodText = request.period() == null || request.period().isBlank()
                ? Integer.toString(LocalDate.now(clock).getYear()) : request.period().trim();
        List<Violation> bad = new ArrayList<>();
        Optional<Period> period = PeriodText.parse(periodText, "period", bad);
        int limit = request.limit() == null ? DEFAULT_LIMIT : request.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            bad.add(Violation.of(ViolationCode.PAGING_INVALID, "limit", String.valueOf(MAX_LIMIT)));
        }
        long after = request.after() == null ? 0 : request.after();
        if (after < 0) {
            bad.add(Violation.of(ViolationCode.PAGING_AFTER_INVALID, "after", String.valueOf(after)));
        }
        if (!bad.isEmpty()) {
            return Outcome.failure(Failure.INVALID, bad);
        }
        Predicate<StoredObjective> sees = goalAccess.seenBy(signedIn.value());
        Period asked = period.get();
        Predicate<StoredObjective> shown = goal -> sees.test(goal)
                && overlaps(goal.objective().period(), asked);
        List<GoalTree> roots = new ArrayList<>();
        long key = after;
        long next = 0;
        while (next == 0) {
            List<ObjectiveId> found = alignments.cascadeRootsOfPeriod(asked, key, limit + 1);
            for (ObjectiveId root : found) {
                RolledCascade below = trees.below(root);
                if (!below.contains(root) || !sees.test(below.root(root).goal())) {
                    continue;
                }
                if (roots.size() == limit) {
                    next = roots.get(limit - 1).goal().objective().id().value();
                    break;
                }
                roots.add(below.tree(root, GoalTrees.MAX_DEPTH, shown));
            }
            if (found.size() <= limit || next > 0) {
                break;
            }
            key = found.get(found.size() - 1).value();
        }
        Set<KeyResultId> keyResults = new HashSet<>();
        roots.forEach(root -> collectKeyResults(root, keyResults));
        Map<KeyResultId, StoredCheckIn> latest = keyResults.isEmpty() ? Map.of() : tracking.latestCheckIns(keyResults);
        return Outcome.success(new Overview(asked, periodText, limit, next, List.copyOf(roots), latest));
    }

    private static void collectKeyResults(GoalTree tree, Set<KeyResultId> into) {
        tree.goal().keyResults().forEach(k -> into.add(k.id()));
        tree.children().forEach(child -> collectKeyResults(child, into));
    }

    private static boolean overlaps(Period one, Period other) {
        return !one.end().isBefore(other.start()) && !other.end().isBefore(one.start());
    }
}
