package dev.cascade.okr.service.kernel;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.CheckInValues;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalQueries;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.IssueRequest;
import dev.cascade.okr.core.port.IssueSource;
import dev.cascade.okr.core.port.KeyResultStore;
import dev.cascade.okr.core.port.LinkedIssues;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.port.TrackingStore.Snapshot;
import dev.cascade.okr.core.port.TrackingStore.StoredCheckIn;
import dev.cascade.okr.core.progress.IssueCounting;
import dev.cascade.okr.core.progress.IssueFact;
import dev.cascade.okr.core.progress.IssueHistory;
import dev.cascade.okr.core.progress.Observation;
import dev.cascade.okr.core.tracking.CheckInLog;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Progress history: the daily snapshot of every key result, and history back-filled from resolution dates when
 * issue-driven key results get their links. Host-neutral; the daily job and the link-change path call it.
 *
 * <p>Days are UTC days, as the tracking table's "today" is. A back-fill reads the issues of all asked key results
 * in one {@link IssueSource#read} and never replaces a day that already has a snapshot.
 */
@JiraComponent
public final class ProgressHistoryService {

    /** The time zone in which resolutions fall on days; the tracking table counts days in it too. */
    public static final ZoneId ZONE = ZoneOffset.UTC;

    private final GoalStore goals;
    private final GoalQueries queries;
    private final KeyResultStore keyResults;
    private final TrackingStore tracking;
    private final SettingsStore settings;
    private final IssueSource issues;
    private final IssueHistory history = new IssueHistory();

    /** Creates the service. */
    @Inject
    public ProgressHistoryService(GoalStore goals, GoalQueries queries, KeyResultStore keyResults,
            TrackingStore tracking, SettingsStore settings, IssueSource issues) {
        this.goals = goals;
        this.queries = queries;
        this.keyResults = keyResults;
        this.tracking = tracking;
        this.settings = settings;
        this.issues = issues;
    }

    /**
     * Stores today's snapshot of every key result of a goal that is not closed: the progress people see (a manual one
     * stays marked manual), the
     * issue evidence when it came from issues, and the amount when known (an issue-driven key result's amount from
     * its evidence, a metric's or band's latest checked-in value). A snapshot already taken that day is replaced.
     * Objectives are read a page at a time and written one page per store call.
     *
     * @param day the day the snapshots speak for
     * @param at when they were taken
     * @return how many snapshots were stored
     */
    public int snapshotAll(LocalDate day, Instant at) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(at, "at");
        int stored = 0;
        int offset = 0;
        while (true) {
            Page<StoredObjective> page = queries.find(GoalQuery.all().withPage(offset, GoalQuery.MAX_LIMIT));
            // A closed goal's history ends when it was closed: its values are frozen, the series shows them as such.
            List<StoredKeyResult> keyResults = page.items().stream()
                    .filter(goal -> !goal.objective().lifecycle().isFrozen())
                    .flatMap(goal -> goal.keyResults().stream()).toList();
            if (!keyResults.isEmpty()) {
                Set<KeyResultId> checkedIn = new HashSet<>();
                Set<KeyResultId> summed = new HashSet<>();
                for (StoredKeyResult keyResult : keyResults) {
                    Measure measure = keyResult.keyResult().measure();
                    if (measure instanceof MetricMeasure metric && metric.checkInValues() == CheckInValues.PER_PERIOD) {
                        summed.add(keyResult.id());
                    } else if (measure instanceof MetricMeasure || measure instanceof BandMeasure) {
                        checkedIn.add(keyResult.id());
                    }
                }
                Map<KeyResultId, StoredCheckIn> latest = checkedIn.isEmpty() ? Map.of()
                        : tracking.latestCheckIns(checkedIn);
                Map<KeyResultId, CheckInLog> logs = summed.isEmpty() ? Map.of() : tracking.logs(summed);
                Map<KeyResultId, Snapshot> snapshots = new LinkedHashMap<>();
                for (StoredKeyResult keyResult : keyResults) {
                    snapshots.put(keyResult.id(), snapshotOf(keyResult, latest.get(keyResult.id()),
                            logs.get(keyResult.id())));
                }
                tracking.putSnapshots(day, snapshots, at);
                stored += snapshots.size();
            }
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return stored;
            }
        }
    }

    private static Snapshot snapshotOf(StoredKeyResult stored, StoredCheckIn latestOrNull, CheckInLog logOrNull) {
        Measure measure = stored.keyResult().measure();
        Optional<BigDecimal> actual = Optional.empty();
        if (measure instanceof IssueMeasure) {
            actual = amountNow(stored);
        } else if (logOrNull != null) {
            // Amounts per period: the value is the start plus every amount so far, as core observes it.
            Observation observed = logOrNull.observationFor(measure);
            actual = observed instanceof Observation.Value value ? Optional.of(value.actual()) : Optional.empty();
        } else if (latestOrNull != null) {
            actual = latestOrNull.checkIn().value();
        }
        return new Snapshot(stored.keyResult().progress(), stored.keyResult().issueEvidence(), actual);
    }

    /**
     * An issue-driven key result's amount as its issues stand now (from the evidence its last recompute stored), by
     * core's {@link IssueHistory#amount}: what today's snapshot stores and what the tracking table counts for today.
     * Empty for other kinds and without evidence.
     */
    public static Optional<BigDecimal> amountNow(StoredKeyResult stored) {
        if (stored.keyResult().measure() instanceof IssueMeasure measure && stored.keyResult().evidence() != null) {
            return new IssueHistory().amount(measure, stored.keyResult().evidence());
        }
        return Optional.empty();
    }

    /**
     * Back-fills the history of issue-driven key results from their issues' resolution dates (see
     * {@link IssueHistory} for the rule and its limits): for each one whose links all resolve, a snapshot for every
     * day from its goal period's start to yesterday or the period's end, whichever is earlier, so that every month
     * and quarter of the period has the value it began with (the tracking table's actual of a sub-period is the
     * amount at its end minus the amount before it began). Days that already have a snapshot are left as they are.
     * Other key results, unknown ids, key results of closed goals (frozen) and key results with a broken link are
     * skipped.
     *
     * @param ids the key results, typically those whose links just changed
     * @param today the current day (UTC); nothing is written for it or later
     * @param at when the snapshots were reconstructed
     * @return how many snapshots were stored
     */
    public int backfill(Set<KeyResultId> ids, LocalDate today, Instant at) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(at, "at");
        List<StoredKeyResult> issueDriven = this.keyResults.keyResults(ids).stream()
                .filter(k -> k.keyResult().measure() instanceof IssueMeasure).toList();
        if (issueDriven.isEmpty()) {
            return 0;
        }
        Map<ObjectiveId, Period> periods = new HashMap<>();
        for (StoredObjective goal : goals.goals(issueDriven.stream().map(StoredKeyResult::objectiveId)
                .distinct().toList())) {
            if (!goal.objective().lifecycle().isFrozen()) {
                periods.put(goal.id(), goal.objective().period());
            }
        }
        List<StoredKeyResult> driven = issueDriven.stream().filter(k -> periods.containsKey(k.objectiveId()))
                .toList();
        if (driven.isEmpty()) {
            return 0;
        }
        Set<WorkLink> links = new HashSet<>();
        Set<String> fields = new HashSet<>();
        for (StoredKeyResult keyResult : driven) {
            IssueMeasure measure = (IssueMeasure) keyResult.keyResult().measure();
            links.addAll(measure.links());
            if (measure.numericFieldId() != null) {
                fields.add(measure.numericFieldId());
            }
        }
        IssueCounting counting = IssueCountingSetting.stored(settings).value();
        LinkedIssues read = issues.read(new IssueRequest(links, counting.countSubTasks(), counting.storyPointField(),
                fields));
        int stored = 0;
        for (StoredKeyResult keyResult : driven) {
            Period period = periods.get(keyResult.objectiveId());
            if (period != null) {
                stored += backfillOne(keyResult, (IssueMeasure) keyResult.keyResult().measure(), period, read,
                        today, at);
            }
        }
        return stored;
    }

    private int backfillOne(StoredKeyResult keyResult, IssueMeasure measure, Period period, LinkedIssues read,
            LocalDate today, Instant at) {
        List<IssueFact> facts = new ArrayList<>();
        for (WorkLink link : measure.links()) {
            List<IssueFact> ofLink = read.issues().get(link);
            if (ofLink == null) {
                return 0; // a broken link: its history cannot be told
            }
            facts.addAll(ofLink);
        }
        // From the period's start, not from the day before the first resolution: a quarter that began before it
        // needs the amount of the day before it began (before this, October and Q4 had no actual when the first
        // issue was resolved on 30 October).
        LocalDate from = period.start();
        LocalDate to = earliestOf(today.minusDays(1), period.end());
        Map<LocalDate, Snapshot> byDay = new LinkedHashMap<>();
        for (IssueHistory.Day day : history.reconstruct(measure, facts, from, to, ZONE)) {
            byDay.put(day.day(), new Snapshot(day.evaluation().progress(), Optional.of(day.completion()),
                    day.amount()));
        }
        return byDay.isEmpty() ? 0 : tracking.addSnapshots(keyResult.id(), byDay, at);
    }


    private static LocalDate earliestOf(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
