package dev.cascade.okr.core.access;

import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.UserRef;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see a goal, change it, and see a person's appraisal data — decided in one place for every entry point.
 *
 * <ul>
 *   <li><b>See</b> a goal: {@link dev.cascade.okr.core.model.Visibility#EVERYONE} — every signed-in person;
 *       {@code MEMBERS} — those who may browse its project, or belong to its group; {@code PRIVATE} — its owner, the
 *       owner's managers and app administrators. The owner, the owner's managers and app administrators always see
 *       it, whatever its visibility.</li>
 *   <li><b>Change</b> a goal: its owner, administrators of its project and app administrators; a goal at the top
 *       level (company goals) only app administrators when {@code topLevelAdminOnly} is set (the default).</li>
 *   <li><b>Appraisal data</b> of a person: that person, their managers and app administrators.</li>
 * </ul>
 *
 * @param topLevelKey the key of the top level (e.g. {@code company})
 * @param topLevelAdminOnly whether only app administrators change goals of the top level
 */
public record AccessPolicy(String topLevelKey, boolean topLevelAdminOnly) {

    /** Whether the person may see the goal. */
    public boolean canSee(AccessFacts facts, Objective goal) {
        if (isOwnerOrAbove(facts, goal.owner())) {
            return true;
        }
        return switch (goal.visibility()) {
            case EVERYONE -> true;
            case MEMBERS -> isMember(facts, goal.unit());
            case PRIVATE -> false;
        };
    }

    /**
     * The goals the person may see as a query filter, or empty when they may see every goal (an app administrator).
     * Selects exactly what {@link #canSee} allows for goals whose members-only units are among {@code units}.
     *
     * @param facts the person
     * @param reports everyone the person manages, directly or through others
     * @param units the units of the members-only goals the query may meet; membership is asked only for these
     */
    public Optional<Audience> audience(AccessFacts facts, Set<UserRef> reports, Set<OrgUnit> units) {
        if (facts.isAppAdmin()) {
            return Optional.empty();
        }
        Set<String> owners = new HashSet<>();
        owners.add(facts.user().key());
        reports.forEach(report -> owners.add(report.key()));
        Set<String> projects = new HashSet<>();
        Set<String> groups = new HashSet<>();
        for (OrgUnit unit : units) {
            if (isMember(facts, unit)) {
                if (unit instanceof OrgUnit.Project project) {
                    projects.add(project.key());
                } else {
                    groups.add(((OrgUnit.Group) unit).name());
                }
            }
        }
        return Optional.of(new Audience(owners, projects, groups));
    }

    /** Whether the person may change (edit, delete, link, align, plan) the goal. */
    public boolean canChange(AccessFacts facts, Objective goal) {
        if (facts.isAppAdmin()) {
            return true;
        }
        if (topLevelAdminOnly && topLevelKey.equals(goal.levelKey())) {
            return false;
        }
        if (facts.user().equals(goal.owner())) {
            return true;
        }
        return goal.unit() instanceof OrgUnit.Project project && facts.isProjectAdmin(project.key());
    }

    /**
     * Whether the person may change what tracking holds for the goal (plans, check-ins, quarterly reviews, target
     * adjustments): whoever may change the goal, and its owner always, even where only administrators may change the
     * goal itself (a company goal's owner tracks it).
     */
    public boolean canTrack(AccessFacts facts, Objective goal) {
        return facts.user().equals(goal.owner()) || canChange(facts, goal);
    }

    /**
     * Whether the person may close a whole period (every goal of it at once) or reopen a closed goal: application
     * administrators only, since both change goals of every unit and owner.
     */
    public boolean canClosePeriodsAndReopen(AccessFacts facts) {
        return facts.isAppAdmin();
    }

    /** Whether the person may create a goal with these level and unit (the same rule as changing it). */
    public boolean canCreate(AccessFacts facts, String levelKey, OrgUnit unit, UserRef owner) {
        if (facts.isAppAdmin()) {
            return true;
        }
        if (topLevelAdminOnly && topLevelKey.equals(levelKey)) {
            return false;
        }
        boolean inUnit = isMember(facts, unit);
        boolean forSelf = facts.user().equals(owner);
        boolean asProjectAdmin = unit instanceof OrgUnit.Project project && facts.isProjectAdmin(project.key());
        boolean asManager = facts.manages(owner);
        return inUnit && (forSelf || asProjectAdmin || asManager);
    }

    /** Whether the person may see the appraisal data (scores, assessments, appeals) of {@code person}. */
    public boolean canSeeAppraisalOf(AccessFacts facts, UserRef person) {
        return isOwnerOrAbove(facts, person);
    }

    private static boolean isOwnerOrAbove(AccessFacts facts, UserRef owner) {
        return facts.user().equals(owner) || facts.isAppAdmin() || facts.manages(owner);
    }

    private static boolean isMember(AccessFacts facts, OrgUnit unit) {
        return unit instanceof OrgUnit.Project project
                ? facts.canBrowseProject(project.key())
                : facts.isGroupMember(((OrgUnit.Group) unit).name());
    }
}
