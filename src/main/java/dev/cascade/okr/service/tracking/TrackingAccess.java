package dev.cascade.okr.service.tracking;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.PeriodKind;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.AccessService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.PeriodText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a caller may track, and when, for every part of the tracking room: access through the one goal-access path
 * ({@link GoalAccess}): reading needs sight of the key result's goal; writing needs core's tracking rule and an open
 * goal (the goal's owner keeps tracking it even where only admins may change the goal itself, company goals). Also
 * reads the period a caller asks of a goal, as the kernel's {@link PeriodText} reads every period people type, and
 * holds the room's clock (UTC days) and the version and field names every tracking request shares.
 */
final class TrackingAccess {

    private final GoalAccess goalAccess;
    private final Clock clock;

    TrackingAccess(GoalAccess goalAccess, Clock clock) {
        this.goalAccess = goalAccess;
        this.clock = clock;
    }

    /** Now, by the room's clock. */
    Instant now() {
        return clock.instant();
    }

    /** Today (UTC), by the room's clock. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The goal for reading ({@code change} false) or for tracking it ({@code change} true). */
    Outcome<StoredObjective> goal(Caller caller, ObjectiveId id, boolean change) {
        return change ? goalAccess.trackable(caller, id) : goalAccess.visible(caller, id);
    }

    /** {@code user.unknown} on {@code field} when no user has the key (see {@link AccessService#unknownUser}). */
    Optional<Violation> unknownUser(String userKey, String field) {
        return goalAccess.users().unknownUser(userKey, field);
    }

    /** A key result with its goal's period, as found for a caller. */
    record Target(StoredObjective goal, StoredKeyResult keyResult) {
        KeyResultId id() {
            return keyResult.id();
        }

        Period period() {
            return goal.objective().period();
        }
    }

    /**
     * A goal with the part of its period a caller asked for.
     *
     * @param goal the goal
     * @param period the quarter or month of the goal period (as cut to its bounds), or the goal's whole period
     */
    record GoalPeriod(StoredObjective goal, Period period) {
    }

    /** The key result for reading ({@code change} false) or for tracking it ({@code change} true). */
    Outcome<Target> keyResult(Caller caller, KeyResultId id, boolean change) {
        Outcome<GoalAccess.KeyResultOfGoal> found = change ? goalAccess.trackableOpenKeyResult(caller, id)
                : goalAccess.visibleKeyResult(caller, id);
        if (!found.isSuccess()) {
            return found.failed();
        }
        return Outcome.success(new Target(found.value().goal(), found.value().keyResult()));
    }

    /**
     * The goal for reading or tracking with the period asked in {@code text} (field {@code field}): any quarter or
     * month of the goal period, or a year covering it; a quarter only when {@code quarterOnly}.
     */
    Outcome<GoalPeriod> goalPeriod(Caller caller, ObjectiveId id, boolean change, String field, String text,
            boolean quarterOnly) {
        Outcome<StoredObjective> found = goal(caller, id, change);
        if (!found.isSuccess()) {
            return found.failed();
        }
        Period goalPeriod = found.value().objective().period();
        Optional<Period> asked = quarterOnly ? quarterOf(text, goalPeriod) : subPeriod(text, goalPeriod);
        if (asked.isEmpty()) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.TRACKING_PERIOD_INVALID, field,
                    String.valueOf(text)));
        }
        return Outcome.success(new GoalPeriod(found.value(), asked.get()));
    }

    /**
     * A quarter or month of the goal period (as cut to its bounds), written {@code 2026-Q1} or {@code 2026-01}, or a
     * year written {@code 2026}: the goal's whole period when that year covers it.
     */
    private static Optional<Period> subPeriod(String text, Period goalPeriod) {
        Optional<Period> asked = PeriodText.parse(text);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        return switch (asked.get().kind()) {
            case YEAR -> overlaps(goalPeriod, asked.get()) ? Optional.of(goalPeriod) : Optional.empty();
            case QUARTER -> goalPeriod.quarters().stream().filter(q -> overlaps(q, asked.get())).findFirst();
            case MONTH -> goalPeriod.months().stream().filter(m -> overlaps(m, asked.get())).findFirst();
            default -> Optional.empty();
        };
    }

    /** A quarter of the goal period (as cut to its bounds), written {@code 2026-Q1}. */
    private static Optional<Period> quarterOf(String text, Period goalPeriod) {
        return PeriodText.parse(text).filter(p -> p.kind() == PeriodKind.QUARTER)
                .flatMap(q -> goalPeriod.quarters().stream().filter(cut -> overlaps(cut, q)).findFirst());
    }

    private static boolean overlaps(Period cut, Period whole) {
        return whole.contains(cut.start()) && whole.contains(cut.end());
    }

    /** {@code version.required} on {@code version} when the version is missing or negative. */
    static Optional<Violation> versionMissing(Long version) {
        return version == null || version < 0 ? Optional.of(Violation.of(ViolationCode.VERSION_REQUIRED, "version"))
                : Optional.empty();
    }

    /** The violation with its field's leading {@code prefix} replaced: core's names for the body's fields. */
    static Violation renamed(Violation violation, String prefix, String replacement) {
        String field = violation.field();
        String renamed = field != null && field.startsWith(prefix)
                ? replacement + field.substring(prefix.length()) : field;
        return new Violation(violation.code(), renamed, violation.args(), violation.severity());
    }
}
