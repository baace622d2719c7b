package dev.cascade.okr.jira;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;
import org.junit.Before;
import org.junit.Test;

/** Jira's permissions as the access rules see them: only ever about the signed-in user. */
public class JiraHostAccessTest {

    private final JiraStubs jira = new JiraStubs("bob");
    private final PermissionManager permissions = mock(PermissionManager.class);
    private JiraHostAccess access;

    @Before
    public void setUp() {
        access = new JiraHostAccess(jira.authentication, jira.projects, permissions, jira.users);
    }

    @Test
    public void shouldAskJiraForProjectAdministrationWhenSignedInUserIsAsked() {
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, jira.casc, jira.user)).thenReturn(true);

        assertTrue(access.isProjectAdmin("bob", "CASC"));
        assertFalse(access.canBrowse("bob", "CASC"));
        assertFalse(access.isProjectAdmin("bob", "NOPE"));
    }

    @Test
    public void shouldAnswerNoWithoutAskingWhenAnotherUserIsAsked() {
        assertFalse(access.isAppAdmin("alice"));
        assertFalse(access.isGroupMember("alice", "Engineering"));
        assertFalse(access.isProjectAdmin("alice", "CASC"));

        verifyNoInteractions(jira.users, permissions);
    }

    @Test
    public void shouldAnswerNoWhenNobodyIsSignedIn() {
        when(jira.authentication.getLoggedInUser()).thenReturn(null);

        assertFalse(access.canBrowse("bob", "CASC"));
        assertFalse(access.isAppAdmin("bob"));
    }

    @Test
    public void shouldUseSalForAdministratorsAndGroupsWhenSignedInUserIsAsked() {
        when(jira.users.isAdmin(new UserKey("bob"))).thenReturn(true);
        when(jira.users.isUserInGroup(new UserKey("bob"), "Engineering")).thenReturn(true);

        assertTrue(access.isAppAdmin("bob"));
        assertTrue(access.isGroupMember("bob", "Engineering"));
        assertFalse(access.isGroupMember("bob", "Operations"));
    }

    @Test
    public void shouldAskSalForTheProfileWhenAnyUserIsLookedUp() {
        when(jira.users.getUserProfile(new UserKey("carol"))).thenReturn(mock(UserProfile.class));

        assertTrue(access.userExists("carol"));
        assertFalse(access.userExists("nobody"));
    }

    @Test
    public void shouldAnswerNoWithoutAskingWhenTheKeyIsBlank() {
        assertFalse(access.userExists(null));
        assertFalse(access.userExists(" "));

        verifyNoInteractions(jira.users);
    }
}
