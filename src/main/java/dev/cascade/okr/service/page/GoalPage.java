package dev.cascade.okr.service.page;

import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.TrackingStore.StoredCheckIn;
import dev.cascade.okr.core.progress.Zone;
import dev.cascade.okr.core.tracking.Plan;
import dev.cascade.okr.core.tracking.TargetAdjustment;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.service.goal.KeyResultIssuesService.KeyResultIssues;
import dev.cascade.okr.service.kernel.GoalTree;
import dev.cascade.okr.service.tracking.ProgressSeriesService.Series;
import dev.cascade.okr.service.tracking.TrackingService.Review;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a goal's page shows, as the services answered it for one reader: nothing here is computed for the page.
 *
 * @param goal the goal as stored
 * @param levels the configured level scheme, which names the goal's level
 * @param progress its rolled-up progress, as its cascade tree shows it
 * @param coverage the share of its input weight that had data, 0 to 1
 * @param status its tracking status: core's pace rule ({@code TrackingPolicy#statusByPace}) over the rolled-up
 *     progress against the elapsed share of its period, with the configured thresholds
 * @param zone its zone from its key results' zones (core's {@code GoalZone})
 * @param keyResults its key results, in the goal's order
 * @param parents the goals it supports that the reader may see, each with its contribution
 * @param children the goals aligned to it that the reader may see, each with its contribution
 * @param series its daily rolled-up progress over its period up to today (the actual line of its chart)
 * @param checkIns the newest check-ins of its key results, newest first
 * @param moreCheckIns whether a key result has more check-ins than are listed
 * @param reviews its quarterly reviews of the quarters that have begun, in order
 * @param today the day the page was read (UTC)
 */
public record GoalPage(StoredObjective goal, LevelScheme levels, Progress progress, double coverage,
        TrackingStatus status, Zone zone, List<KeyResultPart> keyResults, List<Related> parents,
        List<Related> children, Series series, List<CheckInEntry> checkIns, boolean moreCheckIns,
        List<Review> reviews, LocalDate today) {

    /** Checks presence and copies the lists. */
    public GoalPage {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(today, "today");
        keyResults = List.copyOf(keyResults);
        parents = List.copyOf(parents);
        children = List.copyOf(children);
        checkIns = List.copyOf(checkIns);
        reviews = List.copyOf(reviews);
    }

    /**
     * One key result with what the tracking and goal rooms answer about it.
     *
     * @param keyResult the key result as stored (progress, zone, basis, measure with its tiers)
     * @param status its tracking status over the goal's period (against its plan, else by pace)
     * @param issues the issues behind each of its links that the reader may browse; empty unless it is measured by
     *     issues
     * @param adjustments its target adjustments, oldest first; empty when it has no numeric target or none was made
     * @param plan its time-phased plan as stored; empty when it has none
     * @param history its daily values over the goal's period up to today (the actual line of its chart)
     */
    public record KeyResultPart(StoredKeyResult keyResult, TrackingStatus status, Optional<KeyResultIssues> issues,
            List<TargetAdjustment> adjustments, Optional<Plan> plan, Series history) {

        /** Checks presence and copies the adjustments. */
        public KeyResultPart {
            Objects.requireNonNull(keyResult, "keyResult");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(issues, "issues");
            adjustments = List.copyOf(adjustments);
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(history, "history");
        }
    }

    /**
     * A parent or child goal with the contribution of the alignment between the two.
     *
     * @param goal the goal with its rolled-up progress (its own children are not listed)
     * @param contribution the child's contribution to the parent
     */
    public record Related(GoalTree goal, Weight contribution) {

        /** Checks presence. */
        public Related {
            Objects.requireNonNull(goal, "goal");
            Objects.requireNonNull(contribution, "contribution");
        }
    }

    /**
     * A check-in with the key result it was made on.
     *
     * @param keyResult the key result
     * @param checkIn the check-in
     */
    public record CheckInEntry(StoredKeyResult keyResult, StoredCheckIn checkIn) {

        /** Checks presence. */
        public CheckInEntry {
            Objects.requireNonNull(keyResult, "keyResult");
            Objects.requireNonNull(checkIn, "checkIn");
        }
    }
}
