package dev.cascade.okr.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import dev.cascade.okr.web.IssueAround;
import java.util.Optional;

/**
 * What Cascade reads of single Jira issues, straight from Jira's managers: whether a key names an issue, the keys
 * around an issue ({@link JiraIssueKeys}), and the fields a key result counts an issue by — Jira Software's Epic Link
 * ({@link JiraEpicLinks}), the story-point field and the number fields ({@link JiraNumberFields}). The issue search
 * and the issue event listener read issues through it, so that each question is asked of Jira one way.
 */
@JiraComponent
public final class JiraIssues {

    private final IssueManager issues;
    private final CustomFieldManager customFields;
    private final JiraEpicLinks epicLinks;

    /** Over Jira's issues and custom fields. */
    public JiraIssues(@JiraImport IssueManager issues, @JiraImport CustomFieldManager customFields,
            JiraEpicLinks epicLinks) {
        this.issues = issues;
        this.customFields = customFields;
        this.epicLinks = epicLinks;
    }

    /** Whether an issue has this key now. */
    boolean exists(String key) {
        return issues.getIssueByCurrentKey(key) != null;
    }

    /** The issue's key, its epic's and, for a sub-task, its parent's and the parent's epic's. */
    IssueAround around(Issue issue) {
        return JiraIssueKeys.around(issue, epicLinks, issues);
    }

    /** Whether the issue is an epic. */
    boolean isEpic(Issue issue) {
        return epicLinks.isEpic(issue);
    }

    /** The Epic Link field, if Jira Software is installed. */
    Optional<CustomField> epicLink() {
        return epicLinks.field();
    }

    /** The key of the epic an issue is linked to through the Epic Link field, if any. */
    Optional<String> epicKeyOf(Issue issue, CustomField epicLink) {
        return epicLinks.epicKeyOf(issue, epicLink);
    }

    /** The story-point field: the administrator's choice ({@code null} for none) when it exists, else by name. */
    Optional<CustomField> storyPointsField(String adminFieldId) {
        return JiraNumberFields.storyPointsField(customFields, adminFieldId);
    }

    /** The custom field with this id, if it exists. */
    Optional<CustomField> field(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(customFields.getCustomFieldObject(id));
    }
}
