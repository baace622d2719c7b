package dev.cascade.okr.core.access;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * The whole matrix: six kinds of person × three visibilities × team and company level × project and group unit,
 * for seeing and changing a goal owned by {@code owner} of project CASC or group Sales.
 */
@RunWith(Parameterized.class)
public class AccessPolicyTest {

    /** Who asks. */
    enum Person { OUTSIDER, MEMBER, OWNER, MANAGER, PROJECT_ADMIN, APP_ADMIN }

    @Parameters(name = "{0} / {1} / {2} / {3}")
    public static Collection<Object[]> cases() {
        List<Object[]> cases = new ArrayList<>();
        for (Person person : Person.values()) {
            for (Visibility visibility : Visibility.values()) {
                for (String level : List.of("team", "company")) {
                    for (boolean project : List.of(true, false)) {
                        cases.add(new Object[] {person, visibility, level, project ? "project" : "group"});
                    }
                }
            }
        }
        return cases;
    }

    private final Person person;
    private final Objective goal;

    public AccessPolicyTest(Person person, Visibility visibility, String level, String unit) {
        this.person = person;
        this.goal = goal(visibility, level, unit.equals("project"));
    }

    @Test
    public void shouldSeeOnlyWhatVisibilityAndRoleAllowWhenGoalIsShown() {
        Visibility visibility = goal.visibility();
        boolean expected = switch (person) {
            case OWNER, MANAGER, APP_ADMIN -> true;
            case MEMBER -> visibility != Visibility.PRIVATE;
            // a project admin of CASC browses CASC but is no member of the group Sales
            case PROJECT_ADMIN -> visibility == Visibility.EVERYONE
                    || visibility == Visibility.MEMBERS && projectUnit();
            case OUTSIDER -> visibility == Visibility.EVERYONE;
        };

        assertEquals(expected, new AccessPolicy("company", true).canSee(facts(), goal));
    }

    @Test
    public void shouldAdmitExactlyWhatCanSeeAllowsWhenAudienceFiltersAQuery() {
        AccessPolicy policy = new AccessPolicy("company", true);
        Set<UserRef> reports = person == Person.MANAGER ? Set.of(new UserRef("owner")) : Set.of();

        boolean admitted = policy.audience(facts(), reports, Set.of(goal.unit())).map(a -> a.admits(goal))
                .orElse(true);

        assertEquals(policy.canSee(facts(), goal), admitted);
    }

    @Test
    public void shouldAdmitNoMembersOnlyGoalWhenItsUnitWasNotAskedAbout() {
        Optional<Audience> audience = new AccessPolicy("company", true).audience(facts(), Set.of(), Set.of());

        boolean admitted = audience.map(a -> a.admits(goal)).orElse(true);

        boolean expected = person == Person.APP_ADMIN || person == Person.OWNER
                || goal.visibility() == Visibility.EVERYONE;
        assertEquals(expected, admitted);
    }

    @Test
    public void shouldChangeOnlyAsOwnerProjectAdminOrAppAdminWhenGoalIsEdited() {
        boolean company = goal.levelKey().equals("company");
        boolean expected = switch (person) {
            case APP_ADMIN -> true;
            case OWNER -> !company;
            case PROJECT_ADMIN -> !company && projectUnit();
            case MEMBER, MANAGER, OUTSIDER -> false;
        };

        assertEquals(expected, new AccessPolicy("company", true).canChange(facts(), goal));
    }

    @Test
    public void shouldLetOwnersChangeCompanyGoalsWhenTopLevelIsNotReserved() {
        boolean expected = switch (person) {
            case APP_ADMIN, OWNER -> true;
            case PROJECT_ADMIN -> projectUnit();
            case MEMBER, MANAGER, OUTSIDER -> false;
        };

        assertEquals(expected, new AccessPolicy("company", false).canChange(facts(), goal));
    }

    @Test
    public void shouldLetOwnersTrackCompanyGoalsEvenWhereOnlyAdminsChangeThem() {
        boolean company = goal.levelKey().equals("company");
        boolean expected = switch (person) {
            case APP_ADMIN, OWNER -> true;
            case PROJECT_ADMIN -> !company && projectUnit();
            case MEMBER, MANAGER, OUTSIDER -> false;
        };

        assertEquals(expected, new AccessPolicy("company", true).canTrack(facts(), goal));
    }

    @Test
    public void shouldShowAppraisalOnlyToPersonManagersAndAdminsWhenAsked() {
        boolean expected = person == Person.OWNER || person == Person.MANAGER || person == Person.APP_ADMIN;

        assertEquals(expected, new AccessPolicy("company", true).canSeeAppraisalOf(facts(), new UserRef("owner")));
    }

    private static Objective goal(Visibility visibility, String level, boolean projectUnit) {
        OrgUnit unit = projectUnit ? new OrgUnit.Project("CASC") : new OrgUnit.Group("Sales");
        return new Objective(new ObjectiveId(1), "Customers onboard themselves", null, new UserRef("owner"), level,
                Period.year(2026), unit, GoalType.RESULT, Lifecycle.ACTIVE, visibility, false, List.of(),
                dev.cascade.okr.core.model.GoalDetails.NONE);
    }

    private boolean projectUnit() {
        return goal.unit() instanceof OrgUnit.Project;
    }

    private AccessFacts facts() {
        Map<Person, String> names = Map.of(Person.OUTSIDER, "olga", Person.MEMBER, "mei", Person.OWNER, "owner",
                Person.MANAGER, "max", Person.PROJECT_ADMIN, "pat", Person.APP_ADMIN, "ada");
        Set<Person> browseCasc = Set.of(Person.MEMBER, Person.OWNER, Person.PROJECT_ADMIN, Person.APP_ADMIN);
        Set<Person> inSales = Set.of(Person.MEMBER, Person.OWNER, Person.APP_ADMIN);
        return new AccessFacts() {
            @Override
            public UserRef user() {
                return new UserRef(names.get(person));
            }

            @Override
            public boolean isAppAdmin() {
                return person == Person.APP_ADMIN;
            }

            @Override
            public boolean canBrowseProject(String projectKey) {
                return projectKey.equals("CASC") && browseCasc.contains(person);
            }

            @Override
            public boolean isProjectAdmin(String projectKey) {
                return projectKey.equals("CASC") && person == Person.PROJECT_ADMIN;
            }

            @Override
            public boolean isGroupMember(String group) {
                return group.equals("Sales") && inSales.contains(person);
            }

            @Override
            public boolean manages(UserRef other) {
                return person == Person.MANAGER && other.key().equals("owner");
            }
        };
    }
}
