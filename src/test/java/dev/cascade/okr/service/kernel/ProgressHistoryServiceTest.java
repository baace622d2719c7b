package dev.cascade.okr.service.kernel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.IssueRequest;
import dev.cascade.okr.core.port.IssueSource;
import dev.cascade.okr.core.port.LinkedIssues;
import dev.cascade.okr.core.port.TrackingStore.DaySnapshot;
import dev.cascade.okr.core.port.TrackingStore.Snapshot;
import dev.cascade.okr.core.progress.IssueFact;
import dev.cascade.okr.core.tracking.CheckIn;
import dev.cascade.okr.devhost.ao.DevActiveObjects;
import dev.cascade.okr.store.H2Database;
import dev.cascade.okr.store.goal.AoGoalQueries;
import dev.cascade.okr.store.goal.AoGoalStore;
import dev.cascade.okr.store.goal.AoKeyResultStore;
import dev.cascade.okr.store.goal.KeyResultAo;
import dev.cascade.okr.store.goal.ObjectiveAo;
import dev.cascade.okr.store.goal.WorkLinkAo;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import dev.cascade.okr.store.settings.AoSettingsStore;
import dev.cascade.okr.store.settings.SettingAo;
import dev.cascade.okr.store.tracking.AoTrackingStore;
import dev.cascade.okr.store.tracking.CheckInAo;
import dev.cascade.okr.store.tracking.CheckInHeadAo;
import dev.cascade.okr.store.tracking.SnapshotAo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * The daily snapshot of every key result and the back-fill from resolution dates, on the real stores (H2) with a
 * fake issue source.
 */
public class ProgressHistoryServiceTest {

    private static final Instant AT = Instant.parse("2026-03-20T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final WorkLink EPIC = new WorkLink.Epic("CASC-1");
    private static final WorkLink GONE = new WorkLink.Epic("CASC-404");

    @Rule
    public final H2Database h2 = new H2Database(ObjectiveAo.class, KeyResultAo.class, WorkLinkAo.class,
            VersionClaimAo.class, SnapshotAo.class, CheckInAo.class, CheckInHeadAo.class, SettingAo.class);

    private AoGoalStore goals;
    private AoTrackingStore tracking;
    private FakeIssues issues;
    private ProgressHistoryService service;

    @Before
    public void setUp() {
        DevActiveObjects ao = h2.ao();
        goals = new AoGoalStore(ao);
        tracking = new AoTrackingStore(ao);
        issues = new FakeIssues();
        service = new ProgressHistoryService(goals, new AoGoalQueries(ao), new AoKeyResultStore(ao), tracking,
                new AoSettingsStore(ao), issues);
    }

    @Test
    public void shouldSnapshotEveryKeyResultWithItsAmountWhenTheDailyJobRuns() {
        StoredObjective goal = goals.insert(new NewObjective(fields(Period.quarter(2026, 1)), List.of(
                new NewKeyResult(new KeyResultFields("Close the epic", Weight.ofPercent(50),
                        IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(EPIC)), null),
                        new Measured(Progress.of(0.5), new IssueCompletion(4, 2, 1))),
                new NewKeyResult(new KeyResultFields("Revenue", Weight.ofPercent(50), revenue(), null),
                        new Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null)))), "alice", AT);
        KeyResultId closing = goal.keyResults().get(0).id();
        KeyResultId revenue = goal.keyResults().get(1).id();
        tracking.append(new CheckIn(revenue, Optional.of(new BigDecimal("1200")), 7, "", "", "", "",
                new UserRef("alice"), TODAY.minusDays(2), AT.minusSeconds(3600)));
        for (int i = 0; i < 120; i++) { // more than one page of objectives
            goals.insert(new NewObjective(fields(Period.quarter(2026, 1)), List.of()), "alice", AT);
        }

        int stored = service.snapshotAll(TODAY, AT);

