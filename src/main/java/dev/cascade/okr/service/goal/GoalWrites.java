package dev.cascade.okr.service.goal;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.Outcome;
import java.util.function.Function;
import java.util.function.Supplier;

/** What the goal room's writing services share: the open-goal check and reading a store write as an outcome. */
final class GoalWrites {

    private GoalWrites() {
    }

    /** {@link GoalAccess#changeable}, then 409 {@code goal.closed} when the goal is closed (frozen). */
    static Outcome<GoalAccess.Changeable> changeableOpen(GoalAccess goalAccess, Caller caller, ObjectiveId id) {
        Outcome<GoalAccess.Changeable> changeable = goalAccess.changeable(caller, id);
        if (!changeable.isSuccess()) {
            return changeable;
        }
        return GoalAccess.<GoalAccess.Changeable>refuseWhenClosed(changeable.value().goal()).orElse(changeable);
    }

    /**
     * A store write as an outcome: the written value as {@code written} makes it a success, a stale one's current
     * state as {@code stale} makes it a conflict, and a missing row answers {@code missing}.
     */
    static <T, R> Outcome<R> outcome(StoreWrite<T> write, Function<T, R> written, Function<T, R> stale,
            Supplier<Outcome<R>> missing) {
        if (write instanceof StoreWrite.Written<T> ok) {
            return Outcome.success(written.apply(ok.value()));
        }
        if (write instanceof StoreWrite.Stale<T> current) {
            return Outcome.conflict(stale.apply(current.current()));
        }
        return missing.get();
    }

    /** A key result write as an outcome; a written one makes the cascades of its goal forgotten. */
    static Outcome<StoredKeyResult> keyResultWritten(GoalTrees trees, KeyResultId id,
            StoreWrite<StoredKeyResult> write) {
        if (write instanceof StoreWrite.Written<StoredKeyResult> ok) {
            trees.goalsChanged(ok.value().objectiveId());
        }
        return outcome(write, Function.identity(), Function.identity(), () -> GoalAccess.keyResultNotFound(id));
    }
}
