package dev.cascade.okr.service.page;

import static dev.cascade.okr.service.kernel.HostDoubles.everyProject;
import static dev.cascade.okr.service.kernel.HostDoubles.freeLocks;
import static dev.cascade.okr.service.kernel.HostDoubles.memberOf;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
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
import dev.cascade.okr.core.progress.IssueFact;
import dev.cascade.okr.core.progress.Zone;
import dev.cascade.okr.core.tracking.CheckInDraft;
import dev.cascade.okr.core.tracking.PlanGranularity;
import dev.cascade.okr.core.tracking.ReviewNotes;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.devhost.DevCacheManager;
import dev.cascade.okr.devhost.ao.DevActiveObjects;
import dev.cascade.okr.service.goal.CascadeService;
import dev.cascade.okr.service.goal.GoalService;
import dev.cascade.okr.service.goal.KeyResultIssuesService;
import dev.cascade.okr.service.goal.KeyResultMeasuring;
import dev.cascade.okr.service.kernel.AccessService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.ProgressHistoryService;
import dev.cascade.okr.service.kernel.ProgressService;
import dev.cascade.okr.service.tracking.ProgressSeriesService;
import dev.cascade.okr.service.tracking.TrackingService;
import dev.cascade.okr.store.H2Database;
import dev.cascade.okr.store.goal.AlignmentAo;
import dev.cascade.okr.store.goal.AoAlignmentStore;
import dev.cascade.okr.store.goal.AoGoalQueries;
import dev.cascade.okr.store.goal.AoGoalStateStore;
import dev.cascade.okr.store.goal.AoGoalStore;
import dev.cascade.okr.store.goal.AoKeyResultStore;
import dev.cascade.okr.store.goal.KeyResultAo;
import dev.cascade.okr.store.goal.ObjectiveAo;
import dev.cascade.okr.store.goal.WorkLinkAo;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import dev.cascade.okr.store.settings.AoPeopleStore;
import dev.cascade.okr.store.settings.AoSettingsStore;
import dev.cascade.okr.store.settings.ManagerAo;
import dev.cascade.okr.store.settings.PersonAo;
import dev.cascade.okr.store.settings.SettingAo;
import dev.cascade.okr.store.tracking.AdjustmentAo;
import dev.cascade.okr.store.tracking.AoTrackingStore;
import dev.cascade.okr.store.tracking.CheckInAo;
import dev.cascade.okr.store.tracking.CheckInHeadAo;
import dev.cascade.okr.store.tracking.PlanAo;
import dev.cascade.okr.store.tracking.PlanValueAo;
import dev.cascade.okr.store.tracking.ReviewNoteAo;
import dev.cascade.okr.store.tracking.SnapshotAo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * A goal's page gathered from the real services over the real stores (AO on H2), for a reader who is neither an
 * administrator nor the owner of everything: the same 404 for a hidden and a missing goal, parents and children the
 * reader may not see left out, the issues the reader may browse, and every room's answer in its place.
 *
 * <p>The goal {@code team} (alice's, this year) supports {@code company} (everyone may see it, 30%) and
 * {@code secret} (carol's private goal); {@code squad} supports {@code team} with 40% and {@code hiddenChild}
 * (private) with 60%. The services read today from the system clock, so the period is the current year.
 */
public class GoalPageServiceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Period YEAR = Period.year(TODAY.getYear());
    private static final Instant AT = Instant.now();
    private static final WorkLink EPIC = new WorkLink.Epic("CASC-1");
    private static final Caller ALICE = Caller.user("alice");

    @Rule
    public final H2Database h2 = new H2Database(ObjectiveAo.class, KeyResultAo.class, WorkLinkAo.class,
            AlignmentAo.class, VersionClaimAo.class, SnapshotAo.class, CheckInAo.class, CheckInHeadAo.class,
            PlanAo.class, PlanValueAo.class, AdjustmentAo.class, ReviewNoteAo.class, SettingAo.class,
            ManagerAo.class, PersonAo.class);

    private AoGoalStore goals;
    private AoAlignmentStore alignments;
    private AoTrackingStore tracking;
    private AoSettingsStore settings;
    private TrackingService trackingService;
    private GoalPageService pages;
    private ObjectiveId team;
    private ObjectiveId company;
    private ObjectiveId secret;
    private ObjectiveId squad;
    private KeyResultId metric;
    private KeyResultId epic;

    @Before
    public void setUp() {
        DevActiveObjects ao = h2.ao();
        goals = new AoGoalStore(ao);
        alignments = new AoAlignmentStore(ao);
        AoGoalQueries queries = new AoGoalQueries(ao);
        AoKeyResultStore keyResultStore = new AoKeyResultStore(ao);
        AoGoalStateStore states = new AoGoalStateStore(ao);
        tracking = new AoTrackingStore(ao);
        settings = new AoSettingsStore(ao);
        GoalTrees trees = new GoalTrees(new DevCacheManager(), goals, alignments);
        AccessService access = new AccessService(memberOf("CASC"), new AoPeopleStore(ao), settings);
        GoalAccess goalAccess = new GoalAccess(goals, keyResultStore, queries, access);
        IssueSource issues = new EpicIssues();
        Clock clock = Clock.systemUTC();
        ProgressService progress = new ProgressService(keyResultStore, states, tracking, issues, settings, trees,
                freeLocks(), clock);
        KeyResultMeasuring measuring = new KeyResultMeasuring(progress,
                new ProgressHistoryService(goals, queries, keyResultStore, tracking, settings, issues));
        trackingService = new TrackingService(goals, keyResultStore, tracking, settings, goalAccess, trees, progress);
        pages = new GoalPageService(new GoalService(goals, queries, states, alignments, everyProject(), goalAccess,
                settings, trees, measuring, clock),
                new CascadeService(alignments, everyProject(), goalAccess, trees),
                new KeyResultIssuesService(issues, settings, goalAccess),
                new ProgressSeriesService(alignments, tracking, goalAccess), trackingService, alignments,
                settings, clock);

        StoredObjective teamGoal = goals.insert(new NewObjective(fields("Team goal", "alice", Visibility.EVERYONE),
                List.of(new NewKeyResult(new KeyResultFields("Win customers", Weight.ofPercent(60),
                        new MetricMeasure(Direction.INCREASE, new BigDecimal("100"), new TargetTiers(
                                new BigDecimal("150"), new BigDecimal("200"), new BigDecimal("250")), "customers"),
                        null), new Measured(Progress.noData(NoDataReason.NO_CHECK_IN), null, Zone.NONE)),
                        new NewKeyResult(new KeyResultFields("Ship the epic", Weight.ofPercent(40),
                                IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(EPIC)), null),
                                new Measured(Progress.of(0.5), null, Zone.BELOW_FLOOR)))), "alice", AT);
        team = teamGoal.id();
        metric = teamGoal.keyResults().get(0).id();
        epic = teamGoal.keyResults().get(1).id();
        company = goal("Company goal", "carol", Visibility.EVERYONE);
        secret = goal("Secret goal", "carol", Visibility.PRIVATE);
        squad = goal("Squad goal", "bob", Visibility.EVERYONE);
        ObjectiveId hiddenChild = goal("Hidden child", "carol", Visibility.PRIVATE);
        alignments.align(new Alignment(team, company, Weight.ofPercent(30)), "alice", AT);
        alignments.align(new Alignment(team, secret, Weight.ofPercent(50)), "carol", AT);
        alignments.align(new Alignment(squad, team, Weight.ofPercent(40)), "bob", AT);
        alignments.align(new Alignment(hiddenChild, team, Weight.ofPercent(60)), "carol", AT);
    }

    @Test
    public void shouldAnswerTheSameNotFoundWhenTheGoalIsHiddenOrMissingAndAskForASignInWhenAnonymous() {
        Outcome<GoalPage> hidden = pages.page(ALICE, secret.value());
        Outcome<GoalPage> missing = pages.page(ALICE, 999_999);
        Outcome<GoalPage> nonsense = pages.page(ALICE, -1);

        for (Outcome<GoalPage> outcome : List.of(hidden, missing, nonsense)) {
            assertEquals(Outcome.Failure.NOT_FOUND, outcome.failure());
            assertEquals(ViolationCode.OBJECTIVE_NOT_FOUND, outcome.violations().get(0).code());
        }
        assertEquals(Outcome.Failure.UNAUTHENTICATED, pages.page(Caller.anonymous(), team.value()).failure());
    }

    @Test
    public void shouldGatherEveryRoomsAnswerForTheReaderWhenTheGoalIsVisible() {
        LocalDate yesterday = TODAY.minusDays(1).isBefore(YEAR.start()) ? TODAY : TODAY.minusDays(1);
        assertTrue(trackingService.checkIn(ALICE, new CheckInDraft(metric, new BigDecimal("120"), 6, "first", "",
                "", "", null, yesterday)).isSuccess());
        assertTrue(trackingService.checkIn(ALICE, new CheckInDraft(metric, new BigDecimal("130"), 7, "second",
                "none", "keep going", "call customers", null, TODAY)).isSuccess());
        String quarter = TODAY.getYear() + "-Q1";
        assertTrue(trackingService.putReviewNotes(ALICE, team, quarter, 0L,
                new ReviewNotes("late start", "holidays", "start earlier", "none")).isSuccess());
        List<BigDecimal> quarters = List.of(new BigDecimal("25"), new BigDecimal("25"), new BigDecimal("25"),
                new BigDecimal("25"));
        assertTrue(trackingService.putPlan(ALICE, metric, 0L, PlanGranularity.QUARTER, quarters).isSuccess());
        long historyVersion = trackingService.adjustments(ALICE, metric).value().history().version();
        assertTrue(trackingService.propose(ALICE, metric, historyVersion, new BigDecimal("220"), "bigger market",
                "bob", null).isSuccess());

        GoalPage page = pages.page(ALICE, team.value()).value();

        assertEquals("Team goal", page.goal().objective().title());
        assertTrue(page.levels().level("team").isPresent());
        assertEquals(page.goal().zone(), page.zone());
        assertEquals(List.of(metric, epic), page.keyResults().stream().map(k -> k.keyResult().id()).toList());
        // parents and children the reader may see, each with the contribution of its alignment
        assertEquals(List.of(company), page.parents().stream().map(r -> r.goal().goal().id()).toList());
        assertEquals(Weight.ofPercent(30), page.parents().get(0).contribution());
        assertEquals(List.of(squad), page.children().stream().map(r -> r.goal().goal().id()).toList());
        assertEquals(Weight.ofPercent(40), page.children().get(0).contribution());
        // the issues behind the issue-driven key result, as the reader may browse them
        GoalPage.KeyResultPart epicPart = page.keyResults().get(1);
        assertEquals(List.of("CASC-2"), epicPart.issues().orElseThrow().links().get(0).issues().stream()
                .map(IssueFact::key).toList());
        assertTrue(page.keyResults().get(0).issues().isEmpty());
        // check-ins newest first, the review of each quarter begun, the adjustment waiting for bob
        assertEquals(List.of("second", "first"), page.checkIns().stream()
                .map(c -> c.checkIn().checkIn().progressNote()).toList());
        assertFalse(page.moreCheckIns());
        assertEquals((TODAY.getMonthValue() - 1) / 3 + 1, page.reviews().size());
        assertEquals("late start", page.reviews().get(0).notes().subjectiveCauses());
        assertEquals(1, page.keyResults().get(0).adjustments().size());
        assertEquals("bigger market", page.keyResults().get(0).adjustments().get(0).reason());
        assertTrue(page.keyResults().get(1).adjustments().isEmpty());
        // each key result's history (in its unit) and stored plan, for its chart
        GoalPage.KeyResultPart metricPart = page.keyResults().get(0);
        assertEquals(java.util.Optional.of(new BigDecimal("130")),
                metricPart.history().days().get(metricPart.history().days().size() - 1).value());
        assertEquals(quarters, metricPart.plan().orElseThrow().values());
        // the goal's history ends today
        assertEquals(TODAY, page.series().days().get(page.series().days().size() - 1).day());
        assertEquals(TODAY, page.today());
    }

    @Test
    public void shouldJudgeTheGoalByCoresPaceRuleOverItsRolledUpProgress() {
        GoalPage page = pages.page(ALICE, team.value()).value();

        TrackingStatus byCore = new dev.cascade.okr.core.tracking.TrackingPolicy(
                settings.trackingThresholds().value()).statusByPace(YEAR, page.progress(), TODAY);
        assertEquals(byCore, page.status());
        assertTrue(page.progress().hasData());
    }

    @Test
    public void shouldAnswerEmptySectionsWhenTheGoalHasNothingAroundIt() {
        GoalPage page = pages.page(ALICE, squad.value()).value();

        assertTrue(page.keyResults().isEmpty());
        assertEquals(List.of(team), page.parents().stream().map(r -> r.goal().goal().id()).toList());
        assertTrue(page.children().isEmpty());
        assertTrue(page.checkIns().isEmpty());
        assertEquals(TrackingStatus.NO_DATA, page.status());
    }

    // ---- fixtures ----

    private ObjectiveId goal(String title, String owner, Visibility visibility) {
        return goals.insert(new NewObjective(fields(title, owner, visibility), List.of()), owner, AT).id();
    }

    private static ObjectiveFields fields(String title, String owner, Visibility visibility) {
        return new ObjectiveFields(title, null, new UserRef(owner), "team", YEAR, new OrgUnit.Project("CASC"),
                GoalType.RESULT, Lifecycle.ACTIVE, visibility, true);
    }

    /** The epic holds CASC-2 (done) and CASC-3 (in a project alice may not browse, so never listed to her). */
    private static final class EpicIssues implements IssueSource {
        private static final IssueFact DONE = new IssueFact("CASC-2", "Done work", StatusCategory.DONE, AT, null,
                Map.of(), false);
        private static final IssueFact HIDDEN = new IssueFact("HR-3", "Hidden work", StatusCategory.TO_DO, null,
                null, Map.of(), false);

        @Override
        public LinkedIssues read(IssueRequest request) {
            Map<WorkLink, List<IssueFact>> found = new HashMap<>();
            request.links().forEach(link -> found.put(link, List.of(DONE, HIDDEN)));
            return new LinkedIssues(found, Set.of(), 2);
        }

        @Override
        public List<IssueFact> visibleIssues(IssueRequest request, String userKey, int limit) {
            return "alice".equals(userKey) ? List.of(DONE) : List.of(DONE, HIDDEN);
        }
    }
}
