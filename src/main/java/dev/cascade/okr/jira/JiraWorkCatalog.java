package dev.cascade.okr.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import dev.cascade.okr.core.port.WorkCatalog;

/** Whether Jira projects and issues exist, straight from Jira's managers. */
@JiraComponent
public final class JiraWorkCatalog implements WorkCatalog {

    private final ProjectManager projects;
    private final IssueManager issues;

    /** Creates the catalog. */
    public JiraWorkCatalog(@JiraImport ProjectManager projects, @JiraImport IssueManager issues) {
        this.projects = projects;
        this.issues = issues;
    }

    @Override
    public boolean projectExists(String projectKey) {
        return projects.getProjectObjByKey(projectKey) != null;
    }

    @Override
    public boolean issueExists(String issueKey) {
        return issues.getIssueByCurrentKey(issueKey) != null;
    }
}
