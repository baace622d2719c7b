package dev.cascade.okr.service.page;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.tracking.TargetAdjustment;
import dev.cascade.okr.core.tracking.TrackingPolicy;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.goal.CascadeService;
import dev.cascade.okr.service.goal.GoalService;
import dev.cascade.okr.service.goal.KeyResultIssuesService;
import dev.cascade.okr.service.goal.KeyResultIssuesService.KeyResultIssues;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalTree;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.page.GoalPage.CheckInEntry;
import dev.cascade.okr.service.page.GoalPage.KeyResultPart;
import dev.cascade.okr.service.page.GoalPage.Related;
import dev.cascade.okr.service.tracking.ProgressSeriesService;
import dev.cascade.okr.service.tracking.ProgressSeriesService.Series;
import dev.cascade.okr.service.tracking.TrackingService;
import dev.cascade.okr.service.tracking.TrackingService.CheckInPage;
import dev.cascade.okr.service.tracking.TrackingService.Review;
import dev.cascade.okr.service.tracking.TrackingService.TrackingLine;
import dev.cascade.okr.service.tracking.TrackingService.TrackingTable;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A goal's page for one reader: the goal with its rolled-up progress, status and zone, its key results with their
 * tracking status, the issues behind them, their target adjustments, plans and progress history, its parents and
 * children with their contributions, its progress history, its check-ins and its quarterly reviews.
 *
 * <p>Every part is one room's answer to the same reader, so the access rules are the REST API's: nobody signed in
 * answers 401 and a goal the reader may not see answers the same 404 as a goal that does not exist (both from
 * {@link GoalService#goal}); a parent or child the reader may not see is left out ({@link CascadeService#tree}); the
 * issues are those the reader may browse ({@link KeyResultIssuesService}). A part another room refuses after the goal
 * was found (a key result deleted meanwhile) is left out rather than failing the page.
 *
 * <p>Nothing is computed here but the goal's status, which is core's rule for a goal without a plan
 * ({@link TrackingPolicy#statusByPace}) applied to its rolled-up progress: the share of the work done against the
 * share of the period gone by, with the configured thresholds.
 */
@JiraComponent
public final class GoalPageService {

    /** The issues listed per link of a key result. */
    public static final int ISSUES_PER_LINK = 20;

    /** The check-ins listed per key result, newest first. */
    public static final int CHECK_INS_PER_KEY_RESULT = 20;

    private final GoalService goals;
    private final CascadeService cascades;
    private final KeyResultIssuesService issues;
    private final ProgressSeriesService series;
    private final TrackingService tracking;
    private final AlignmentStore store;
    private final SettingsStore settings;
    private final Clock clock;

    /** Creates the service. */
    @Inject
    public GoalPageService(GoalService goals, CascadeService cascades, KeyResultIssuesService issues,
            ProgressSeriesService series, TrackingService tracking, AlignmentStore store, SettingsStore settings) {
        this(goals, cascades, issues, series, tracking, store, settings, Clock.systemUTC());
    }

    /** Creates the service with the given clock for the goal's status (the other services have their own). */
    public GoalPageService(GoalService goals, CascadeService cascades, KeyResultIssuesService issues,
            ProgressSeriesService series, TrackingService tracking, AlignmentStore store, SettingsStore settings,
            Clock clock) {
        this.goals = goals;
        this.cascades = cascades;
        this.issues = issues;
        this.series = series;
        this.tracking = tracking;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The page of goal {@code goalId} for {@code caller}: 401 nobody signed in; 404 {@code objective.not-found} when
     * the goal does not exist, the reader may not see it or the id is not a goal id at all (0 or less, so an address
     * whose {@code goal} is not a number may be passed as 0).
     */
    public Outcome<GoalPage> page(Caller caller, long goalId) {
        if (goalId <= 0) {
            return Outcome.failure(Failure.NOT_FOUND,
                    Violation.of(ViolationCode.OBJECTIVE_NOT_FOUND, "id", String.valueOf(goalId)));
        }
        ObjectiveId id = new ObjectiveId(goalId);
        Outcome<StoredObjective> visible = goals.goal(caller, id);
        if (!visible.isSuccess()) {
            return visible.failed();
        }
        Outcome<GoalTree> tree = cascades.tree(caller, id, 1);
        if (!tree.isSuccess()) {
            return tree.failed();
        }
        GoalTree root = tree.value();
        StoredObjective goal = root.goal();
        Period period = goal.objective().period();
        LocalDate today = LocalDate.now(clock);
        Outcome<Series> history = series.goal(caller, id, null, null);
        if (!history.isSuccess()) {
            return history.failed();
        }
        LevelScheme levels = settings.levelScheme().value();
        TrackingStatus status = new TrackingPolicy(settings.trackingThresholds().value())
                .statusByPace(period, root.progress(), today);
        Contributions contributions = contributions(id);
        List<Related> parents = new ArrayList<>();
        for (Map.Entry<ObjectiveId, Weight> parent : contributions.parents().entrySet()) {
            Outcome<GoalTree> seen = cascades.tree(caller, parent.getKey(), 0);
            if (seen.isSuccess()) {
                parents.add(new Related(seen.value(), parent.getValue()));
            }
        }
        List<Related> children = new ArrayList<>();
        for (GoalTree child : root.children()) {
            Weight contribution = contributions.children().get(child.goal().id());
            if (contribution != null) {
                children.add(new Related(child, contribution));
            }
        }
        Map<Long, TrackingStatus> statuses = keyResultStatuses(caller, goal);
        List<KeyResultPart> keyResults = new ArrayList<>();
        List<CheckInEntry> checkIns = new ArrayList<>();
        boolean moreCheckIns = false;
        for (StoredKeyResult keyResult : goal.keyResults()) {
            Outcome<Series> values = series.keyResult(caller, keyResult.id(), null, null);
            Outcome<TrackingService.PlanState> plan = tracking.plan(caller, keyResult.id());
            if (!values.isSuccess() || !plan.isSuccess()) {
                continue; // deleted since the goal was read
            }
            keyResults.add(new KeyResultPart(keyResult,
                    statuses.getOrDefault(keyResult.id().value(), TrackingStatus.NO_DATA),
                    issuesOf(caller, keyResult), adjustmentsOf(caller, keyResult), plan.value().plan(),
                    values.value()));
            Outcome<CheckInPage> page = tracking.checkIns(caller, keyResult.id(), 0, CHECK_INS_PER_KEY_RESULT);
            if (page.isSuccess()) {
                page.value().checkIns().forEach(c -> checkIns.add(new CheckInEntry(keyResult, c)));
                moreCheckIns |= page.value().total() > page.value().checkIns().size();
            }
        }
        checkIns.sort(Comparator.<CheckInEntry, LocalDate>comparing(e -> e.checkIn().checkIn().date())
                .thenComparing(e -> e.checkIn().checkIn().recordedAt())
                .thenComparing(e -> e.checkIn().id()).reversed());
        return Outcome.success(new GoalPage(goal, levels, root.progress(), root.coverage(), status, goal.zone(),
                keyResults, parents, children, history.value(), checkIns, moreCheckIns,
                reviews(caller, id, period, today), today));
    }

    /** The contributions of the goal's alignments, up and down, by the goal at the other end. */
    private record Contributions(Map<ObjectiveId, Weight> parents, Map<ObjectiveId, Weight> children) {
    }

    private Contributions contributions(ObjectiveId id) {
        Map<ObjectiveId, Weight> parents = new java.util.LinkedHashMap<>();
        Map<ObjectiveId, Weight> children = new HashMap<>();
        for (Versioned<Alignment> around : store.alignmentsAround(Set.of(id))) {
            Alignment alignment = around.value();
            if (alignment.child().equals(id)) {
                parents.put(alignment.parent(), alignment.contribution());
            } else if (alignment.parent().equals(id)) {
                children.put(alignment.child(), alignment.contribution());
            }
        }
        return new Contributions(parents, children);
    }

    /** Each key result's status in the tracking table of the goal's whole period (by plan, else by pace). */
    private Map<Long, TrackingStatus> keyResultStatuses(Caller caller, StoredObjective goal) {
        String wholePeriod = String.valueOf(goal.objective().period().start().getYear());
        Outcome<TrackingTable> table = tracking.trackingTable(caller, goal.id(), wholePeriod);
        Map<Long, TrackingStatus> statuses = new HashMap<>();
        if (table.isSuccess()) {
            for (TrackingLine line : table.value().lines()) {
                statuses.put(line.keyResult().id().value(), line.paceStatus());
            }
        }
        return statuses;
    }

    private Optional<KeyResultIssues> issuesOf(Caller caller, StoredKeyResult keyResult) {
        if (!(keyResult.keyResult().measure() instanceof IssueMeasure)) {
            return Optional.empty();
        }
        Outcome<KeyResultIssues> found = issues.issues(caller, keyResult.id(), ISSUES_PER_LINK);
        return found.isSuccess() ? Optional.of(found.value()) : Optional.empty();
    }

    /** The adjustments of a key result with a numeric target (a metric, or the sum of a number field). */
    private List<TargetAdjustment> adjustmentsOf(Caller caller, StoredKeyResult keyResult) {
        boolean targeted = keyResult.keyResult().measure() instanceof MetricMeasure
                || keyResult.keyResult().measure() instanceof IssueMeasure measure
                        && measure.basis() == ProgressBasis.NUMERIC_FIELD;
        if (!targeted) {
            return List.of();
        }
        Outcome<TrackingService.Adjustments> found = tracking.adjustments(caller, keyResult.id());
        return found.isSuccess() ? found.value().history().value().adjustments() : List.of();
    }

    /** The reviews of the goal's quarters that have begun by today, in order. */
    private List<Review> reviews(Caller caller, ObjectiveId id, Period period, LocalDate today) {
        List<Review> reviews = new ArrayList<>();
        for (Period quarter : period.quarters()) {
            if (quarter.start().isAfter(today)) {
                break;
            }
            String text = quarter.start().getYear() + "-Q" + ((quarter.start().getMonthValue() - 1) / 3 + 1);
            Outcome<Review> review = tracking.review(caller, id, text);
            if (review.isSuccess()) {
                reviews.add(review.value());
            }
        }
        return reviews;
    }
}
