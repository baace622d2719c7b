package dev.cascade.okr.service.tracking;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalStore.GoalSlice;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.port.TrackingStore.DaySnapshot;
import dev.cascade.okr.core.progress.Observation;
import dev.cascade.okr.core.progress.RollupNetwork;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.DayText;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.ProgressHistoryService;
import dev.cascade.okr.service.kernel.RolledCascade;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads progress history for charts: a key result's daily series from its snapshots (the daily job's and the
 * back-fill's), and a goal's daily series of rolled-up progress, computed by core's {@link RollupNetwork} over the
 * goal's cascade as it stands, with each key result's progress of that day. Today is read live (the stored progress,
 * which follows issue changes and check-ins at once), so the series ends where the goal's page stands.
 *
 * <p>Access is that of reading the goal: signed in (else 401), the goal exists and the caller may see it (else the
 * same 404 as for a goal or key result that does not exist). Days are UTC days.
 */
@JiraComponent
public final class ProgressSeriesService {

    /** The longest range one request may ask for, in days (three years). */
    public static final int MAX_DAYS = 3 * 366;

    private final AlignmentStore alignments;
    private final TrackingStore tracking;
    private final TrackingAccess access;

    /** Creates the service. */
    @Inject
    public ProgressSeriesService(AlignmentStore alignments, TrackingStore tracking, GoalAccess goalAccess) {
        this(alignments, tracking, goalAccess, Clock.systemUTC());
    }

    ProgressSeriesService(AlignmentStore alignments, TrackingStore tracking, GoalAccess goalAccess, Clock clock) {
        this.alignments = alignments;
        this.tracking = tracking;
        this.access = new TrackingAccess(goalAccess, clock);
    }

    /**
     * One day of a series.
     *
     * @param day the day, as of its end
     * @param progress the progress that day (a manual one stays marked manual), or its no-data reason
     * @param value a key result's value that day in its unit (Done issues, points, the checked-in value...), when
     *     known; always empty for a goal
     */
    public record DayProgress(LocalDate day, Progress progress, Optional<BigDecimal> value) {

