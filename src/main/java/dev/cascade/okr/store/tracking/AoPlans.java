package dev.cascade.okr.store.tracking;

import static dev.cascade.okr.store.tracking.TrackingRows.findIn;
import static dev.cascade.okr.store.tracking.TrackingRows.only;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.tracking.Plan;
import dev.cascade.okr.core.tracking.PlanGranularity;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.store.kernel.Columns;
import dev.cascade.okr.store.kernel.OptimisticLock;
import dev.cascade.okr.store.kernel.PeriodColumns;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** The plans of {@link AoTrackingStore}: a {@link PlanAo} header per key result with its {@link PlanValueAo} rows. */
final class AoPlans {

    private final ActiveObjects ao;

    AoPlans(ActiveObjects ao) {
        this.ao = ao;
    }

    Optional<Versioned<Plan>> plan(KeyResultId keyResultId) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        return ao.executeInTransaction(() -> Optional.ofNullable(plansOf(List.of(keyResultId.value()))
                .get(keyResultId)));
    }

    Map<KeyResultId, Versioned<Plan>> plans(Set<KeyResultId> keyResultIds) {
        return ao.executeInTransaction(() -> plansOf(TrackingRows.ids(keyResultIds)));
    }

    StoreWrite<Versioned<Plan>> putPlan(KeyResultId keyResultId, long expectedVersion, Plan plan) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        Objects.requireNonNull(plan, "plan");
        TrackingRows.requireVersion(expectedVersion);
        long kr = keyResultId.value();
        return TrackingRows.write(ao, () -> {
            PlanAo header = only(ao.find(PlanAo.class, Query.select().where("KEY_RESULT_ID = ?", kr)));
            long next = expectedVersion + 1;
            if (header == null) {
                if (expectedVersion != 0) {
                    return new StoreWrite.Missing<>();
                }
                OptimisticLock.claim(ao, "PLAN", kr, next);
                header = ao.create(PlanAo.class, PeriodColumns.with(plan.goalPeriod(),
                        new DBParam("KEY_RESULT_ID", kr),
                        new DBParam("GRANULARITY", plan.granularity().name()),
                        new DBParam("VERSION", next)));
            } else {
                if (header.getVersion() != expectedVersion) {
                    return new StoreWrite.Stale<>(toPlan(header, planValuesOf(List.of(header.getID()))
                            .getOrDefault(header.getID(), List.of())));
                }
                OptimisticLock.claim(ao, "PLAN", kr, next);
                header.setGranularity(plan.granularity().name());
                PeriodColumns.write(header, plan.goalPeriod());
                header.setVersion(next);
                header.save();
                ao.deleteWithSQL(PlanValueAo.class, "PLAN_ID = ?", header.getID());
            }
            List<PlanValueAo> values = new ArrayList<>();
            for (int i = 0; i < plan.values().size(); i++) {
                Period sub = plan.subPeriods().get(i);
                values.add(ao.create(PlanValueAo.class,
                        new DBParam("PLAN_ID", header.getID()),
                        new DBParam("POSITION", i),
                        new DBParam("SUB_START", Columns.day(sub.start())),
                        new DBParam("SUB_END", Columns.day(sub.end())),
                        new DBParam("PLANNED_AMOUNT", Columns.decimal(plan.values().get(i)))));
            }
            return new StoreWrite.Written<>(toPlan(header, values));
        }, () -> Optional.ofNullable(plansOf(List.of(kr)).get(keyResultId)));
    }

    private Map<KeyResultId, Versioned<Plan>> plansOf(Collection<Long> keyResultIds) {
        List<PlanAo> headers = findIn(ao, PlanAo.class, "KEY_RESULT_ID", keyResultIds, null);
        Map<Long, List<PlanValueAo>> values = planValuesOf(headers.stream().map(PlanAo::getID).toList());
        Map<KeyResultId, Versioned<Plan>> plans = new LinkedHashMap<>();
        for (PlanAo header : headers) {
            plans.put(new KeyResultId(header.getKeyResultId()),
                    toPlan(header, values.getOrDefault(header.getID(), List.of())));
        }
        return plans;
    }

    private Map<Long, List<PlanValueAo>> planValuesOf(Collection<Long> planIds) {
        Map<Long, List<PlanValueAo>> byPlan = new HashMap<>();
        for (PlanValueAo row : findIn(ao, PlanValueAo.class, "PLAN_ID", planIds, "PLAN_ID ASC, POSITION ASC")) {
            byPlan.computeIfAbsent(row.getPlanId(), id -> new ArrayList<>()).add(row);
        }
        return byPlan;
    }

    /** The core plan of stored rows; rows that core no longer accepts fail loudly with the key result's id. */
    private static Versioned<Plan> toPlan(PlanAo header, List<PlanValueAo> values) {
        Period goalPeriod = PeriodColumns.of(header);
        Validated<Plan> plan = Plan.of(goalPeriod, PlanGranularity.valueOf(header.getGranularity()),
                values.stream().map(v -> Columns.decimal(v.getPlannedAmount())).toList());
        if (!plan.isValid()) {
            throw new IllegalStateException("stored plan of key result " + header.getKeyResultId()
                    + " is not a valid plan: " + plan.violations());
        }
        List<Period> subPeriods = plan.value().subPeriods();
        for (int i = 0; i < values.size(); i++) {
            if (!subPeriods.get(i).start().equals(Columns.day(values.get(i).getSubStart()))
                    || !subPeriods.get(i).end().equals(Columns.day(values.get(i).getSubEnd()))) {
                throw new IllegalStateException("stored plan of key result " + header.getKeyResultId()
                        + ": value " + i + " is for " + values.get(i).getSubStart() + ".." + values.get(i).getSubEnd()
                        + " but the sub-period is " + subPeriods.get(i));
            }
        }
        return new Versioned<>(plan.value(), header.getVersion());
    }
}
