package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.appraisal.AchievementPolicy;
import dev.cascade.okr.core.appraisal.Achievements;
import dev.cascade.okr.core.appraisal.AppealOutcome;
import dev.cascade.okr.core.appraisal.AppraisalScheme;
import dev.cascade.okr.core.appraisal.AppraisalSchemeDraft;
import dev.cascade.okr.core.appraisal.AppraisalState;
import dev.cascade.okr.core.appraisal.AppraisalWorkflow;
import dev.cascade.okr.core.appraisal.GoalAchievement;
import dev.cascade.okr.core.appraisal.GoalConfirmation;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.AppraisalStore;
import dev.cascade.okr.core.port.AppraisalStore.StoredAppraisal;
import dev.cascade.okr.core.port.AppraisalStore.StoredConfirmation;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.progress.Observation;
import dev.cascade.okr.store.appraisal.AoAppraisalStore;
import dev.cascade.okr.store.appraisal.AppraisalAo;
import dev.cascade.okr.store.appraisal.AppraisalLineAo;
import dev.cascade.okr.store.appraisal.AppraisalStepAo;
import dev.cascade.okr.store.appraisal.ConfirmationAo;
import dev.cascade.okr.store.appraisal.ObjectionAo;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.Test;

/** Goal confirmations and appraisals on the real Active Objects library, on H2 and PostgreSQL. */
public class AoAppraisalStoreTest extends StoreTest<AppraisalStore> {

    private static final UserRef JIA = new UserRef("甲");
    private static final UserRef MANAGER = new UserRef("sales-manager");
    private static final UserRef DIRECTOR = new UserRef("sales-director");
    private static final ObjectiveId GOAL = new ObjectiveId(42);
    private static final Period Q4 = Period.quarter(2024, 4);
    private static final Instant T0 = Instant.parse("2024-12-20T09:00:00.125Z");
    private static final String LONG_CHINESE = "因为市场环境变化，决策周期普遍变长。".repeat(120).substring(0, 2000);

    /** Runs on one database kind. */
    public AoAppraisalStoreTest(String kind) {
        super(kind, AoAppraisalStore::new, ConfirmationAo.class, ObjectionAo.class, AppraisalAo.class,
                AppraisalStepAo.class, AppraisalLineAo.class, VersionClaimAo.class);
    }

    // ---- confirmations ----

    @Test
    public void shouldReadBackConfirmationWithOpenAndResolvedObjectionsWhenStored() {
        GoalConfirmation confirmation = GoalConfirmation.start(JIA, MANAGER).value()
                .confirm(MANAGER, T0).value()
                .object(JIA, "目标太高：" + LONG_CHINESE.substring(0, 1990), T0.plusSeconds(60)).value()
                .resolve(0, MANAGER, "Lowered to 45", T0.plusSeconds(120)).value()
                .confirm(JIA, T0.plusSeconds(180)).value()
                .object(MANAGER, "Region changed", T0.plusSeconds(240)).value();

        StoreWrite<StoredConfirmation> written = store.putConfirmation(GOAL, 0, confirmation);

        StoredConfirmation read = store.confirmation(GOAL).orElseThrow();
        assertEquals(confirmation, read.confirmation());
        assertEquals(1, read.version());
        assertEquals(read, ((StoreWrite.Written<StoredConfirmation>) written).value());
        assertEquals(2, read.confirmation().objections().size());
        assertEquals(1, read.confirmation().openObjections().size());
        assertFalse(store.confirmation(new ObjectiveId(43)).isPresent());
    }

    @Test
    public void shouldReadBackEveryStepWhenAConfirmationIsStoredAfterEach() {
        GoalConfirmation confirmation = GoalConfirmation.start(JIA, MANAGER).value();
        store.putConfirmation(GOAL, 0, confirmation);
        List<UnaryOperator<GoalConfirmation>> steps = List.of(
                c -> c.object(JIA, "Too high", T0).value(),
                c -> c.resolve(0, MANAGER, "Lowered", T0.plusSeconds(1)).value(),
                c -> c.confirm(JIA, T0.plusSeconds(2)).value(),
                c -> c.confirm(MANAGER, T0.plusSeconds(3)).value());
        long version = 1;
        for (UnaryOperator<GoalConfirmation> step : steps) {
            confirmation = step.apply(confirmation);
            assertTrue(store.putConfirmation(GOAL, version++, confirmation) instanceof StoreWrite.Written);
            assertEquals(confirmation, store.confirmation(GOAL).orElseThrow().confirmation());
        }
        assertTrue(store.confirmation(GOAL).orElseThrow().confirmation().isConfirmed());
        assertEquals(5, store.confirmation(GOAL).orElseThrow().version());
    }

