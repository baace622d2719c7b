package dev.cascade.okr.store;

import static dev.cascade.okr.store.GoalFixtures.NOW;
import static dev.cascade.okr.store.GoalFixtures.epics;
import static dev.cascade.okr.store.GoalFixtures.insertedGoal;
import static dev.cascade.okr.store.GoalFixtures.missing;
import static dev.cascade.okr.store.GoalFixtures.projectGoal;
import static dev.cascade.okr.store.GoalFixtures.race;
import static dev.cascade.okr.store.GoalFixtures.revenue;
import static dev.cascade.okr.store.GoalFixtures.stale;
import static dev.cascade.okr.store.GoalFixtures.unmeasured;
import static dev.cascade.okr.store.GoalFixtures.written;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.CheckInValues;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.LinkedWork;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.progress.ManualOverride;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** The whole goal model through the goal store: every field, versions, deletes and races, on H2 and PostgreSQL. */
public class AoGoalStoreFullModelTest extends GoalStoreTest {

    private static final String LONG_TEXT = "客户自助开通，无需人工协助。Customers onboard themselves. ".repeat(300);

    /** Runs every test on one database kind. */
    public AoGoalStoreFullModelTest(String kind) {
        super(kind);
    }

    @Test
    public void shouldReadBackEveryFieldWhenTheWholeModelIsInserted() {
        NewObjective input = everything();

        StoredObjective inserted = store.insert(input, "创建者", NOW);
        StoredObjective read = store.goal(inserted.id()).orElseThrow();

        assertEquals(inserted, read);
        assertEquals(input.fields(), read.fields());
        assertEquals(1L, read.version());
        assertEquals("创建者", read.createdBy());
        assertEquals(NOW, read.createdAt());
        assertEquals("创建者", read.updatedBy());
        assertEquals(NOW, read.updatedAt());
        assertEquals(input.keyResults().size(), read.keyResults().size());
        for (int i = 0; i < input.keyResults().size(); i++) {
            NewKeyResult expected = input.keyResults().get(i);
            StoredKeyResult actual = read.keyResults().get(i);
            assertEquals("key result " + i, expected.fields(), actual.fields());
            assertEquals("key result " + i, expected.measured().progress(), actual.computedProgress());
            assertEquals("key result " + i, expected.measured().evidence(), actual.keyResult().evidence());
            assertEquals(read.id(), actual.objectiveId());
            assertEquals(1L, actual.version());
            assertEquals(NOW, actual.measuredAt());
            assertEquals(actual.keyResult(), read.objective().keyResults().get(i));
        }
    }

    @Test
    public void shouldShowOverrideAsManualProgressAndKeepTheComputedOneWhenOverridden() {
        StoredObjective read = store.goal(store.insert(everything(), "alice", NOW).id()).orElseThrow();

        StoredKeyResult overridden = read.keyResults().get(0);
        assertEquals(Progress.manual(0.123456), overridden.keyResult().progress());
        assertTrue(overridden.keyResult().progress().isManual());
        assertEquals(Progress.of(0.25), overridden.computedProgress());
        assertEquals(ManualOverride.MAX_REASON, overridden.override().reason().length());
        StoredKeyResult plain = read.keyResults().get(1);
        assertNull(plain.override());
        assertEquals(plain.computedProgress(), plain.keyResult().progress());
    }

    @Test
    public void shouldReadNullsBackWhenOptionalFieldsAreMissing() {
        ObjectiveFields fields = projectGoal("Q1", "CASC", "bob");
        StoredObjective read = store.goal(store.insert(new NewObjective(fields, List.of(unmeasured("Ship",
                Weight.FULL, new MetricMeasure(Direction.INCREASE, BigDecimal.ONE, TargetTiers.of(BigDecimal.TEN),
                        "")))), "bob", NOW).id()).orElseThrow();

        assertNull(read.objective().description());
        KeyResult keyResult = read.keyResults().get(0).keyResult();
        MetricMeasure measure = (MetricMeasure) keyResult.measure();
        assertNull(measure.tiers().floor());
        assertNull(measure.tiers().stretch());
        assertEquals("", measure.unit());
        assertNull(keyResult.evidence());
        assertNull(read.keyResults().get(0).override());
        assertEquals(NoDataReason.NOT_COMPUTED, keyResult.progress().reason());
    }

