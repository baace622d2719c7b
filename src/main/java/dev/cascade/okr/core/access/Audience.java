package dev.cascade.okr.core.access;

import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Visibility;
import java.util.Objects;
import java.util.Set;

/**
 * The goals one person may see, as a filter a store can apply in its query: a goal is in the audience's view when its
 * visibility is {@code EVERYONE}, or its owner is one of {@code ownerKeys} (the person and everyone they manage), or
 * its visibility is {@code MEMBERS} and its project is one of {@code memberProjects} or its group one of
 * {@code memberGroups}.
 *
 * <p>Built by {@link AccessPolicy#audience} so that it selects exactly the goals {@link AccessPolicy#canSee} allows
 * among those whose units were asked about. Invariant: sets are never {@code null}; {@code ownerKeys} is never empty.
 *
 * @param ownerKeys user keys whose goals are visible whatever their visibility
 * @param memberProjects project keys whose members-only goals are visible
 * @param memberGroups group names whose members-only goals are visible
 */
public record Audience(Set<String> ownerKeys, Set<String> memberProjects, Set<String> memberGroups) {

    /** Copies the sets and checks the invariant. */
    public Audience {
        ownerKeys = Set.copyOf(Objects.requireNonNull(ownerKeys, "ownerKeys"));
        memberProjects = Set.copyOf(Objects.requireNonNull(memberProjects, "memberProjects"));
        memberGroups = Set.copyOf(Objects.requireNonNull(memberGroups, "memberGroups"));
        if (ownerKeys.isEmpty()) {
            throw new IllegalArgumentException("an audience has at least the person themself");
        }
    }

    /** Whether a goal is in this audience's view: the rule a store's query restates. */
    public boolean admits(Objective goal) {
        if (goal.visibility() == Visibility.EVERYONE || ownerKeys.contains(goal.owner().key())) {
            return true;
        }
        return goal.visibility() == Visibility.MEMBERS && (goal.unit() instanceof OrgUnit.Project project
                ? memberProjects.contains(project.key())
                : memberGroups.contains(((OrgUnit.Group) goal.unit()).name()));
    }
}