    @Test
    public void shouldChangeNothingWhenAConfirmationWriteIsStaleOrNamesNoRow() {
        GoalConfirmation started = GoalConfirmation.start(JIA, MANAGER).value();
        store.putConfirmation(GOAL, 0, started);
        GoalConfirmation confirmed = started.confirm(JIA, T0).value();
        store.putConfirmation(GOAL, 1, confirmed);

        StoreWrite<StoredConfirmation> stale = store.putConfirmation(GOAL, 1, started.object(MANAGER, "No", T0)
                .value());
        StoreWrite<StoredConfirmation> secondStart = store.putConfirmation(GOAL, 0, started);
        StoreWrite<StoredConfirmation> missing = store.putConfirmation(new ObjectiveId(7), 1, started);

        assertEquals(confirmed, ((StoreWrite.Stale<StoredConfirmation>) stale).current().confirmation());
        assertEquals(2, ((StoreWrite.Stale<StoredConfirmation>) stale).current().version());
        assertTrue(secondStart instanceof StoreWrite.Stale);
        assertTrue(missing instanceof StoreWrite.Missing);
        assertEquals(confirmed, store.confirmation(GOAL).orElseThrow().confirmation());
        assertFalse(store.confirmation(new ObjectiveId(7)).isPresent());
    }

    @Test
    public void shouldLetExactlyOneConfirmationThroughWhenBothSidesWriteTheSameVersionAtOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            ObjectiveId goal = new ObjectiveId(100 + round);
            GoalConfirmation started = GoalConfirmation.start(JIA, MANAGER).value();
            List<StoreWrite<StoredConfirmation>> creations = Races.together(
                    () -> store.putConfirmation(goal, 0, started),
                    () -> store.putConfirmation(goal, 0, started));
            assertOneWrittenOneStale(round, creations);

            GoalConfirmation byJia = started.confirm(JIA, T0).value();
            GoalConfirmation objection = started.object(MANAGER, "Region changed", T0).value();
            List<StoreWrite<StoredConfirmation>> answers = Races.together(
                    () -> store.putConfirmation(goal, 1, byJia),
                    () -> store.putConfirmation(goal, 1, objection));

