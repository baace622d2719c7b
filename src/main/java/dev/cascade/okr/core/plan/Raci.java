package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.model.UserRef;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is responsible, accountable (the approver), consulted and informed for one initiative or task.
 *
 * <p>Invariants: exactly one {@link RaciRole#ACCOUNTABLE}, at least one {@link RaciRole#RESPONSIBLE}, and each
 * person has at most one role. Use {@link ActionPlanPolicy} to get violations for a person's input instead of an
 * exception.
 *
 * @param assignments the roles in the order given
 */
public record Raci(List<RaciAssignment> assignments) {

    /** Copies the list and checks the invariants. */
    public Raci {
        assignments = List.copyOf(assignments);
        Set<UserRef> people = new HashSet<>();
        for (RaciAssignment assignment : assignments) {
            if (!people.add(assignment.person())) {
                throw new IllegalArgumentException("a person has more than one RACI role: " + assignment.person());
            }
        }
        long accountable = assignments.stream().filter(a -> a.role() == RaciRole.ACCOUNTABLE).count();
        if (accountable != 1) {
            throw new IllegalArgumentException("RACI needs exactly one accountable person, not " + accountable);
        }
        if (assignments.stream().noneMatch(a -> a.role() == RaciRole.RESPONSIBLE)) {
            throw new IllegalArgumentException("RACI needs at least one responsible person");
        }
    }

    /** The one person who approves the work. */
    public UserRef accountable() {
        return with(RaciRole.ACCOUNTABLE).get(0);
    }

    /** The people with the role, in the order given. */
    public List<UserRef> with(RaciRole role) {
        return assignments.stream().filter(a -> a.role() == role).map(RaciAssignment::person).toList();
    }

    /** The person's role, if they have one. */
    public Optional<RaciRole> roleOf(UserRef person) {
        return assignments.stream().filter(a -> a.person().equals(person)).map(RaciAssignment::role).findFirst();
    }
}
