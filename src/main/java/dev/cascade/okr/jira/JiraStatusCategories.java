package dev.cascade.okr.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;

/** Reads an issue's status category by its locale-proof key ({@code new}, {@code indeterminate}, {@code done}). */
final class JiraStatusCategories {

    private JiraStatusCategories() {
    }

    /** The core category of an issue; an issue without a category counts as To Do. */
    static dev.cascade.okr.core.model.StatusCategory of(Issue issue) {
        Status status = issue.getStatus();
        StatusCategory category = status == null ? null : status.getStatusCategory();
        String key = category == null ? null : category.getKey();
        if ("done".equals(key)) {
            return dev.cascade.okr.core.model.StatusCategory.DONE;
        }
        if ("indeterminate".equals(key)) {
            return dev.cascade.okr.core.model.StatusCategory.IN_PROGRESS;
        }
        return dev.cascade.okr.core.model.StatusCategory.TO_DO;
    }
}
