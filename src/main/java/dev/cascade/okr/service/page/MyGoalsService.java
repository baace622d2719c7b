package dev.cascade.okr.service.page;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.tracking.CheckInDue;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.service.goal.GoalFilter;
import dev.cascade.okr.service.goal.GoalService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTree;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.tracking.TrackingService;
import dev.cascade.okr.service.tracking.TrackingService.TrackingLine;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "My goals": the goals the signed-in person owns in a period, each with its rolled-up progress and zone
 * ({@link GoalService#findRolledUp}, filtered by owner: the same call, visibility and paging as {@code GET /goals}) and
 * its key results with their tracking status and next check-in ({@link TrackingService#trackingTable}: core's
 * {@code TrackingPolicy} and {@code CheckInDue}). Nothing is computed here but the order: goals with an overdue
 * check-in first (most days overdue first), and within a goal its overdue key results first; otherwise the found order.
 *
 * <p>Bounded: at most {@value GoalQuery#MAX_LIMIT} goals (the answer's {@code total} says how many the person owns in
 * the period), one tracking read per goal.
 */
@JiraComponent
public final class MyGoalsService {

    private final GoalService goals;
    private final TrackingService tracking;

    /** Creates the service. */
    @Inject
    public MyGoalsService(GoalService goals, TrackingService tracking) {
        this.goals = goals;
        this.tracking = tracking;
    }

    /**
     * The caller's goals in a period.
     *
     * @param goals the goals, overdue check-ins first
     * @param total how many goals the caller owns in the period (more than {@code goals} holds when over the limit)
     */
    public record MyGoals(List<MyGoal> goals, int total) {

        /** Copies the goals. */
        public MyGoals {
            goals = List.copyOf(goals);
        }

        /** How many key results have an overdue check-in. */
        public int overdueCheckIns() {
            return (int) goals.stream().flatMap(g -> g.keyResults().stream()).filter(MyKeyResult::overdue).count();
        }
    }

    /**
     * One goal of the caller's.
     *
     * @param goal the goal with its rolled-up progress (its zone is the stored goal's)
     * @param keyResults its key results, overdue check-ins first
     */
    public record MyGoal(GoalTree goal, List<MyKeyResult> keyResults) {

        /** Copies the key results. */
        public MyGoal {
            keyResults = List.copyOf(keyResults);
        }

        /** The most days a check-in on one of its key results is overdue; 0 when none is. */
        public long daysOverdue() {
            return keyResults.stream().mapToLong(MyKeyResult::daysOverdue).max().orElse(0);
        }
    }

    /**
     * One key result of a goal of the caller's.
     *
     * @param keyResult the key result
     * @param status core's tracking status in the goal's period (against its plan, else by pace); empty when the
     *     goal's period cannot be tracked as a whole (a custom period across years)
     * @param due core's next check-in; empty in the same case
     */
    public record MyKeyResult(StoredKeyResult keyResult, Optional<TrackingStatus> status, Optional<CheckInDue> due) {

        /** Whether its check-in is overdue. */
        public boolean overdue() {
            return due.map(CheckInDue::isOverdue).orElse(false);
        }

        /** Days overdue; 0 when not overdue. */
        public long daysOverdue() {
            return due.map(CheckInDue::daysOverdue).orElse(0L);
        }

        /** The day the next check-in is due, if one is. */
        public Optional<LocalDate> nextDue() {
            return due.flatMap(CheckInDue::nextDue);
        }
    }

    /**
     * The goals the caller owns in {@code period} (goals whose period overlaps it), optionally in one project: 401 when
     * nobody is signed in; the goal list's 400s ({@code period.invalid} at {@code period}, {@code project.unknown} at
     * {@code project}).
     *
     * @param period a period shortcut ({@code 2026}, {@code 2026-Q4}); {@code null} or blank for every period
     * @param project a project key; {@code null} or blank for every project
     */
    public Outcome<MyGoals> mine(Caller caller, String period, String project) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return GoalAccess.unauthenticated();
        }
        Outcome<Page<GoalTree>> found = goals.findRolledUp(caller, new GoalFilter(blankToNull(period), null,
                blankToNull(project), user.get(), null, 0, GoalQuery.MAX_LIMIT));
        if (!found.isSuccess()) {
            return found.failed();
        }
        List<MyGoal> mine = new ArrayList<>();
        for (GoalTree goal : found.value().items()) {
            mine.add(new MyGoal(goal, keyResults(caller, goal)));
        }
        List<MyGoal> ordered = new ArrayList<>(mine);
        ordered.sort(Comparator.comparingLong(MyGoal::daysOverdue).reversed());
        return Outcome.success(new MyGoals(ordered, found.value().total()));
    }

    /** The goal's key results with core's tracking figures for its whole period, overdue check-ins first. */
    private List<MyKeyResult> keyResults(Caller caller, GoalTree goal) {
        // The year that holds the goal's period asks the tracking table for that whole period (a quarter's goal too).
        String year = String.valueOf(goal.goal().objective().period().start().getYear());
        Outcome<TrackingService.TrackingTable> table = tracking.trackingTable(caller, goal.goal().id(), year);
        Map<Long, TrackingLine> lines = new HashMap<>();
        if (table.isSuccess()) {
            table.value().lines().forEach(line -> lines.put(line.keyResult().id().value(), line));
        }
        List<MyKeyResult> keyResults = new ArrayList<>();
        for (StoredKeyResult keyResult : goal.goal().keyResults()) {
            Optional<TrackingLine> line = Optional.ofNullable(lines.get(keyResult.id().value()));
            keyResults.add(new MyKeyResult(keyResult, line.map(TrackingLine::paceStatus),
                    line.map(TrackingLine::due)));
        }
        keyResults.sort(Comparator.comparingLong(MyKeyResult::daysOverdue).reversed());
        return keyResults;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