    @Test
    public void shouldKeepWhetherAMetricsCheckInsAreAmountsPerPeriodWhenWrittenAndUpdated() {
        MetricMeasure perPeriod = new MetricMeasure(Direction.INCREASE, BigDecimal.ZERO,
                TargetTiers.of(new BigDecimal("20000")), "CNY", CheckInValues.PER_PERIOD);
        StoredObjective stored = store.insert(new NewObjective(projectGoal("Sales", "CASC", "bob"),
                List.of(unmeasured("Monthly sales", Weight.FULL, perPeriod))), "bob", NOW);
        StoredKeyResult keyResult = store.goal(stored.id()).orElseThrow().keyResults().get(0);

        assertEquals(perPeriod, keyResult.keyResult().measure());
        MetricMeasure totals = new MetricMeasure(Direction.INCREASE, BigDecimal.ZERO,
                TargetTiers.of(new BigDecimal("20000")), "CNY");
        StoredKeyResult updated = written(keyResultStore.updateKeyResult(keyResult.id(), keyResult.version(),
                new KeyResultFields("Monthly sales", Weight.FULL, totals, null)));
        assertEquals(CheckInValues.CUMULATIVE, ((MetricMeasure) updated.keyResult().measure()).checkInValues());
        assertEquals(CheckInValues.CUMULATIVE, ((MetricMeasure) keyResultStore.keyResult(keyResult.id()).orElseThrow()
                .keyResult().measure()).checkInValues());
    }

    @Test
    public void shouldRefuseManualProgressAsComputedProgressWhenInserted() {
        NewKeyResult manual = new NewKeyResult(new KeyResultFields("x", Weight.FULL, revenue(), null),
                new Measured(Progress.manual(0.5), null));

        assertThrows(IllegalArgumentException.class,
                () -> store.insert(new NewObjective(projectGoal("Q", "CASC", "a"), List.of(manual)), "a", NOW));
        assertEquals(List.of(), queries.find(GoalQuery.all().withProject("CASC")).items());
    }

    @Test
    public void shouldWriteFieldsAndNextVersionWhenObjectiveVersionMatches() {
        StoredObjective stored = insertedGoal(store, "Old", "CASC", "alice");
        ObjectiveFields changed = new ObjectiveFields("新标题", "描述", new UserRef("bob"), "department",
                Period.half(2026, 1), new OrgUnit.Group("研发部"), GoalType.DEVELOPMENT, Lifecycle.CONFIRMED,
                Visibility.EVERYONE, true);

        StoredObjective updated = written(store.update(stored.id(), 1, changed, "bob", NOW.plusSeconds(5)));

        assertEquals(2L, updated.version());
        assertEquals(changed, updated.fields());
        assertEquals("bob", updated.updatedBy());
        assertEquals(NOW.plusSeconds(5), updated.updatedAt());
        assertEquals("alice", updated.createdBy());
        assertEquals(updated, store.goal(stored.id()).orElseThrow());
        assertEquals(List.of(), queries.find(GoalQuery.all().withProject("CASC")).items());
    }

    @Test
    public void shouldAnswerStaleWithCurrentStateAndChangeNothingWhenObjectiveVersionIsOld() {
        StoredObjective stored = insertedGoal(store, "First", "CASC", "alice");
        StoredObjective second = written(store.update(stored.id(), 1, projectGoal("Second", "CASC", "alice"),
                "bob", NOW));

        StoredObjective current = stale(store.update(stored.id(), 1, projectGoal("Lost", "CASC", "alice"), "eve",
                NOW));

        assertEquals(second, current);
        assertEquals(second, store.goal(stored.id()).orElseThrow());
        assertEquals(second, stale(store.delete(stored.id(), 1)));
        assertTrue(store.goal(stored.id()).isPresent());
    }

