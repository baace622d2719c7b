package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.store.goal.AlignmentAo;
import dev.cascade.okr.store.goal.AoGoalStore;
import dev.cascade.okr.store.goal.KeyResultAo;
import dev.cascade.okr.store.goal.ObjectiveAo;
import dev.cascade.okr.store.goal.WorkLinkAo;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.IntFunction;
import net.java.ao.RawEntity;

/** Goals to store in store tests, the pages of a query over them, and a two-writer race. */
final class GoalFixtures {

    static final Instant NOW = Instant.parse("2026-03-31T10:15:30Z");
    /** The goal store's tables, for {@link StoreTest}s of goals. */
    static final List<Class<? extends RawEntity<?>>> GOAL_TABLES = List.of(ObjectiveAo.class, KeyResultAo.class,
            WorkLinkAo.class, AlignmentAo.class, VersionClaimAo.class);

    private static final List<String> LEVELS = List.of("company", "department", "team", "individual");
    private static final List<String> PROJECTS = List.of("CASC", "OPS", "研发");
    private static final List<Period> PERIODS = List.of(Period.year(2025), Period.quarter(2026, 1),
            Period.quarter(2026, 2), Period.half(2026, 2), Period.month(2026, 3));

    private GoalFixtures() {
    }

    /** A team goal of a project for 2026's first quarter, with no key results. */
    static ObjectiveFields projectGoal(String title, String projectKey, String owner) {
        return new ObjectiveFields(title, null, new UserRef(owner), "team", Period.quarter(2026, 1),
                new OrgUnit.Project(projectKey), GoalType.RESULT, Lifecycle.ACTIVE, Visibility.MEMBERS, false);
    }

    /**
     * Goals 0 to {@code count - 1} of a query test, inserted by "creator" in one outer transaction (the store's calls
     * join it, which keeps hundreds of inserts fast on PostgreSQL): goal {@code i} is {@link #numbered(int)} with the
     * key results {@code keyResults} gives for {@code i}. Answers them in order, as a list the caller may change.
     */
    static List<StoredObjective> insertNumbered(ActiveObjects ao, AoGoalStore store, int count,
            IntFunction<List<NewKeyResult>> keyResults) {
        List<StoredObjective> goals = new ArrayList<>();
        ao.executeInTransaction(() -> {
            for (int i = 0; i < count; i++) {
                goals.add(store.insert(new NewObjective(numbered(i), keyResults.apply(i)), "creator", NOW));
            }
            return null;
        });
        return goals;
    }

    /**
     * {@link #insertNumbered} with {@code i % 4} key results on goal {@code i}, each linked to an epic of its own
     * ({@code kr<i>-<k>}, epic {@code Q-<10i + k + 1>}): the data of the key-result query tests.
     */
    static List<StoredObjective> insertNumberedWithKeyResults(ActiveObjects ao, AoGoalStore store, int count) {
        return insertNumbered(ao, store, count, i -> {
            List<NewKeyResult> keyResults = new ArrayList<>();
            for (int k = 0; k < i % 4; k++) {
                keyResults.add(epics("kr" + i + "-" + k, "Q-" + (i * 10 + k + 1)));
            }
            return keyResults;
        });
    }

    /**
     * The fields of goal {@code i} of a query test ("Goal i"): its level, unit (the group 研发部 for every seventh, else
     * one of three projects), period, owner (user0 to user10), lifecycle and visibility go round with {@code i}.
     */
    static ObjectiveFields numbered(int i) {
        OrgUnit unit = i % 7 == 0 ? new OrgUnit.Group("研发部") : new OrgUnit.Project(PROJECTS.get(i % 3));
        return new ObjectiveFields("Goal " + i, null, new UserRef("user" + (i % 11)), LEVELS.get(i % 4),
                PERIODS.get(i % 5), unit, GoalType.RESULT, Lifecycle.values()[(i / 5) % 4],
                Visibility.values()[(i / 3) % Visibility.values().length], false);
    }

