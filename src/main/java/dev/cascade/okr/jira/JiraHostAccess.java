package dev.cascade.okr.jira;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.core.port.HostAccess;

/**
 * Permissions by Jira's own rules: project permission schemes, Jira administrators (through SAL) and groups. Answers
 * for the signed-in user of the current request only: a question about anyone else is answered "no", never guessed.
 */
@JiraComponent
public final class JiraHostAccess implements HostAccess {

    private final JiraAuthenticationContext authentication;
    private final ProjectManager projects;
    private final PermissionManager permissions;

    private final UserManager users;

    /** Creates the adapter. */
    public JiraHostAccess(@JiraImport JiraAuthenticationContext authentication,
            @JiraImport ProjectManager projects, @JiraImport PermissionManager permissions,
            @ComponentImport UserManager users) {
        this.authentication = authentication;
        this.projects = projects;
        this.permissions = permissions;
        this.users = users;
    }

    @Override
    public boolean canBrowse(String userKey, String projectKey) {
        return hasProjectPermission(userKey, projectKey, ProjectPermissions.BROWSE_PROJECTS);
    }

    @Override
    public boolean isProjectAdmin(String userKey, String projectKey) {
        return hasProjectPermission(userKey, projectKey, ProjectPermissions.ADMINISTER_PROJECTS);
    }

    @Override
    public boolean isAppAdmin(String userKey) {
        return signedIn(userKey) != null && users.isAdmin(new UserKey(userKey));
    }

    @Override
    public boolean isGroupMember(String userKey, String group) {
        return signedIn(userKey) != null && users.isUserInGroup(new UserKey(userKey), group);
    }

    /** Asks SAL for the user's profile: SAL answers {@code null} when no user has the key. */
    @Override
    public boolean userExists(String userKey) {
        return userKey != null && !userKey.isBlank() && users.getUserProfile(new UserKey(userKey)) != null;
    }

    private boolean hasProjectPermission(String userKey, String projectKey, ProjectPermissionKey permission) {
        ApplicationUser user = signedIn(userKey);
        if (user == null) {
            return false;
        }
        Project project = projects.getProjectObjByKey(projectKey);
        return project != null && permissions.hasPermission(permission, project, user);
    }

    /** The signed-in user when it is the one asked about, else {@code null}. */
    private ApplicationUser signedIn(String userKey) {
        ApplicationUser user = authentication.getLoggedInUser();
        return user == null || !user.getKey().equals(userKey) ? null : user;
    }
}
