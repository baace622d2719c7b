package dev.cascade.okr.devhost.jira;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;

/** A status of the sample workflow. */
public final class DevStatus implements Status {

    private final String id;
    private final String name;
    private final DevStatusCategory category;

    DevStatus(String id, String name, DevStatusCategory category) {
        this.id = id;
        this.name = name;
        this.category = category;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public StatusCategory getStatusCategory() {
        return category;
    }
}