    @Test
    public void shouldAnswerMissingWhenRowsAreGone() {
        ObjectiveId gone = new ObjectiveId(987_654);

        missing(store.update(gone, 1, projectGoal("x", "CASC", "a"), "a", NOW));
        missing(store.delete(gone, 1));
        missing(keyResultStore.addKeyResult(gone, epics("k", "CASC-1"), NOW));
        missing(keyResultStore.updateKeyResult(new dev.cascade.okr.core.model.KeyResultId(987_654), 1,
                epics("k", "CASC-1").fields()));
        missing(keyResultStore.deleteKeyResult(new dev.cascade.okr.core.model.KeyResultId(987_654), 1));
        missing(keyResultStore.setLinks(new dev.cascade.okr.core.model.KeyResultId(987_654), 1, List.of()));
        assertFalse(store.goal(gone).isPresent());
    }

    @Test
    public void shouldDeleteKeyResultsLinksAndAlignmentsWhenObjectiveIsDeleted() {
        StoredObjective parent = insertedGoal(store, "Parent", "CASC", "a");
        StoredObjective doomed = store.insert(new NewObjective(projectGoal("Doomed", "CASC", "a"),
                List.of(epics("k1", "CASC-1", "CASC-2"), epics("k2", "CASC-3"))), "a", NOW);
        StoredObjective child = insertedGoal(store, "Child", "CASC", "a");
        written(alignments.align(new Alignment(doomed.id(), parent.id(), Weight.FULL), "a", NOW));
        written(alignments.align(new Alignment(child.id(), doomed.id(), Weight.FULL), "a", NOW));
        written(alignments.align(new Alignment(child.id(), parent.id(), Weight.FULL), "a", NOW));

        assertEquals(doomed, written(store.delete(doomed.id(), 1)));

        assertFalse(store.goal(doomed.id()).isPresent());
        assertFalse(keyResultStore.keyResult(doomed.keyResults().get(0).id()).isPresent());
        assertEquals(List.of(), keyResultStore.keyResultsLinkedToIssues(Set.of("CASC-1", "CASC-2", "CASC-3")));
        assertEquals(List.of(new Alignment(child.id(), parent.id(), Weight.FULL)),
                alignments.alignmentsAround(Set.of(parent.id(), doomed.id(), child.id())).stream()
                        .map(v -> v.value()).toList());
        missing(store.delete(doomed.id(), 1));
    }

    @Test
    public void shouldAddKeyResultAfterTheLastWhenAdded() {
        StoredObjective stored = store.insert(new NewObjective(projectGoal("O", "CASC", "a"),
                List.of(epics("first", "CASC-1"))), "a", NOW);

        StoredKeyResult added = written(keyResultStore.addKeyResult(stored.id(),
                unmeasured("second", Weight.ofPercent(50), revenue()), NOW));

        StoredObjective read = store.goal(stored.id()).orElseThrow();
        assertEquals(List.of("first", "second"), read.objective().keyResults().stream().map(KeyResult::title)
                .toList());
        assertEquals(added, read.keyResults().get(1));
        assertEquals(added, keyResultStore.keyResult(added.id()).orElseThrow());
        assertEquals(1L, read.version());
    }

    @Test
    public void shouldReplaceMeasureLinksAndOverrideWhenKeyResultVersionMatches() {
        StoredObjective stored = store.insert(new NewObjective(projectGoal("O", "CASC", "a"),
                List.of(epics("k", "CASC-1", "CASC-2"))), "a", NOW);
        StoredKeyResult before = stored.keyResults().get(0);
        ManualOverride override = new ManualOverride(new BigDecimal("0.5"), "估算", new UserRef("a"), NOW);
        KeyResultFields changed = new KeyResultFields("改名", Weight.ofPercent(40),
                new BandMeasure(new BigDecimal("-1.5"), new BigDecimal("2.000001"), "°C"), override);

        StoredKeyResult updated = written(keyResultStore.updateKeyResult(before.id(), 1, changed));

        assertEquals(2L, updated.version());
        assertEquals(changed, updated.fields());
        assertEquals(updated, keyResultStore.keyResult(before.id()).orElseThrow());
        assertEquals(List.of(), keyResultStore.keyResultsLinkedToIssues(Set.of("CASC-1", "CASC-2")));
        assertEquals(before.computedProgress(), updated.computedProgress());

        StoredKeyResult cleared = written(keyResultStore.updateKeyResult(before.id(), 2, changed.withOverride(null)));
        assertNull(cleared.override());
        assertEquals(cleared.computedProgress(), cleared.keyResult().progress());
    }

