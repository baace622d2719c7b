package dev.cascade.okr.service.goal;

import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.AccessService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the goal room's services share: who is asking, the version a write names, the open-goal check, and reading a
 * store write as an outcome.
 */
final class GoalWrites {

    private GoalWrites() {
    }

    /** The caller's access facts, or 401 when nobody is signed in. */
    static Outcome<AccessFacts> signedIn(AccessService access, Caller caller) {
        Optional<String> user = caller.userKey();
        return user.isEmpty() ? GoalAccess.unauthenticated() : Outcome.success(access.factsOf(user.get()));
    }

    /** A new list of a request's violations, with {@code version.required} when the request names no version. */
    static List<Violation> versionChecked(Long version) {
        List<Violation> violations = new ArrayList<>();
        if (version == null) {
            violations.add(Violation.of(ViolationCode.VERSION_REQUIRED, "version"));
        }
        return violations;
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
