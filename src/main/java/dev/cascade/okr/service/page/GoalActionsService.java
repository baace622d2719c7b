package dev.cascade.okr.service.page;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.appraisal.Objection;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.tracking.TargetAdjustment;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.appraisal.AppraisalService;
import dev.cascade.okr.service.goal.GoalFilter;
import dev.cascade.okr.service.goal.GoalService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.PeriodText;
import dev.cascade.okr.service.tracking.TrackingService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the dialogs of a goal's page need to act on it, in one call: the goal as stored (with its version and its key
 * results' versions), each key result's target-adjustment history version and pending request, the version of each
 * quarter's review notes, the confirmation's version, and the goals of the period it may be aligned to. Each read goes
 * through its room's service, with its access rules: a goal the caller may not see answers as one that does not
 * exist; a part the caller may not read (another person's confirmation) is simply absent, and the server decides again
 * when the dialog is sent.
 */
@JiraComponent
public final class GoalActionsService {

    /** The most goals offered as parents in the align dialog: one page of the goals list. */
    public static final int MAX_PARENTS = GoalQuery.MAX_LIMIT;

    private final GoalService goals;
    private final TrackingService tracking;
    private final AppraisalService appraisals;
    private final SettingsStore settings;

    /** Creates the service. */
    @Inject
    public GoalActionsService(GoalService goals, TrackingService tracking, AppraisalService appraisals,
            SettingsStore settings) {
        this.goals = goals;
        this.tracking = tracking;
        this.appraisals = appraisals;
        this.settings = settings;
    }

    /**
     * A key result's target adjustments as its dialogs need them.
     *
     * @param version the history's version (0 when none)
     * @param currentTarget the target in force
     * @param pending the request waiting for its approver, if any
     */
    public record AdjustmentState(long version, BigDecimal currentTarget, Optional<TargetAdjustment> pending) {
    }

    /**
     * A quarter of the goal's period with its review notes' version.
     *
     * @param quarter the quarter's text ({@code 2026-Q4})
     * @param version the notes' version, 0 before the first notes
     */
    public record ReviewState(String quarter, long version) {
    }

    /**
     * What a goal's dialogs need.
     *
     * @param goal the goal as stored
     * @param levels the configured levels
     * @param adjustments by key result, for those with a target
     * @param reviews the quarters of its period
     * @param confirmationVersion the confirmation's version (0 before the first act), when the caller may read it
     * @param objections the confirmation's objections, oldest first (their index is the one {@code …/resolve} names)
     * @param parents goals of overlapping periods it could be aligned to (not itself), at most {@value #MAX_PARENTS}
     */
    public record GoalActions(StoredObjective goal, LevelScheme levels, Map<KeyResultId, AdjustmentState> adjustments,
            List<ReviewState> reviews, Optional<Long> confirmationVersion, List<Objection> objections,
            List<StoredObjective> parents) {

        /** Copies the parts. */
        public GoalActions {
            adjustments = Map.copyOf(adjustments);
            reviews = List.copyOf(reviews);
            objections = List.copyOf(objections);
            parents = List.copyOf(parents);
        }
    }

    /** What the dialogs of goal {@code goalId} need, as the caller may see it. */
    public Outcome<GoalActions> actions(Caller caller, long goalId) {
        if (goalId <= 0) {
            return Outcome.failure(Failure.NOT_FOUND, Violation.of(ViolationCode.OBJECTIVE_NOT_FOUND, "id",
                    Long.toString(goalId)));
        }
        Outcome<StoredObjective> read = goals.goal(caller, new ObjectiveId(goalId));
        if (!read.isSuccess()) {
            return read.failed();
        }
        StoredObjective goal = read.value();
        Map<KeyResultId, AdjustmentState> adjustments = new LinkedHashMap<>();
        for (StoredKeyResult keyResult : goal.keyResults()) {
            Outcome<TrackingService.Adjustments> history = tracking.adjustments(caller, keyResult.id());
            if (history.isSuccess()) {
                adjustments.put(keyResult.id(), new AdjustmentState(history.value().history().version(),
                        history.value().targetToday(), history.value().history().value().pending()));
            }
        }
        List<ReviewState> reviews = new ArrayList<>();
        for (Period quarter : goal.objective().period().quarters()) {
            String text = PeriodText.shortcut(quarter).orElseThrow();
            Outcome<TrackingService.Review> review = tracking.review(caller, goal.id(), text);
            reviews.add(new ReviewState(text, review.isSuccess() ? review.value().version() : 0));
        }
        Outcome<AppraisalService.ConfirmationState> confirmation = appraisals.confirmation(caller, goalId);
        Optional<Long> confirmationVersion = confirmation.isSuccess()
                ? Optional.of(confirmation.value().confirmation().map(c -> c.version()).orElse(0L)) : Optional.empty();
        List<Objection> objections = confirmation.isSuccess() ? confirmation.value().confirmation()
                .map(c -> c.confirmation().objections()).orElse(List.of()) : List.of();
        String period = PeriodText.shortcut(goal.objective().period()).orElse(null);
        Outcome<Page<StoredObjective>> candidates = goals.find(caller,
                new GoalFilter(period, null, null, null, null, 0, MAX_PARENTS));
        List<StoredObjective> parents = candidates.isSuccess() ? candidates.value().items().stream()
                .filter(other -> !other.id().equals(goal.id())).toList() : List.of();
        return Outcome.success(new GoalActions(goal, settings.levelScheme().value(), adjustments, reviews,
                confirmationVersion, objections, parents));
    }
}
