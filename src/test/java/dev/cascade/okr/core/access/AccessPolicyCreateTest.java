package dev.cascade.okr.core.access;

import static org.junit.Assert.assertEquals;

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
public class AccessPolicyCreateTest {

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

    private final String actor;
    private final String owner;
    private final String level;
    private final String project;
    private final boolean expected;

    public AccessPolicyCreateTest(String actor, String owner, String level, String project, boolean expected) {
        this.actor = actor;
        this.owner = owner;
        this.level = level;
        this.project = project;
        this.expected = expected;
    }

    @Test
    public void shouldAllowCreationOnlyToTheRightPeopleWhenGoalIsCreated() {
        AccessFacts facts = new AccessFacts() {
            @Override
            public UserRef user() {
                return new UserRef(actor);
            }

            @Override
            public boolean isAppAdmin() {
                return actor.equals("ada");
            }

            @Override
            public boolean canBrowseProject(String key) {
                return key.equals("CASC") && !actor.equals("olga");
            }

            @Override
            public boolean isProjectAdmin(String key) {
                return key.equals("CASC") && actor.equals("pat");
            }

            @Override
            public boolean isGroupMember(String group) {
                return false;
            }

            @Override
            public boolean manages(UserRef other) {
                return actor.equals("max") && other.key().equals("mei");
            }
        };

        assertEquals(expected, new AccessPolicy("company", true)
                .canCreate(facts, level, new OrgUnit.Project(project), new UserRef(owner)));
    }
}
