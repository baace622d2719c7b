package dev.cascade.okr.core.access;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.UserRef;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Who may create a goal for whom: members for themselves, project admins and managers for others. */
@RunWith(Parameterized.class)
public class AccessPolicyCreateTest extends TableCase<AccessPolicyCreateTest.Creation, Boolean> {

    @Parameters(name = "{0} creates a {2} goal of {3} for {1}: {4}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"mei", "mei", "team", "CASC", true},
            {"mei", "bob", "team", "CASC", false},
            {"max", "mei", "team", "CASC", true},
            {"max", "mei", "team", "OPS", false},
            {"pat", "bob", "team", "CASC", true},
            {"olga", "olga", "team", "CASC", false},
            {"mei", "mei", "company", "CASC", false},
            {"pat", "pat", "company", "CASC", false},
            {"ada", "bob", "company", "OPS", true},
        });
    }

    public AccessPolicyCreateTest(String actor, String owner, String level, String project, boolean expected) {
        super(new Creation(actor, owner, level, project), expected);
    }

    @Test
    public void shouldAllowCreationOnlyToTheRightPeopleWhenGoalIsCreated() {
        AccessFacts facts = new AccessFacts() {
            @Override
            public UserRef user() {
                return new UserRef(given.actor());
            }

            @Override
            public boolean isAppAdmin() {
                return given.actor().equals("ada");
            }

            @Override
            public boolean canBrowseProject(String key) {
                return key.equals("CASC") && !given.actor().equals("olga");
            }

            @Override
            public boolean isProjectAdmin(String key) {
                return key.equals("CASC") && given.actor().equals("pat");
            }

            @Override
            public boolean isGroupMember(String group) {
                return false;
            }

            @Override
            public boolean manages(UserRef other) {
                return given.actor().equals("max") && other.key().equals("mei");
            }
        };

        OrgUnit unit = new OrgUnit.Project(given.project());
        assertEquals(expected, new AccessPolicy("company", true)
                .canCreate(facts, given.level(), unit, new UserRef(given.owner())));
    }

    /** Who creates a goal of which level and project for whom. */
    record Creation(String actor, String owner, String level, String project) {
    }
}
