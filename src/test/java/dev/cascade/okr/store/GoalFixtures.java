package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;

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
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.StoreWrite;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.RawEntity;

/** Goals to store in store tests, and a two-writer race. */
final class GoalFixtures {

    static final Instant NOW = Instant.parse("2026-03-31T10:15:30Z");
    /** The goal store's tables, for {@link StoreTest}s of goals. */
    static final List<Class<? extends RawEntity<?>>> GOAL_TABLES = List.of(ObjectiveAo.class, KeyResultAo.class,
            WorkLinkAo.class, AlignmentAo.class, VersionClaimAo.class);

    private GoalFixtures() {
    }

    /** A team goal of a project for 2026's first quarter, with no key results. */
    static ObjectiveFields projectGoal(String title, String projectKey, String owner) {
        return new ObjectiveFields(title, null, new UserRef(owner), "team", Period.quarter(2026, 1),
                new OrgUnit.Project(projectKey), GoalType.RESULT, Lifecycle.ACTIVE, Visibility.MEMBERS, false);
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

    /** Runs both writers at once (released together by a latch) and answers their results, first writer first. */
    static <T> List<T> race(Callable<T> first, Callable<T> second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (Callable<T> writer : List.of(first, second)) {
                results.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return writer.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> result : results) {
                answers.add(result.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
