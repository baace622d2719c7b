package dev.cascade.okr.jira;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.web.context.HttpContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;

/**
 * Jira as the adapter tests stand in for it (Mockito, for the host's interfaces), set up as Jira hands its objects
 * over: one user signed in through the authentication context, the project managers, issues and users, and project
 * CASC ("Cascade Demo") found by its key. Its static helpers make the page's request under Jira's context path, an
 * issue, and an I18nResolver that answers with the key so a test sees which message was chosen.
 */
final class JiraStubs {

    /** The signed-in user. */
    final ApplicationUser user;
    /** Jira's authentication context, with {@link #user} signed in (a test may sign them out). */
    final JiraAuthenticationContext authentication;
    /** Jira's projects: CASC by its key, no other. */
    final ProjectManager projects = mock(ProjectManager.class);
    /** Jira's issues. */
    final IssueManager issues = mock(IssueManager.class);
    /** SAL's users. */
    final UserManager users = mock(UserManager.class);
    /** Project CASC, named Cascade Demo. */
    final Project casc = mock(Project.class);

    /** Jira with the user {@code signedIn} signed in. */
    JiraStubs(String signedIn) {
        user = user(signedIn);
        authentication = mock(JiraAuthenticationContext.class);
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(casc.getKey()).thenReturn("CASC");
        when(casc.getName()).thenReturn("Cascade Demo");
        when(projects.getProjectObjByKey("CASC")).thenReturn(casc);
    }

    /** A Jira user with key {@code key}. */
    private static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }

    /** The HTTP context of a page request to Jira at {@code /jira}; {@code request} answers its query. */
    static HttpContext underJira(HttpServletRequest request) {
        HttpContext http = mock(HttpContext.class);
        when(http.getRequest()).thenReturn(request);
        when(request.getContextPath()).thenReturn("/jira");
        return http;
    }

    /** An issue by key: a sub-task of the issue {@code parentId}, or not. */
    static MutableIssue issue(String key, boolean subTask, Long parentId) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.isSubTask()).thenReturn(subTask);
        when(issue.getParentId()).thenReturn(parentId);
        return issue;
    }

    /**
     * Messages as {@code [key]}; with {@code withArguments}, a message given arguments as {@code [key[a, b]]}.
     */
    static I18nResolver keys(boolean withArguments) {
        return new I18nResolver() {
            @Override
            public String getText(String key) {
                return "[" + key + "]";
            }

            @Override
            public String getText(String key, Serializable... arguments) {
                return "[" + key + (!withArguments || arguments.length == 0 ? "" : Arrays.toString(arguments)) + "]";
            }
        };
    }
}