            assertOneWrittenOneStale(round, answers);
            StoredConfirmation now = store.confirmation(goal).orElseThrow();
            assertEquals(2, now.version());
            assertEquals(answers.get(0) instanceof StoreWrite.Written ? byJia : objection, now.confirmation());
        }
    }

    // ---- appraisals ----

    @Test
    public void shouldReadBackTheWorkflowWithItsHistoryInEveryState() {
        for (AppraisalState state : AppraisalState.values()) {
            AppraisalWorkflow workflow = workflowIn(state, false);

            StoredAppraisal created = store.create(GOAL, Q4, workflow);

            StoredAppraisal read = store.appraisal(created.id()).orElseThrow();
            assertEquals(state.name(), workflow, read.workflow());
            assertEquals(created, read);
            assertEquals(GOAL, read.objective());
            assertEquals(Q4, read.period());
            assertEquals(1, read.version());
        }
    }

    @Test
    public void shouldReadBackARevisedAppealWithItsRecomputedCompositeWhenStoredStepByStep() {
        AppraisalScheme scheme = AppraisalScheme.of(new AppraisalSchemeDraft(
                dev.cascade.okr.core.model.Weight.ofPercent(60), dev.cascade.okr.core.model.Weight.ofPercent(40),
                new BigDecimal("1.20"), 0, 10, AppraisalScheme.defaults().gradeBands(), java.util.Map.of(), 30))
                .value();
        AppraisalWorkflow workflow = AppraisalWorkflow.start(JIA, MANAGER, scheme).value();
        StoredAppraisal stored = store.create(GOAL, Q4, workflow);
        List<UnaryOperator<AppraisalWorkflow>> steps = List.of(
                w -> w.selfAssess(JIA, 0, "", T0).value(),
                w -> w.selfAssess(JIA, 7, LONG_CHINESE, T0.plusSeconds(1)).value(),
                w -> w.managerAssess(MANAGER, Achievements.unmeasured(), null, null, 6, "待数据", "",
                        T0.plusSeconds(2)).value(),
                w -> w.managerAssess(MANAGER, Achievements.of("23000", "20000"), new BigDecimal("1.149999"),
                        "核对后的数据",
                        6, "Good", "Visit more", T0.plusSeconds(3)).value(),
                w -> w.signOff(JIA, T0.plusSeconds(4)).value(),
                w -> w.appeal(JIA, "Process was better than 6", T0.plusSeconds(5)).value(),
                w -> w.reviseAppeal(DIRECTOR, 9, "Agreed: 9", T0.plusSeconds(6)).value());
        for (UnaryOperator<AppraisalWorkflow> step : steps) {
            workflow = step.apply(workflow);
            StoreWrite<StoredAppraisal> written = store.put(stored.id(), stored.version(), workflow);
            stored = ((StoreWrite.Written<StoredAppraisal>) written).value();
            assertEquals(workflow, stored.workflow());
            assertEquals(workflow, store.appraisal(stored.id()).orElseThrow().workflow());
        }
        AppraisalWorkflow read = store.appraisal(stored.id()).orElseThrow().workflow();
        assertEquals(AppealOutcome.REVISED, read.appealResolution().orElseThrow().outcome());
        assertEquals(workflow.composite().orElseThrow().score(), read.composite().orElseThrow().score());
        assertEquals(7, read.history().size());
        assertEquals(8, stored.version());
    }

    @Test
    public void shouldListAppraisalsOfAPersonAndOfAManagerInAPeriodWhenMany() {
        AppraisalWorkflow jia = workflowIn(AppraisalState.NOT_STARTED, false);
        AppraisalWorkflow yi = AppraisalWorkflow.start(new UserRef("乙"), MANAGER, AppraisalScheme.defaults())
                .value();
        AppraisalWorkflow byDirector = AppraisalWorkflow.start(JIA, DIRECTOR, AppraisalScheme.defaults()).value();
        StoredAppraisal first = store.create(GOAL, Q4, jia);
        store.create(GOAL, Q4, yi);
        StoredAppraisal third = store.create(new ObjectiveId(43), Period.year(2024), jia);
        store.create(GOAL, Period.quarter(2025, 1), jia);
        store.create(GOAL, Q4, byDirector);
        for (int i = 0; i < 600; i++) {
            store.create(new ObjectiveId(1000 + i), Period.month(2024, 10), yi);
        }

        List<StoredAppraisal> ofJia = store.appraisalsOf(JIA);
        List<StoredAppraisal> managedIn2024 = store.appraisalsManagedBy(MANAGER, Period.year(2024));
        List<StoredAppraisal> managedInQ4 = store.appraisalsManagedBy(MANAGER, Q4);

        assertEquals(4, ofJia.size());
        assertEquals(first.id(), ofJia.get(0).id());
        assertEquals(third, ofJia.get(1));
        assertEquals(603, managedIn2024.size());
        assertEquals(602, managedInQ4.size());
        assertTrue(managedInQ4.stream().allMatch(a -> Q4.contains(a.period())));
        assertEquals(List.of(), store.appraisalsOf(new UserRef("nobody")));
    }

    @Test
    public void shouldReadHistoriesOfMoreThanFiveHundredAppraisalsInBatchesWhenListed() {
        AppraisalWorkflow assessed = workflowIn(AppraisalState.MANAGER_ASSESSED, false);
        for (int i = 0; i < 520; i++) {
            store.create(new ObjectiveId(1 + i), Q4, assessed);
        }

        List<StoredAppraisal> all = store.appraisalsOf(JIA);

        assertEquals(520, all.size());
        assertTrue(all.stream().allMatch(a -> a.workflow().equals(assessed)));
    }

    @Test
    public void shouldChangeNothingWhenAnAppraisalWriteIsStaleOrMissing() {
        AppraisalWorkflow started = workflowIn(AppraisalState.NOT_STARTED, false);
        StoredAppraisal stored = store.create(GOAL, Q4, started);
        AppraisalWorkflow self = started.selfAssess(JIA, 4, "Mine", T0).value();
        store.put(stored.id(), 1, self);

        StoreWrite<StoredAppraisal> stale = store.put(stored.id(), 1, started.selfAssess(JIA, 2, "Other", T0)
                .value());
        StoreWrite<StoredAppraisal> missing = store.put(stored.id() + 1000, 1, self);

        StoredAppraisal current = ((StoreWrite.Stale<StoredAppraisal>) stale).current();
        assertEquals(self, current.workflow());
        assertEquals(2, current.version());
        assertTrue(missing instanceof StoreWrite.Missing);
        assertEquals(current, store.appraisal(stored.id()).orElseThrow());
        assertFalse(store.appraisal(stored.id() + 1000).isPresent());
    }

    @Test
    public void shouldRefuseToRewriteStoredHistoryWhenAnotherWorkflowIsPut() {
        StoredAppraisal stored = store.create(GOAL, Q4, workflowIn(AppraisalState.SELF_ASSESSED, false));
        AppraisalWorkflow other = AppraisalWorkflow.start(JIA, MANAGER, AppraisalScheme.defaults()).value()
                .selfAssess(JIA, 3, "Different", T0.plusSeconds(99)).value();

        assertThrows(IllegalArgumentException.class, () -> store.put(stored.id(), 1, other));
        assertEquals(stored, store.appraisal(stored.id()).orElseThrow());
    }

    @Test
    public void shouldLetExactlyOneAppraisalStepThroughWhenTwoAreWrittenAtOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            AppraisalWorkflow selfAssessed = workflowIn(AppraisalState.SELF_ASSESSED, false);
            StoredAppraisal stored = store.create(GOAL, Q4, selfAssessed);
            AppraisalWorkflow redone = selfAssessed.selfAssess(JIA, 5, "Redone", T0.plusSeconds(30)).value();
            AppraisalWorkflow assessed = selfAssessed.managerAssess(MANAGER, Achievements.of("25", "50"), null, null, 2,
                    "Weak", "", T0.plusSeconds(30))
                    .value();

            List<StoreWrite<StoredAppraisal>> answers = Races.together(
                    () -> store.put(stored.id(), 1, redone),
                    () -> store.put(stored.id(), 1, assessed));

            assertOneWrittenOneStale(round, answers);
            StoredAppraisal now = store.appraisal(stored.id()).orElseThrow();
            assertEquals(answers.get(0) instanceof StoreWrite.Written ? redone : assessed, now.workflow());
            assertEquals(2, now.version());
        }
    }

    @Test
    public void shouldAnswerTheExistingAppraisalWhenOneIsStartedTwiceOrWasCreatedBefore() {
        AppraisalWorkflow started = AppraisalWorkflow.start(JIA, MANAGER, AppraisalScheme.defaults()).value();
        StoredAppraisal first = ((StoreWrite.Written<StoredAppraisal>) store.start(GOAL, Q4, started)).value();
        StoredAppraisal legacy = store.create(new ObjectiveId(43), Q4, started);

        StoreWrite<StoredAppraisal> again = store.start(GOAL, Q4, started);
        StoreWrite<StoredAppraisal> afterLegacy = store.start(new ObjectiveId(43), Q4, started);
        StoreWrite<StoredAppraisal> otherPeriod = store.start(GOAL, Period.quarter(2025, 1), started);
        StoreWrite<StoredAppraisal> otherPerson = store.start(GOAL, Q4,
                AppraisalWorkflow.start(new UserRef("乙"), MANAGER, AppraisalScheme.defaults()).value());

        assertEquals(first, ((StoreWrite.Stale<StoredAppraisal>) again).current());
        assertEquals(legacy, ((StoreWrite.Stale<StoredAppraisal>) afterLegacy).current());
        assertTrue(otherPeriod instanceof StoreWrite.Written);
        assertTrue(otherPerson instanceof StoreWrite.Written);
        assertEquals(3, store.appraisalsOf(JIA).size());
    }

    @Test
    public void shouldKeepTheEvidenceSnapshotAndTheOverrideReasonAndReplaceThemWhenTheManagerAssessesAgain() {
        AppraisalWorkflow selfAssessed = workflowIn(AppraisalState.SELF_ASSESSED, false);
        StoredAppraisal stored = store.create(GOAL, Q4, selfAssessed);
        GoalAchievement twoLines = new AchievementPolicy().goal(List.of(
                new AchievementPolicy().keyResult(Achievements.metric(11, "新客户", 60, "50"),
                        Observation.value(new BigDecimal("48"))),
                new AchievementPolicy().keyResult(Achievements.metric(12, "Revenue", 40, "20000"),
                        Observation.noCheckIn())));
        AppraisalWorkflow overridden = selfAssessed.managerAssess(MANAGER, twoLines, new BigDecimal("0.9"),
                "Revenue booked late",
                4, "", "", T0.plusSeconds(10)).value();

        stored = ((StoreWrite.Written<StoredAppraisal>) store.put(stored.id(), 1, overridden)).value();

        StoredAppraisal read = store.appraisal(stored.id()).orElseThrow();
        assertEquals(twoLines, read.workflow().managerAssessment().orElseThrow().achievement());
        assertEquals("Revenue booked late", read.workflow().composite().orElseThrow().override().orElseThrow()
                .reason());
        assertEquals(List.of(12L), read.workflow().managerAssessment().orElseThrow().achievement().missing());

        AppraisalWorkflow again = overridden.managerAssess(MANAGER, Achievements.of("50", "50"), null, null, 5, "",
                "", T0.plusSeconds(20)).value();
        stored = ((StoreWrite.Written<StoredAppraisal>) store.put(stored.id(), 2, again)).value();

        read = store.appraisal(stored.id()).orElseThrow();
        assertEquals(again, read.workflow());
        assertEquals(1, read.workflow().managerAssessment().orElseThrow().achievement().keyResults().size());
        assertTrue(read.workflow().composite().orElseThrow().override().isEmpty());
    }

    @Test
    public void shouldStartExactlyOneAppraisalWhenTwoStartsRaceForOneGoalPersonAndPeriod() throws Exception {
        AppraisalWorkflow byManager = AppraisalWorkflow.start(JIA, MANAGER, AppraisalScheme.defaults()).value();
        AppraisalWorkflow byDirector = AppraisalWorkflow.start(JIA, DIRECTOR, AppraisalScheme.defaults()).value();
        for (int round = 0; round < 20; round++) {
            ObjectiveId goal = new ObjectiveId(500 + round);

            List<StoreWrite<StoredAppraisal>> answers = Races.together(
                    () -> store.start(goal, Q4, byManager),
                    () -> store.start(goal, Q4, byDirector));

            assertOneWrittenOneStale(round, answers);
            StoredAppraisal written = answers.stream().filter(a -> a instanceof StoreWrite.Written)
                    .map(a -> ((StoreWrite.Written<StoredAppraisal>) a).value()).findFirst().orElseThrow();
            StoredAppraisal stale = answers.stream().filter(a -> a instanceof StoreWrite.Stale)
                    .map(a -> ((StoreWrite.Stale<StoredAppraisal>) a).current()).findFirst().orElseThrow();
            assertEquals(written, stale);
            assertEquals(List.of(written), store.appraisalsOf(JIA).stream()
                    .filter(a -> a.objective().equals(goal)).toList());
        }
    }

    /** 甲's appraisal as far as {@code state}; an appeal is upheld, or revised when {@code revise}. */
    private static AppraisalWorkflow workflowIn(AppraisalState state, boolean revise) {
        AppraisalWorkflow workflow = AppraisalWorkflow.start(JIA, MANAGER, AppraisalScheme.defaults()).value();
        List<UnaryOperator<AppraisalWorkflow>> steps = new ArrayList<>(List.of(
                w -> w.selfAssess(JIA, 4, "More customers than last year", T0).value(),
                w -> w.managerAssess(MANAGER, Achievements.of("48", "50"), null, null, 4, "Solid quarter",
                        "One more visit a week", T0.plusSeconds(60)).value(),
                w -> w.signOff(JIA, T0.plusSeconds(120)).value(),
                w -> w.appeal(JIA, LONG_CHINESE, T0.plusSeconds(180)).value(),
                w -> revise ? w.reviseAppeal(DIRECTOR, 5, "Revised", T0.plusSeconds(240)).value()
                        : w.upholdAppeal(DIRECTOR, "The score reflects the quarter", T0.plusSeconds(240)).value()));
        for (int i = 0; i < state.ordinal(); i++) {
            workflow = steps.get(i).apply(workflow);
        }
        return workflow;
    }

    private static <T> void assertOneWrittenOneStale(int round, List<StoreWrite<T>> answers) {
        assertEquals("round " + round + ": " + answers, 1,
                answers.stream().filter(a -> a instanceof StoreWrite.Written).count());
        assertEquals("round " + round + ": " + answers, 1,
                answers.stream().filter(a -> a instanceof StoreWrite.Stale).count());
    }
}
