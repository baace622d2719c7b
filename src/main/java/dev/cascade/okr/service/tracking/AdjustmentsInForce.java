package dev.cascade.okr.service.tracking;

import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.KeyResultStore;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.tracking.AdjustmentHistory;
import dev.cascade.okr.core.tracking.Plan;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.ProgressService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Approved target adjustments in force: a key result's target set to the one in force on a day, its progress
 * recomputed and the cached cascades forgotten, on the day of the approval or by the daily job on the effective day;
 * and the plan as those adjustments leave it, for the tracking table.
 *
 * @param goals the goals whose targets change
 * @param tracking the approved adjustments
 * @param trees the cached cascades to forget
 * @param progress recomputes the moved key results
 */
record AdjustmentsInForce(GoalStore goals, KeyResultStore keyResults, TrackingStore tracking, GoalTrees trees,
        ProgressService progress) {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AdjustmentsInForce.class);

    /**
     * Brings into force every approved adjustment whose effective day has come by {@code today} and that is not in
     * force yet: the daily job calls it before taking the day's snapshots. A failure of one key result is logged and
     * the others still go.
     *
     * @return how many key results were brought into force
     */
    int applyDueAdjustments(LocalDate today, Instant at) {
        int applied = 0;
        for (KeyResultId id : tracking.adjustmentsToApply(today)) {
            try {
                bringIntoForce(id, today, at);
                applied++;
            } catch (RuntimeException e) {
                LOG.error("Bringing the approved target of key result {} into force failed; the next run retries",
                        id.value(), e);
            }
        }
        return applied;
    }

    /**
     * Sets the key result's target to core's target in force {@code today}
     * ({@link AdjustmentHistory#targetOn}), marks its due adjustments as in force, recomputes its stored progress
     * (from its issues, or from its check-ins) and forgets the cached goals and cascades, so that progress, zones,
     * achievement and appraisal all read the new target. The old targets stay in the adjustment history.
     */
    void bringIntoForce(KeyResultId id, LocalDate today, Instant at) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<StoredKeyResult> found = keyResults.keyResult(id);
            if (found.isEmpty()) {
                tracking.markApplied(id, today, at);
                return;
            }
            StoredKeyResult keyResult = found.get();
            Measure measure = keyResult.keyResult().measure();
            Optional<BigDecimal> stored = TrackingAdjustments.targetOf(measure);
            boolean frozen = goals.goal(keyResult.objectiveId()).map(g -> g.objective().lifecycle().isFrozen())
                    .orElse(true);
            if (frozen) {
                // A closed goal keeps what it had at closing; the approval stays in its history.
                LOG.info("Key result {}: its goal is closed, the approved target is not brought into force",
                        id.value());
                tracking.markApplied(id, today, at);
                return;
            }
            if (stored.isEmpty()) {
                tracking.markApplied(id, today, at);
                return;
            }
            BigDecimal inForce = tracking.history(id, stored.get()).value().targetOn(today);
            if (inForce.compareTo(stored.get()) != 0) {
                Optional<Measure> moved = AdjustmentHistory.withTarget(measure, inForce);
                if (moved.isEmpty()) {
                    LOG.warn("Key result {}: the approved target {} no longer fits its measure; left at {}",
                            id.value(), inForce.toPlainString(), stored.get().toPlainString());
                } else {
                    StoreWrite<StoredKeyResult> write = keyResults.updateKeyResult(id, keyResult.version(),
                            new GoalStore.KeyResultFields(keyResult.keyResult().title(),
                                    keyResult.keyResult().weight(), moved.get(), keyResult.override()));
                    if (write instanceof StoreWrite.Stale<StoredKeyResult>) {
                        continue; // someone changed the key result meanwhile: read it again
                    }
                    if (!(write instanceof StoreWrite.Written<StoredKeyResult> written)) {
                        tracking.markApplied(id, today, at);
                        return;
                    }
                    keyResult = written.value();
                }
            }
            tracking.markApplied(id, today, at);
            if (keyResult.keyResult().measure() instanceof IssueMeasure) {
                progress.recompute(List.of(id));
            } else {
                progress.measureFromCheckIns(List.of(keyResult));
            }
            trees.goalsChanged(keyResult.objectiveId());
            return;
        }
        throw new IllegalStateException("key result " + id.value() + " kept changing while its target was set");
    }

    /**
     * The plan as the approved target adjustments leave it (core's {@link AdjustmentHistory#planInForce}); the plan
     * itself when the key result has no numeric target or no adjustment.
     */
    Plan planInForce(StoredKeyResult keyResult, Plan plan) {
        Optional<BigDecimal> target = TrackingAdjustments.targetOf(keyResult.keyResult().measure());
        if (target.isEmpty()) {
            return plan;
        }
        AdjustmentHistory history = tracking.history(keyResult.id(), target.get()).value();
        return history.adjustments().isEmpty() ? plan : history.planInForce(plan);
    }
}
