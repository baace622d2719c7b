package dev.cascade.okr.store.tracking;

import static dev.cascade.okr.store.tracking.TrackingRows.emptyToNull;
import static dev.cascade.okr.store.tracking.TrackingRows.nullToEmpty;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.tracking.AdjustmentHistory;
import dev.cascade.okr.core.tracking.AdjustmentState;
import dev.cascade.okr.core.tracking.TargetAdjustment;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.store.kernel.Columns;
import dev.cascade.okr.store.kernel.OptimisticLock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The target adjustments of {@link AoTrackingStore}: one {@link AdjustmentAo} row per proposal, in the order
 * proposed; a history's version is the sum of its rows' versions.
 */
final class AoAdjustments {

    private final ActiveObjects ao;

    AoAdjustments(ActiveObjects ao) {
        this.ao = ao;
    }

    Versioned<AdjustmentHistory> history(KeyResultId keyResultId, BigDecimal originalTarget) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        Objects.requireNonNull(originalTarget, "originalTarget");
        return ao.executeInTransaction(() -> historyOf(adjustmentRows(keyResultId.value()), originalTarget));
    }

    Validated<StoreWrite<Versioned<AdjustmentHistory>>> propose(KeyResultId keyResultId, BigDecimal originalTarget,
            long expectedVersion, BigDecimal newTarget, String reason, UserRef requestedBy, UserRef approver,
            Instant at, LocalDate effectiveFrom, Period goalPeriod) {
        Instant requestedAt = TrackingRows.millis(Objects.requireNonNull(at, "at"));
        return changeHistory(keyResultId, originalTarget, expectedVersion,
                history -> history.propose(newTarget, reason, requestedBy, approver, requestedAt, effectiveFrom,
                        goalPeriod));
    }

    Set<KeyResultId> adjustmentsToApply(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return ao.executeInTransaction(() -> {
            Set<KeyResultId> due = new TreeSet<>(Comparator.comparingLong(KeyResultId::value));
            for (AdjustmentAo row : unapplied()) {
                if (!toAdjustment(row).effectiveDay().orElseThrow().isAfter(today)) {
                    due.add(new KeyResultId(row.getKeyResultId()));
                }
            }
            return due;
        });
    }

    void markApplied(KeyResultId keyResultId, LocalDate today, Instant at) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        Objects.requireNonNull(today, "today");
        Date applied = Date.from(Objects.requireNonNull(at, "at"));
        ao.executeInTransaction(() -> {
            for (AdjustmentAo row : adjustmentRows(keyResultId.value())) {
                TargetAdjustment adjustment = toAdjustment(row);
                if (row.getAppliedAt() == null && adjustment.state() == AdjustmentState.APPROVED
                        && !adjustment.effectiveDay().orElseThrow().isAfter(today)) {
                    row.setAppliedAt(applied);
                    row.save();
                }
            }
            return null;
        });
    }

    /** The approved adjustments not yet brought into force, of every key result. */
    private AdjustmentAo[] unapplied() {
        return ao.find(AdjustmentAo.class, Query.select().where("ADJ_STATE = ? AND APPLIED_AT IS NULL",
                AdjustmentState.APPROVED.name()));
    }

    /** Approves ({@code approve}) or rejects the pending adjustment through core's history. */
    Validated<StoreWrite<Versioned<AdjustmentHistory>>> decide(boolean approve, KeyResultId keyResultId,
            BigDecimal originalTarget, long expectedVersion, UserRef decidedBy, String comment, Instant at) {
        Instant decidedAt = TrackingRows.millis(Objects.requireNonNull(at, "at"));
        return changeHistory(keyResultId, originalTarget, expectedVersion, approve
                ? history -> history.approve(decidedBy, comment, decidedAt)
                : history -> history.reject(decidedBy, comment, decidedAt));
    }

    /**
     * Applies a core change to the stored history: stale first (the caller decided on another history), then the
     * core's findings, then the rows that changed: a new proposal becomes a new row (version 1), a decision updates
     * the pending row (version 2); so the history's version, the sum of its rows', grows by one.
     */
    private Validated<StoreWrite<Versioned<AdjustmentHistory>>> changeHistory(KeyResultId keyResultId,
            BigDecimal originalTarget, long expectedVersion,
            Function<AdjustmentHistory, Validated<AdjustmentHistory>> change) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        Objects.requireNonNull(originalTarget, "originalTarget");
        TrackingRows.requireVersion(expectedVersion);
        long kr = keyResultId.value();
        try {
            return ao.executeInTransaction(() -> {
                AdjustmentAo[] rows = adjustmentRows(kr);
                Versioned<AdjustmentHistory> current = historyOf(rows, originalTarget);
                if (current.version() != expectedVersion) {
                    return Validated.valid(new StoreWrite.Stale<>(current));
                }
                Validated<AdjustmentHistory> changed = change.apply(current.value());
                if (!changed.isValid()) {
                    return Validated.invalid(changed.violations());
                }
                OptimisticLock.claim(ao, "ADJUSTMENT", kr, expectedVersion + 1);
                List<TargetAdjustment> adjustments = changed.value().adjustments();
                for (int i = 0; i < adjustments.size(); i++) {
                    TargetAdjustment adjustment = adjustments.get(i);
                    if (i >= rows.length) {
                        createAdjustment(kr, i, adjustment);
                    } else if (!adjustment.equals(toAdjustment(rows[i]))) {
                        decideAdjustment(rows[i], adjustment);
                    }
                }
                return Validated.valid(new StoreWrite.Written<>(new Versioned<>(changed.value(), expectedVersion + 1)),
                        changed.warnings());
            });
        } catch (RuntimeException e) {
            if (!TrackingRows.isStaleWrite(e)) {
                throw e;
            }
            return Validated.valid(new StoreWrite.Stale<>(ao.executeInTransaction(
                    () -> historyOf(adjustmentRows(kr), originalTarget))));
        }
    }

    private void createAdjustment(long keyResultId, int position, TargetAdjustment adjustment) {
        if (!adjustment.isPending()) {
            throw new IllegalStateException("a new adjustment of key result " + keyResultId + " is already decided");
        }
        AdjustmentAo row = ao.create(AdjustmentAo.class,
                new DBParam("KEY_RESULT_ID", keyResultId),
                new DBParam("POSITION", position),
                new DBParam("OLD_TARGET", Columns.decimal(adjustment.oldTarget())),
                new DBParam("NEW_TARGET", Columns.decimal(adjustment.newTarget())),
                new DBParam("REQUESTED_BY", adjustment.requestedBy().key()),
                new DBParam("APPROVER_KEY", adjustment.approver().key()),
                new DBParam("ADJ_STATE", adjustment.state().name()),
                new DBParam("REQUESTED_AT", Date.from(adjustment.requestedAt())),
                new DBParam("VERSION", 1L));
        row.setReason(emptyToNull(adjustment.reason()));
        row.setEffectiveFrom(adjustment.effectiveFrom().map(Columns::day).orElse(null));
        row.save();
    }

    private static void decideAdjustment(AdjustmentAo row, TargetAdjustment decided) {
        if (!AdjustmentState.PROPOSED.name().equals(row.getAdjState()) || decided.isPending()) {
            throw new IllegalStateException("adjustment " + row.getID() + " of key result " + row.getKeyResultId()
                    + " changed other than by a decision: " + row.getAdjState() + " -> " + decided.state());
        }
        row.setAdjState(decided.state().name());
        row.setDecidedBy(decided.approver().key());
        row.setDecidedAt(Date.from(decided.decidedAt().orElseThrow()));
        row.setDecisionNote(emptyToNull(decided.decisionComment()));
        row.setVersion(row.getVersion() + 1);
        row.save();
    }

    private AdjustmentAo[] adjustmentRows(long keyResultId) {
        return ao.find(AdjustmentAo.class, Query.select().where("KEY_RESULT_ID = ?", keyResultId)
                .order("POSITION ASC"));
    }

    /**
     * The stored history; its original target is the old target of the first adjustment when there is one (the key
     * result's measure holds the target in force, which an approval may have changed), else {@code originalTarget}.
     */
    private static Versioned<AdjustmentHistory> historyOf(AdjustmentAo[] rows, BigDecimal originalTarget) {
        if (rows.length > 0) {
            originalTarget = Columns.decimal(rows[0].getOldTarget());
        }
        List<TargetAdjustment> adjustments = new ArrayList<>(rows.length);
        long version = 0;
        for (AdjustmentAo row : rows) {
            adjustments.add(toAdjustment(row));
            version += row.getVersion();
        }
        return new Versioned<>(AdjustmentHistory.of(originalTarget, adjustments), version);
    }

    private static TargetAdjustment toAdjustment(AdjustmentAo row) {
        return new TargetAdjustment(Columns.decimal(row.getOldTarget()), Columns.decimal(row.getNewTarget()),
                nullToEmpty(row.getReason()), new UserRef(row.getRequestedBy()), new UserRef(row.getApproverKey()),
                row.getRequestedAt().toInstant(), AdjustmentState.valueOf(row.getAdjState()),
                Optional.ofNullable(row.getDecidedAt()).map(Date::toInstant), nullToEmpty(row.getDecisionNote()),
                Optional.ofNullable(Columns.day(row.getEffectiveFrom())));
    }
}