    @Test
    public void shouldAnswerStaleAndChangeNothingWhenKeyResultVersionIsOld() {
        StoredObjective stored = store.insert(new NewObjective(projectGoal("O", "CASC", "a"),
                List.of(epics("k", "CASC-1"))), "a", NOW);
        StoredKeyResult keyResult = stored.keyResults().get(0);
        StoredKeyResult second = written(keyResultStore.setLinks(keyResult.id(), 1,
                List.of(new WorkLink.Issue("CASC-9"))));

        assertEquals(second, stale(keyResultStore.updateKeyResult(keyResult.id(), 1, keyResult.fields())));
        assertEquals(second, stale(keyResultStore.setLinks(keyResult.id(), 1, List.of())));
        assertEquals(second, stale(keyResultStore.deleteKeyResult(keyResult.id(), 1)));
        assertEquals(second, keyResultStore.keyResult(keyResult.id()).orElseThrow());
    }

    @Test
    public void shouldKeepOverrideAndVersionWhenProgressIsRemeasured() {
        StoredObjective stored = store.insert(everything(), "a", NOW);
        StoredKeyResult before = stored.keyResults().get(0);
        IssueCompletion counts = new IssueCompletion(10, 7, 2);

        keyResultStore.storeProgress(Map.of(before.id(), new Measured(Progress.of(0.7), counts)), NOW.plusSeconds(60));

        StoredKeyResult after = keyResultStore.keyResult(before.id()).orElseThrow();
        assertEquals(before.version(), after.version());
        assertEquals(before.override(), after.override());
        assertEquals(Progress.manual(0.123456), after.keyResult().progress());
        assertEquals(Progress.of(0.7), after.computedProgress());
        assertEquals(counts, after.keyResult().evidence());
        assertEquals(NOW.plusSeconds(60), after.measuredAt());
    }

    @Test
    public void shouldReplaceLinksInOrderWhenLinksAreSet() {
        StoredObjective stored = store.insert(new NewObjective(projectGoal("O", "CASC", "a"),
                List.of(epics("k", "CASC-1", "CASC-2"))), "a", NOW);
        StoredKeyResult keyResult = stored.keyResults().get(0);
        List<WorkLink> links = List.of(new WorkLink.Jql("labels = 季度目标\nORDER BY rank"),
                new WorkLink.Issue("OPS-7"), new WorkLink.Epic("CASC-2"), new WorkLink.Epic("OPS-1"));

        StoredKeyResult relinked = written(keyResultStore.setLinks(keyResult.id(), 1, links));

        assertEquals(links, ((IssueMeasure) relinked.keyResult().measure()).links());
        assertEquals(relinked, keyResultStore.keyResult(keyResult.id()).orElseThrow());
        assertEquals(List.of("CASC-2", "OPS-1"), relinked.keyResult().epicKeys());
        assertEquals(List.of(new LinkedWork(keyResult.id(), new WorkLink.Issue("OPS-7")),
                new LinkedWork(keyResult.id(), new WorkLink.Epic("CASC-2"))),
                keyResultStore.keyResultsLinkedToIssues(Set.of("OPS-7", "CASC-2", "CASC-1")));
    }

    @Test
    public void shouldRefuseLinksWhenKeyResultIsNotIssueDriven() {
        StoredObjective stored = store.insert(new NewObjective(projectGoal("O", "CASC", "a"),
                List.of(unmeasured("m", Weight.FULL, revenue()))), "a", NOW);
        StoredKeyResult keyResult = stored.keyResults().get(0);

        assertThrows(IllegalArgumentException.class,
                () -> keyResultStore.setLinks(keyResult.id(), 1, List.of(new WorkLink.Epic("CASC-1"))));
        assertEquals(keyResult, keyResultStore.keyResult(keyResult.id()).orElseThrow());
    }

