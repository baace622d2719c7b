package dev.cascade.okr.jira;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.junit.Before;
import org.junit.Test;

/** Jira's permissions as the access rules see them: only ever about the signed-in user. */
public class JiraHostAccessTest {

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private final ApplicationUser bob = mock(ApplicationUser.class);
    private final Project casc = mock(Project.class);
    private JiraHostAccess access;

    @Before
    public void setUp() {
        when(bob.getKey()).thenReturn("bob");
        when(authentication.getLoggedInUser()).thenReturn(bob);
        when(projects.getProjectObjByKey("CASC")).thenReturn(casc);
        access = new JiraHostAccess(authentication, projects, permissions, users);
    }

    @Test
    public void shouldAskJiraForProjectAdministrationWhenSignedInUserIsAsked() {
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, casc, bob)).thenReturn(true);

        assertTrue(access.isProjectAdmin("bob", "CASC"));
        assertFalse(access.canBrowse("bob", "CASC"));
        assertFalse(access.isProjectAdmin("bob", "NOPE"));
    }

    @Test
    public void shouldAnswerNoWithoutAskingWhenAnotherUserIsAsked() {
        assertFalse(access.isAppAdmin("alice"));
        assertFalse(access.isGroupMember("alice", "Engineering"));
        assertFalse(access.isProjectAdmin("alice", "CASC"));

        verifyNoInteractions(users, permissions);
    }

    @Test
    public void shouldAnswerNoWhenNobodyIsSignedIn() {
        when(authentication.getLoggedInUser()).thenReturn(null);

        assertFalse(access.canBrowse("bob", "CASC"));
        assertFalse(access.isAppAdmin("bob"));
    }

    @Test
    public void shouldUseSalForAdministratorsAndGroupsWhenSignedInUserIsAsked() {
        when(users.isAdmin(new UserKey("bob"))).thenReturn(true);
        when(users.isUserInGroup(new UserKey("bob"), "Engineering")).thenReturn(true);

        assertTrue(access.isAppAdmin("bob"));
        assertTrue(access.isGroupMember("bob", "Engineering"));
        assertFalse(access.isGroupMember("bob", "Operations"));
    }

    @Test
    public void shouldAskSalForTheProfileWhenAnyUserIsLookedUp() {
        when(users.getUserProfile(new UserKey("carol"))).thenReturn(mock(UserProfile.class));

        assertTrue(access.userExists("carol"));
        assertFalse(access.userExists("nobody"));
    }

    @Test
    public void shouldAnswerNoWithoutAskingWhenTheKeyIsBlank() {
        assertFalse(access.userExists(null));
        assertFalse(access.userExists(" "));

        verifyNoInteractions(users);
    }
}
