package dev.cascade.okr.jira;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import dev.cascade.okr.core.port.ProjectAccess;

/**
 * Project permissions by Jira's own permission schemes. Answers for the signed-in user of the current request only:
 * a question about anyone else is answered "no", never guessed.
 */
@JiraComponent
public final class JiraProjectAccess implements ProjectAccess {

    private final JiraAuthenticationContext authentication;
    private final ProjectManager projects;
    private final PermissionManager permissions;

    /** Creates the adapter. */
    public JiraProjectAccess(@JiraImport JiraAuthenticationContext authentication,
            @JiraImport ProjectManager projects, @JiraImport PermissionManager permissions) {
        this.authentication = authentication;
        this.projects = projects;
        this.permissions = permissions;
    }

    @Override
    public boolean canBrowse(String userKey, String projectKey) {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null || !user.getKey().equals(userKey)) {
            return false;
        }
        Project project = projects.getProjectObjByKey(projectKey);
        return project != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user);
    }
}
