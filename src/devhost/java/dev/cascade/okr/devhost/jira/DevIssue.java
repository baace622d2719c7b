package dev.cascade.okr.devhost.jira;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import java.sql.Timestamp;
import java.util.Set;

/**
 * A sample issue. As in Jira Software, its Epic Link value is the epic issue and its Story Points value a
 * {@code Double}; a sub-task has a parent and no Epic Link of its own.
 */
public final class DevIssue implements MutableIssue {

    /** The sample's issue types. */
    public static final String EPIC = "Epic";
    /** Story. */
    public static final String STORY = "Story";
    /** Task. */
    public static final String TASK = "Task";
    /** Bug. */
    public static final String BUG = "Bug";
    /** Sub-task. */
    public static final String SUB_TASK = "Sub-task";

    private final long id;
    private final String key;
    private final String summary;
    private final String type;
    private final DevProject project;
    private final DevIssue epic;
    private final DevIssue parent;
    private final Set<String> labels;
    private final String assignee;
    private final SampleFields fields;
    private volatile DevStatus status;
    private volatile Timestamp resolved;
    private volatile Double storyPoints;

    DevIssue(long id, String key, String summary, String type, DevProject project, DevIssue epic, DevIssue parent,
            Set<String> labels, String assignee, SampleFields fields) {
        this.id = id;
        this.key = key;
        this.summary = summary;
        this.type = type;
        this.project = project;
        this.epic = epic;
        this.parent = parent;
        this.labels = Set.copyOf(labels);
        this.assignee = assignee;
        this.fields = fields;
        this.status = SampleJira.TO_DO;
    }

    void moveTo(DevStatus newStatus, Timestamp resolvedAt) {
        this.status = newStatus;
        this.resolved = resolvedAt;
    }

    void estimate(Double points) {
        this.storyPoints = points;
    }

    /** The epic this issue belongs to (its Epic Link), or {@code null}. */
    public DevIssue epic() {
        return epic;
    }

    /** The parent of a sub-task, otherwise {@code null}. */
    public DevIssue parent() {
        return parent;
    }

    /** Whether this issue is an epic. */
    public boolean isEpic() {
        return EPIC.equals(type);
    }

    /** The issue type's name: Epic, Story, Task, Bug or Sub-task. */
    public String issueType() {
        return type;
    }

    /** The labels. */
    public Set<String> labels() {
        return labels;
    }

    /** The assignee's user key, or {@code null} when unassigned. */
    public String assignee() {
        return assignee;
    }

    /** The Story Points value, or {@code null} when not estimated. */
    public Double storyPoints() {
        return storyPoints;
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
    public IssueType getIssueType() {
        return () -> type;
    }

    @Override
    public Project getProjectObject() {
        return project;
    }

    /** The project's id (Jira's {@code Issue.getProjectId()}; not mirrored, so no {@code @Override}). */
    public Long getProjectId() {
        return project.getId();
    }

    @Override
    public Timestamp getResolutionDate() {
        return resolved;
    }

    @Override
    public Object getCustomFieldValue(CustomField customField) {
        if (customField == null) {
            return null;
        }
        if (customField.getIdAsLong().equals(fields.epicLink().getIdAsLong())) {
            return epic;
        }
        if (customField.getIdAsLong().equals(fields.storyPoints().getIdAsLong())) {
            return storyPoints;
        }
        if (customField.getIdAsLong().equals(fields.epicName().getIdAsLong())) {
            return isEpic() ? summary : null;
        }
        return null;
    }

    @Override
    public boolean isSubTask() {
        return parent != null;
    }

    @Override
    public Long getParentId() {
        return parent == null ? null : parent.getId();
    }

    /**
     * The parent issue of a sub-task (Jira's {@code Issue.getParentObject()}; not mirrored, so no
     * {@code @Override}).
     */
    public DevIssue getParentObject() {
        return parent;
    }

    @Override
    public String toString() {
        return key;
    }
}