    @Test
    public void shouldDeleteKeyResultAndItsLinksWhenVersionMatches() {
        StoredObjective stored = store.insert(new NewObjective(projectGoal("O", "CASC", "a"),
                List.of(epics("k1", "CASC-1"), epics("k2", "CASC-2"))), "a", NOW);

        written(keyResultStore.deleteKeyResult(stored.keyResults().get(0).id(), 1));

        assertEquals(List.of("k2"), store.goal(stored.id()).orElseThrow().objective().keyResults().stream()
                .map(KeyResult::title).toList());
        assertEquals(List.of(), keyResultStore.keyResultsLinkedToIssues(Set.of("CASC-1")));
    }

    @Test
    public void shouldFindLinkedKeyResultsInBatchesWhenMoreThan500KeysAreAsked() {
        List<NewKeyResult> keyResults = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int k = 0; k < 13; k++) {
            List<WorkLink> links = new ArrayList<>();
            for (int l = 0; l < WorkLink.MAX_LINKS; l++) {
                String key = "BIG-" + (k * WorkLink.MAX_LINKS + l + 1);
                links.add(l % 2 == 0 ? new WorkLink.Epic(key) : new WorkLink.Issue(key));
                keys.add(key);
            }
            keyResults.add(unmeasured("k" + k, Weight.ZERO, IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, links)));
        }
        StoredObjective stored = store.insert(new NewObjective(projectGoal("Big", "BIG", "a"), keyResults), "a",
                NOW);
        keys.add("NONE-1");

        List<LinkedWork> linked = keyResultStore.keyResultsLinkedToIssues(keys);

        assertEquals(650, linked.size());
        assertEquals(325, linked.stream().filter(l -> l.link() instanceof WorkLink.Epic).count());
        assertEquals(stored.keyResults().get(0).id(), linked.get(0).keyResult());
        assertEquals(new WorkLink.Epic("BIG-1"), linked.get(0).link());
        assertEquals(new WorkLink.Issue("BIG-650"), linked.get(649).link());
        assertEquals(stored, store.goal(stored.id()).orElseThrow());
    }

    @Test
    public void shouldLetExactlyOneWriterWinWhenTwoUpdateTheSameObjectiveVersion() throws Exception {
        for (int round = 0; round < 20; round++) {
            StoredObjective stored = insertedGoal(store, "Race " + round, "RACE", "a");

            List<StoreWrite<StoredObjective>> answers = race(
                    () -> store.update(stored.id(), 1, projectGoal("by alice", "RACE", "a"), "alice", NOW),
                    () -> store.update(stored.id(), 1, projectGoal("by bob", "RACE", "a"), "bob", NOW));

            StoredObjective winner = oneWrittenOneStale(answers);
            assertEquals(2L, winner.version());
            assertEquals(winner, store.goal(stored.id()).orElseThrow());
        }
    }

    @Test
    public void shouldLetExactlyOneWriterWinWhenTwoUpdateTheSameKeyResultVersion() throws Exception {
        for (int round = 0; round < 20; round++) {
            StoredObjective stored = store.insert(new NewObjective(projectGoal("Race " + round, "RACE", "a"),
                    List.of(epics("k", "RACE-1"))), "a", NOW);
            StoredKeyResult keyResult = stored.keyResults().get(0);

            List<StoreWrite<StoredKeyResult>> answers = race(
                    () -> keyResultStore.updateKeyResult(keyResult.id(), 1, new KeyResultFields("by alice", Weight.FULL,
                            revenue(), null)),
                    () -> keyResultStore.setLinks(keyResult.id(), 1, List.of(new WorkLink.Issue("RACE-2"))));

            StoredKeyResult winner = oneWrittenOneStale(answers);
            assertEquals(2L, winner.version());
            assertEquals(winner, keyResultStore.keyResult(keyResult.id()).orElseThrow());
        }
    }

    /** Asserts one Written and one Stale showing the winner's state, and answers the winner's state. */
    private static <T> T oneWrittenOneStale(List<StoreWrite<T>> answers) {
        List<T> writtenValues = new ArrayList<>();
        List<T> staleValues = new ArrayList<>();
        for (StoreWrite<T> answer : answers) {
            if (answer instanceof StoreWrite.Written<T> w) {
                writtenValues.add(w.value());
            } else {
                staleValues.add(stale(answer));
            }
        }
        assertEquals("written: " + answers, 1, writtenValues.size());
        assertEquals("stale: " + answers, 1, staleValues.size());
        assertEquals(writtenValues.get(0), staleValues.get(0));
        return writtenValues.get(0);
    }

    /** An objective with every field set and every kind of measure, override and evidence. */
    private static NewObjective everything() {
        ObjectiveFields fields = new ObjectiveFields("客户自助开通 — Customers onboard themselves", LONG_TEXT,
                new UserRef("负责人-007"), "部门", Period.custom(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 11, 30),
                        "period").value(),
                new OrgUnit.Group("研发部 R&D"), GoalType.PROCESS, Lifecycle.DRAFT, Visibility.PRIVATE, true);
        IssueCompletion tallied = IssueCompletion.NONE
                .plus(StatusCategory.DONE, 5.5, 1200.25)
                .plus(StatusCategory.DONE, null, -3.0)
                .plus(StatusCategory.IN_PROGRESS, 3.0, null)
                .plus(StatusCategory.TO_DO, 0.1, 0.000001)
                .plus(StatusCategory.TO_DO, null, null);
        List<NewKeyResult> keyResults = List.of(
                new NewKeyResult(new KeyResultFields("缺陷减少", new Weight(3333),
                        new MetricMeasure(Direction.DECREASE, new BigDecimal("-40.123456"),
                                new TargetTiers(new BigDecimal("-39.5"), new BigDecimal("-45"),
                                        new BigDecimal("-50.000001")), "个缺陷"),
                        new ManualOverride(new BigDecimal("0.123456"), "理".repeat(ManualOverride.MAX_REASON),
                                new UserRef("经理"), NOW.minusSeconds(3600))),
                        new Measured(Progress.of(0.25), null)),
                new NewKeyResult(new KeyResultFields("Response time", new Weight(1667),
                        new BandMeasure(new BigDecimal("200"), new BigDecimal("400.5"), "ms"), null),
                        new Measured(Progress.noData(NoDataReason.NO_CHECK_IN), null)),
                new NewKeyResult(new KeyResultFields("定价页上线", new Weight(1000),
                        new MilestoneMeasure("新定价页面上线并通过评审"), null),
                        new Measured(Progress.of(0.0), null)),
                new NewKeyResult(new KeyResultFields("Partial credit", new Weight(1000),
                        new IssueMeasure(ProgressBasis.STATUS_WEIGHTED, new StatusWeights(0.1, 0.45, 0.9), null,
                                null, List.of(new WorkLink.Epic("CASC-1"), new WorkLink.Issue("CASC-34"),
                                        new WorkLink.Jql("project = CASC AND labels = \"季度\"\n  AND status != Done"
                                                + " -- " + "x".repeat(1900)))), null),
                        new Measured(Progress.of(1.0 / 3), new IssueCompletion(6, 2, 2))),
                new NewKeyResult(new KeyResultFields("Story points", new Weight(1000),
                        IssueMeasure.of(ProgressBasis.STORY_POINTS_DONE, List.of(new WorkLink.Epic("OPS-12"))), null),
                        new Measured(Progress.of(5.5 / 8.6), tallied)),
                new NewKeyResult(new KeyResultFields("Numeric field", new Weight(2000),
                        new IssueMeasure(ProgressBasis.NUMERIC_FIELD, StatusWeights.defaults(), "customfield_10010",
                                new TargetTiers(new BigDecimal("800"), new BigDecimal("1000.000001"), null),
                                List.of(new WorkLink.Jql("filter = 10001"))), null),
                        new Measured(Progress.noData(NoDataReason.NO_FIELD_VALUES), IssueCompletion.NONE)));
        return new NewObjective(fields, keyResults);
    }
}