        /** Checks presence. */
        public DayProgress {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A series over a range.
     *
     * @param from the first day asked for (or defaulted)
     * @param to the last day asked for (or defaulted)
     * @param days the days with data in the range, oldest first
     */
    public record Series(LocalDate from, LocalDate to, List<DayProgress> days) {

        /** Checks presence and copies. */
        public Series {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            days = List.copyOf(days);
        }
    }

    /**
     * A key result's daily series from {@code from} to {@code to} ({@code YYYY-MM-DD}, both inclusive; defaults: its
     * goal period's start and today): one entry per day with a snapshot, and today as it stands now.
     */
    public Outcome<Series> keyResult(Caller caller, KeyResultId id, String from, String to) {
        Outcome<TrackingAccess.Target> found = access.keyResult(caller, id, false);
        if (!found.isSuccess()) {
            return found.failed();
        }
        Outcome<Range> range = range(from, to, found.value().goal().objective().period());
        if (!range.isSuccess()) {
            return Outcome.failure(range.failure(), range.violations());
        }
        LocalDate today = access.today();
        Range asked = range.value();
        TreeMap<LocalDate, DayProgress> days = new TreeMap<>();
        if (!asked.from().isAfter(today)) {
            for (DaySnapshot snapshot : tracking.snapshots(id, asked.from(), earlier(asked.to(), today))) {
                days.put(snapshot.day(), new DayProgress(snapshot.day(), snapshot.snapshot().progress(),
                        snapshot.snapshot().actual()));
            }
        }
        if (asked.covers(today)) {
            StoredKeyResult now = found.value().keyResult();
            Optional<BigDecimal> value = ProgressHistoryService.amountNow(now);
            if (!(now.keyResult().measure() instanceof IssueMeasure)) {
                // Measured by people: the value core observes from the check-ins (a milestone has none).
                value = tracking.log(id).observationFor(now.keyResult().measure()) instanceof Observation.Value v
                        ? Optional.of(v.actual()) : Optional.empty();
            }
            days.put(today, new DayProgress(today, now.keyResult().progress(), value));
        }
        return Outcome.success(new Series(asked.from(), asked.to(), new ArrayList<>(days.values())));
    }

    /**
     * A goal's daily series of rolled-up progress from {@code from} to {@code to} (defaults: its period's start and
     * today): for each day on which a key result of its cascade has a snapshot, and for today, core's roll-up over the
     * cascade below the goal as it stands now, with each key result's progress of that day (its latest snapshot on or
     * before the day within the range; none before its first one), exactly as the goal's tree rolls up today.
     */
    public Outcome<Series> goal(Caller caller, ObjectiveId id, String from, String to) {
        Outcome<StoredObjective> visible = access.goal(caller, id, false);
        if (!visible.isSuccess()) {
            return Outcome.failure(visible.failure(), visible.violations());
        }
        Outcome<Range> range = range(from, to, visible.value().objective().period());
        if (!range.isSuccess()) {
            return Outcome.failure(range.failure(), range.violations());
        }
        Range asked = range.value();
        LocalDate today = access.today();
        GoalSlice slice = alignments.descendantsOf(id, GoalTrees.MAX_DEPTH);
        if (slice.objectives().isEmpty()) {
            return GoalAccess.goalNotFound(id);
        }
        RollupNetwork network = RolledCascade.network(slice);
        Map<KeyResultId, Progress> live = new HashMap<>();
        for (StoredObjective goal : slice.objectives()) {
            for (KeyResult keyResult : goal.objective().keyResults()) {
                live.put(keyResult.id(), keyResult.progress());
            }
        }
        // Each day starts from "no data" and takes the snapshots as they come, so a key result counts from its first.
        Progress none = Progress.noData(NoDataReason.NOT_COMPUTED);
        for (KeyResultId keyResult : live.keySet()) {
            network.updateKeyResult(keyResult, none);
        }
        TreeMap<LocalDate, List<DaySnapshot>> byDay = new TreeMap<>();
        if (!asked.from().isAfter(today) && !live.isEmpty()) {
            tracking.snapshots(live.keySet(), asked.from(), earlier(asked.to(), today)).values()
                    .forEach(list -> list.forEach(s -> byDay.computeIfAbsent(s.day(), d -> new ArrayList<>()).add(s)));
        }
        List<DayProgress> days = new ArrayList<>();
        for (Map.Entry<LocalDate, List<DaySnapshot>> day : byDay.entrySet()) {
            if (day.getKey().equals(today)) {
                continue; // today is read live below
            }
            for (DaySnapshot snapshot : day.getValue()) {
                network.updateKeyResult(snapshot.keyResultId(), snapshot.snapshot().progress());
            }
            days.add(new DayProgress(day.getKey(), network.progress(id), Optional.empty()));
        }
        if (asked.covers(today)) {
            live.forEach(network::updateKeyResult);
            days.add(new DayProgress(today, network.progress(id), Optional.empty()));
        }
        return Outcome.success(new Series(asked.from(), asked.to(), days));
    }

    /** A range of days, both inclusive. */
    private record Range(LocalDate from, LocalDate to) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /**
     * The range asked for: {@code from} and {@code to} as days (else 400 {@code date.invalid} at the field), defaults
     * the goal period's start and today, {@code to} not before {@code from} (else {@code date.range-reversed} at
     * {@code to}) and at most {@value #MAX_DAYS} days (else {@code date.range-too-long} at {@code to}); a defaulted
     * {@code from} is moved up to fit.
     */
    private Outcome<Range> range(String fromText, String toText, Period goalPeriod) {
        List<Violation> violations = new ArrayList<>();
        Optional<LocalDate> from = DayText.parse(fromText, "from", violations);
        Optional<LocalDate> to = DayText.parse(toText, "to", violations);
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        LocalDate last = to.orElse(access.today());
        LocalDate first = from.orElseGet(() -> {
            LocalDate start = goalPeriod.start();
            LocalDate earliest = last.minusDays(MAX_DAYS - 1L);
            return start.isBefore(earliest) ? earliest : start;
        });
        if (last.isBefore(first)) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.DATE_RANGE_REVERSED, "to",
                    first.toString()));
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.DATE_RANGE_TOO_LONG, "to",
                    String.valueOf(MAX_DAYS)));
        }
        return Outcome.success(new Range(first, last));
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
