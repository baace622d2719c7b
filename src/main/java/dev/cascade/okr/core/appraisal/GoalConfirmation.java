package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Require;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The agreement on a person's goal by both sides (签字确认): the owner and the owner's manager each confirm, or object
 * with a reason that the other side resolves; every objection stays on record.
 *
 * <p>Confirmed when both sides have confirmed and no objection is open. Raising an objection withdraws both
 * confirmations, even after the goal was confirmed (the goal may change while it is resolved, and then both sides
 * agree again; moving the goal back to draft is the {@code Lifecycle}'s CONFIRMED → DRAFT step). Texts are trimmed
 * and at most {@value AppraisalWorkflow#MAX_TEXT} characters. Immutable: every step returns a new value.
 */
public final class GoalConfirmation {

    private final UserRef owner;
    private final UserRef manager;
    private final Stamp ownerConfirmed;
    private final Stamp managerConfirmed;
    private final List<Objection> objections;

    private GoalConfirmation(UserRef owner, UserRef manager, Stamp ownerConfirmed, Stamp managerConfirmed,
            List<Objection> objections) {
        this.owner = owner;
        this.manager = manager;
        this.ownerConfirmed = ownerConfirmed;
        this.managerConfirmed = managerConfirmed;
        this.objections = List.copyOf(objections);
    }

    /** A confirmation nobody has confirmed or objected to yet; refused when owner and manager are the same. */
    public static Validated<GoalConfirmation> start(UserRef owner, UserRef manager) {
        Require.present("owner", owner, "manager", manager);
        if (owner.equals(manager)) {
            return Validated.invalid(List.of(Violation.of(ViolationCode.APPRAISAL_PARTIES_SAME, "manager")));
        }
        return Validated.valid(new GoalConfirmation(owner, manager, null, null, List.of()));
    }

    /**
     * A confirmation as it was stored, for stores reading it back; not a step anyone takes.
     *
     * @throws IllegalArgumentException when the parts are not a state that the steps can produce: owner and manager
     *     the same, a confirmation by the wrong side, an objection raised or resolved by a non-party or resolved by
     *     its author, or a confirmation kept while an objection is open
     */
    public static GoalConfirmation restore(UserRef owner, UserRef manager, Stamp ownerConfirmed,
            Stamp managerConfirmed, List<Objection> objections) {
        Require.present("owner", owner, "manager", manager);
        if (owner.equals(manager)) {
            throw new IllegalArgumentException("owner and manager are the same: " + owner.key());
        }
        if (ownerConfirmed != null && !ownerConfirmed.by().equals(owner)
                || managerConfirmed != null && !managerConfirmed.by().equals(manager)) {
            throw new IllegalArgumentException("a confirmation by the wrong side: " + ownerConfirmed + ", "
                    + managerConfirmed);
        }
        GoalConfirmation restored = new GoalConfirmation(owner, manager, ownerConfirmed, managerConfirmed,
                objections);
        for (Objection objection : restored.objections) {
            UserRef author = objection.raised().by();
            UserRef resolver = objection.resolved().map(Stamp::by).orElse(null);
            if (!restored.isParty(author) || resolver != null && (!restored.isParty(resolver)
                    || resolver.equals(author))) {
                throw new IllegalArgumentException("an objection the parties cannot have made: " + objection);
            }
        }
        if (!restored.openObjections().isEmpty() && (ownerConfirmed != null || managerConfirmed != null)) {
            throw new IllegalArgumentException("confirmed while an objection is open");
        }
        return restored;
    }

    /** The actor's confirmation; refused for a non-party, a side that already confirmed, or an open objection. */
    public Validated<GoalConfirmation> confirm(UserRef actor, Instant at) {
        if (!isParty(actor)) {
            return notAParty();
        }
        List<Violation> violations = new ArrayList<>();
        if (confirmationOf(actor) != null) {
            violations.add(Violation.of(ViolationCode.CONFIRMATION_ALREADY_CONFIRMED, "actor"));
        }
        if (!openObjections().isEmpty()) {
            violations.add(Violation.of(ViolationCode.CONFIRMATION_OPEN_OBJECTION, "objections"));
        }
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        Stamp stamp = new Stamp(actor, at);
        return Validated.valid(actor.equals(owner)
                ? new GoalConfirmation(owner, manager, stamp, managerConfirmed, objections)
                : new GoalConfirmation(owner, manager, ownerConfirmed, stamp, objections));
    }

    /** An objection by either side, with a reason; it withdraws both confirmations until both confirm again. */
    public Validated<GoalConfirmation> object(UserRef actor, String reason, Instant at) {
        if (!isParty(actor)) {
            return notAParty();
        }
        List<Violation> violations = new ArrayList<>();
        String text = Texts.check(reason, "reason", ViolationCode.CONFIRMATION_REASON_REQUIRED, violations);
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        List<Objection> all = new ArrayList<>(objections);
        all.add(new Objection(new Stamp(actor, at), text, null, null));
        return Validated.valid(new GoalConfirmation(owner, manager, null, null, all));
    }

    /**
     * The resolution of an open objection by the side that did not raise it, saying how it was resolved.
     *
     * @param objectionIndex the objection's position in {@link #objections()}, from 0
     */
    public Validated<GoalConfirmation> resolve(int objectionIndex, UserRef actor, String resolution, Instant at) {
        if (!isParty(actor)) {
            return notAParty();
        }
        if (objectionIndex < 0 || objectionIndex >= objections.size()) {
            return Validated.invalid(List.of(
                    Violation.of(ViolationCode.CONFIRMATION_OBJECTION_UNKNOWN, "objectionIndex")));
        }
        Objection objection = objections.get(objectionIndex);
        List<Violation> violations = new ArrayList<>();
        if (objection.raised().by().equals(actor)) {
            violations.add(Violation.of(ViolationCode.CONFIRMATION_OWN_OBJECTION, "actor"));
        }
        if (!objection.isOpen()) {
            violations.add(Violation.of(ViolationCode.CONFIRMATION_OBJECTION_RESOLVED, "objectionIndex"));
        }
        String text = Texts.check(resolution, "resolution", ViolationCode.CONFIRMATION_RESOLUTION_REQUIRED,
                violations);
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        List<Objection> all = new ArrayList<>(objections);
        all.set(objectionIndex, objection.resolvedBy(new Stamp(actor, at), text));
        return Validated.valid(new GoalConfirmation(owner, manager, ownerConfirmed, managerConfirmed, all));
    }

    private boolean isParty(UserRef actor) {
        return owner.equals(actor) || manager.equals(actor);
    }

    private Stamp confirmationOf(UserRef party) {
        return party.equals(owner) ? ownerConfirmed : managerConfirmed;
    }

    private static Validated<GoalConfirmation> notAParty() {
        return Validated.invalid(List.of(Violation.of(ViolationCode.CONFIRMATION_NOT_A_PARTY, "actor")));
    }

    /** Whether both sides have confirmed and no objection is open. */
    public boolean isConfirmed() {
        return ownerConfirmed != null && managerConfirmed != null && openObjections().isEmpty();
    }

    /** The person whose goal it is. */
    public UserRef owner() {
        return owner;
    }

    /** The owner's manager. */
    public UserRef manager() {
        return manager;
    }

    /** When the owner confirmed, unless withdrawn by a later objection. */
    public Optional<Stamp> ownerConfirmation() {
        return Optional.ofNullable(ownerConfirmed);
    }

    /** When the manager confirmed, unless withdrawn by a later objection. */
    public Optional<Stamp> managerConfirmation() {
        return Optional.ofNullable(managerConfirmed);
    }

    /** Every objection ever raised, oldest first, resolved or not. */
    public List<Objection> objections() {
        return objections;
    }

    /** The objections still waiting for a resolution, oldest first. */
    public List<Objection> openObjections() {
        return objections.stream().filter(Objection::isOpen).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GoalConfirmation that && owner.equals(that.owner) && manager.equals(that.manager)
                && Objects.equals(ownerConfirmed, that.ownerConfirmed)
                && Objects.equals(managerConfirmed, that.managerConfirmed) && objections.equals(that.objections);
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, manager, ownerConfirmed, managerConfirmed, objections);
    }

    @Override
    public String toString() {
        return "GoalConfirmation[owner " + owner.key() + " " + ownerConfirmed + ", manager " + manager.key() + " "
                + managerConfirmed + ", objections " + objections + "]";
    }
}
