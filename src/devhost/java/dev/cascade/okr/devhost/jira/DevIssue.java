package dev.cascade.okr.devhost.jira;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import java.sql.Timestamp;

/** A sample issue; its Epic Link value is the epic issue, as in Jira Software. */
public final class DevIssue implements MutableIssue {

    private final long id;
    private final String key;
    private final String summary;
    private final DevProject project;
    private final DevIssue epic;
    private final DevCustomField epicLink;
    private volatile DevStatus status;
    private volatile Timestamp resolved;

    DevIssue(long id, String key, String summary, DevProject project, DevIssue epic, DevStatus status,
            Timestamp resolved, DevCustomField epicLink) {
        this.id = id;
        this.key = key;
        this.summary = summary;
        this.project = project;
        this.epic = epic;
        this.status = status;
        this.resolved = resolved;
        this.epicLink = epicLink;
    }

    void moveTo(DevStatus newStatus, Timestamp resolvedAt) {
        this.status = newStatus;
        this.resolved = resolvedAt;
    }

    /** The epic this issue belongs to, or {@code null}. */
    public DevIssue epic() {
        return epic;
    }

    /** Whether this issue is an epic (has no epic and is one of the epics of the sample). */
    public boolean isEpic() {
        return epic == null;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public Status getStatus() {
        return status;
    }

    @Override
    public Project getProjectObject() {
        return project;
    }

    @Override
    public Timestamp getResolutionDate() {
        return resolved;
    }

    @Override
    public Object getCustomFieldValue(CustomField customField) {
        return customField != null && customField.getIdAsLong().equals(epicLink.getIdAsLong()) ? epic : null;
    }

    @Override
    public boolean isSubTask() {
        return false;
    }

    @Override
    public Long getParentId() {
        return null;
    }
}