    /**
     * Every page of {@code query} through {@code find}, {@code size} items at a time, asserting that each page has at
     * most {@code size} items and the {@code total}: the items of all pages in order.
     */
    static <T> List<T> everyPage(GoalQuery query, int size, int total, Function<GoalQuery, Page<T>> find) {
        List<T> items = new ArrayList<>();
        Page<T> page;
        int offset = 0;
        do {
            page = find.apply(query.withPage(offset, size));
            assertEquals(query.toString(), total, page.total());
            assertTrue(query.toString(), page.items().size() <= size);
            items.addAll(page.items());
            offset += size;
        } while (page.hasMore());
        return items;
    }

    /** A {@link #projectGoal} without key results, inserted by its owner at {@link #NOW}. */
    static StoredObjective insertedGoal(AoGoalStore store, String title, String projectKey, String owner) {
        return store.insert(bare(projectGoal(title, projectKey, owner)), owner, NOW);
    }

    /** The fields with another period. */
    static ObjectiveFields withPeriod(ObjectiveFields f, Period period) {
        return new ObjectiveFields(f.title(), f.description(), f.owner(), f.levelKey(), period, f.unit(), f.type(),
                f.lifecycle(), f.visibility(), f.rollsUpFromChildren());
    }

    /** The fields with another level and lifecycle. */
    static ObjectiveFields withLevel(ObjectiveFields f, String levelKey, Lifecycle lifecycle) {
        return new ObjectiveFields(f.title(), f.description(), f.owner(), levelKey, f.period(), f.unit(), f.type(),
                lifecycle, f.visibility(), f.rollsUpFromChildren());
    }

    /** An objective without key results. */
    static NewObjective bare(ObjectiveFields fields) {
        return new NewObjective(fields, List.of());
    }

    /** A key result not measured yet. */
    static NewKeyResult unmeasured(String title, Weight weight, Measure measure) {
        return new NewKeyResult(new KeyResultFields(title, weight, measure, null),
                new Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null));
    }

    /** An issue-driven key result counting Done issues of these epics. */
    static NewKeyResult epics(String title, String... epicKeys) {
        List<WorkLink> links = new ArrayList<>();
        for (String key : epicKeys) {
            links.add(new WorkLink.Epic(key));
        }
        return unmeasured(title, Weight.ofPercent(50), IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, links));
    }

    /** Revenue from 0 towards 20,000 CNY. */
    static MetricMeasure revenue() {
        return new MetricMeasure(Direction.INCREASE, BigDecimal.ZERO,
                new TargetTiers(new BigDecimal("18000"), new BigDecimal("20000"), new BigDecimal("23000")), "CNY");
    }

    /** A band, a milestone and a partial-credit measure, for variety. */
    static List<Measure> otherMeasures() {
        return List.of(new BandMeasure(new BigDecimal("200"), new BigDecimal("400"), "ms"),
                new MilestoneMeasure("定价页上线"),
                new IssueMeasure(ProgressBasis.STATUS_WEIGHTED, new StatusWeights(0.1, 0.4, 1.0), null, null,
                        List.of(new WorkLink.Issue("CASC-3"), new WorkLink.Jql("project = CASC"))));
    }

    /** The result of a write that must have gone through. */
    static <T> T written(StoreWrite<T> write) {
        if (!(write instanceof StoreWrite.Written<T> written)) {
            throw new AssertionError("expected Written, got " + write);
        }
        return written.value();
    }

    /** The current state a stale write answered. */
    static <T> T stale(StoreWrite<T> write) {
        if (!(write instanceof StoreWrite.Stale<T> stale)) {
            throw new AssertionError("expected Stale, got " + write);
        }
        return stale.current();
    }

    /** Asserts a Missing answer. */
    static void missing(StoreWrite<?> write) {
        assertEquals(StoreWrite.Missing.class, write.getClass());
    }

    /** Runs both writers at once ({@link Races#together}) and answers their results, first writer first. */
    static <T> List<T> race(Callable<T> first, Callable<T> second) throws Exception {
        return Races.together(first, second);
    }
}