        assertEquals(2, stored);
        Map<KeyResultId, DaySnapshot> read = tracking.snapshotsOn(Set.of(closing, revenue), TODAY);
        assertEquals(new Snapshot(Progress.of(0.5), Optional.of(new IssueCompletion(4, 2, 1)),
                Optional.of(new BigDecimal("2"))), read.get(closing).snapshot());
        assertEquals(new Snapshot(Progress.noData(NoDataReason.NOT_COMPUTED), Optional.empty(),
                Optional.of(new BigDecimal("1200"))), read.get(revenue).snapshot());
        assertEquals(0, issues.reads);
    }

    /**
     * From the goal period's start, no longer from the day before the first resolution: a quarter or month that began
     * before the first resolution needs the amount of the day before it began (issue 10: October and Q4 read
     * "no actual" on the dev host although issues were resolved on 30 October and 8 November).
     */
    @Test
    public void shouldBackFillFromThePeriodStartToYesterdayWhenLinked() {
        KeyResultId kr = issueKeyResult(Period.quarter(2026, 1), EPIC);
        issues.facts = List.of(fact("A-1", "2026-03-10T08:00:00Z"), fact("A-2", "2026-03-15T08:00:00Z"),
                fact("A-3", null), fact("A-4", "2026-03-25T08:00:00Z"));
        tracking.putSnapshots(LocalDate.of(2026, 3, 12), Map.of(kr, new Snapshot(Progress.of(0.9), Optional.empty(),
                Optional.empty())), AT.minusSeconds(86_400 * 8));

        int stored = service.backfill(Set.of(kr), TODAY, AT);

        List<DaySnapshot> history = tracking.snapshots(kr, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 31));
        assertEquals(77, stored); // 1 January..19 March, but the 12th of March was already measured
        assertEquals(LocalDate.of(2026, 1, 1), history.get(0).day());
        assertEquals(Optional.of(BigDecimal.ZERO), history.get(0).snapshot().actual());
        assertEquals(LocalDate.of(2026, 3, 9), history.get(67).day());
        assertEquals(Optional.of(BigDecimal.ZERO), history.get(67).snapshot().actual());
        assertEquals(Optional.of(BigDecimal.ONE), history.get(68).snapshot().actual());
        assertEquals(0.9, history.get(70).snapshot().progress().fraction(), 0); // kept
        assertEquals(LocalDate.of(2026, 3, 19), history.get(history.size() - 1).day());
        assertEquals(Optional.of(new BigDecimal("2")), history.get(77).snapshot().actual());
        assertEquals(0.5, history.get(77).snapshot().progress().fraction(), 0);
        assertEquals(1, issues.reads);
        assertEquals(0, service.backfill(Set.of(kr), TODAY, AT));
    }

    @Test
    public void shouldBackFillAFlatHistoryWhenNoIssueIsResolvedYet() {
        KeyResultId kr = issueKeyResult(Period.month(2026, 3), EPIC);
        issues.facts = List.of(fact("A-1", null), fact("A-2", null));

        assertEquals(19, service.backfill(Set.of(kr), TODAY, AT)); // 1..19 March

        List<DaySnapshot> history = tracking.snapshots(kr, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertTrue(history.stream().allMatch(d -> d.snapshot().actual().equals(Optional.of(BigDecimal.ZERO))));
    }

    @Test
    public void shouldReadAllKeyResultsInOneSearchAndCapAtThePeriodWhenSeveralAreBackFilled() {
        KeyResultId january = issueKeyResult(Period.month(2026, 1), EPIC);
        KeyResultId quarter = issueKeyResult(Period.quarter(2026, 1), EPIC);
        KeyResultId broken = issueKeyResult(Period.quarter(2026, 1), GONE);
        issues.facts = List.of(fact("A-1", "2025-12-20T08:00:00Z"), fact("A-2", "2026-01-30T08:00:00Z"),
                fact("A-3", null));

        service.backfill(Set.of(january, quarter, broken), LocalDate.of(2026, 2, 3), AT);

        assertEquals(1, issues.reads);
        assertEquals(Set.of(EPIC, GONE), issues.lastRequest.links());
        List<DaySnapshot> ofJanuary = tracking.snapshots(january, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals(31, ofJanuary.size());
        assertEquals(LocalDate.of(2026, 1, 1), ofJanuary.get(0).day());
        assertEquals(LocalDate.of(2026, 1, 31), ofJanuary.get(30).day());
        List<DaySnapshot> ofQuarter = tracking.snapshots(quarter, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals(LocalDate.of(2026, 2, 2), ofQuarter.get(ofQuarter.size() - 1).day());
        assertEquals(Optional.of(new BigDecimal("2")), ofQuarter.get(ofQuarter.size() - 1).snapshot().actual());
        assertTrue(tracking.snapshots(broken, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)).isEmpty());
    }

    @Test
    public void shouldNotSearchWhenNoKeyResultIsIssueDriven() {
        StoredObjective goal = goals.insert(new NewObjective(fields(Period.quarter(2026, 1)), List.of(
                new NewKeyResult(new KeyResultFields("Revenue", Weight.ofPercent(100), revenue(), null),
                        new Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null)))), "alice", AT);

        assertEquals(0, service.backfill(Set.of(goal.keyResults().get(0).id(), new KeyResultId(999)), TODAY, AT));
        assertEquals(0, issues.reads);
    }

    // ---- fixtures ----

    private KeyResultId issueKeyResult(Period period, WorkLink link) {
        return goals.insert(new NewObjective(fields(period), List.of(new NewKeyResult(new KeyResultFields("Epic",
                Weight.ofPercent(100), IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(link)), null),
                new Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null)))), "alice", AT)
                .keyResults().get(0).id();
    }

    private static ObjectiveFields fields(Period period) {
        return new ObjectiveFields("Ship it", null, new UserRef("alice"), "team", period, new OrgUnit.Project("CASC"),
                GoalType.RESULT, Lifecycle.ACTIVE, Visibility.MEMBERS, false);
    }

    private static MetricMeasure revenue() {
        return new MetricMeasure(Direction.INCREASE, BigDecimal.ZERO, TargetTiers.of(new BigDecimal("20000")), "CNY");
    }

    private static IssueFact fact(String key, String resolvedAt) {
        return new IssueFact(key, key, resolvedAt == null ? StatusCategory.IN_PROGRESS : StatusCategory.DONE,
                resolvedAt == null ? null : Instant.parse(resolvedAt), null, Map.of(), false);
    }

    /** The issues of {@link #EPIC}; every other epic is gone. Counts its reads. */
    private static final class FakeIssues implements IssueSource {
        List<IssueFact> facts = List.of();
        int reads;
        IssueRequest lastRequest;

        @Override
        public LinkedIssues read(IssueRequest request) {
            reads++;
            lastRequest = request;
            Map<WorkLink, List<IssueFact>> found = new java.util.HashMap<>();
            List<WorkLink> broken = new ArrayList<>();
            for (WorkLink link : request.links()) {
                if (link.equals(EPIC)) {
                    found.put(link, facts);
                } else {
                    broken.add(link);
                }
            }
            return new LinkedIssues(found, Set.copyOf(broken), 1);
        }

        @Override
        public List<IssueFact> visibleIssues(IssueRequest request, String userKey, int limit) {
            throw new UnsupportedOperationException("not used by history");
        }
    }
}
