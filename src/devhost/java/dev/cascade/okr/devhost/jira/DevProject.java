package dev.cascade.okr.devhost.jira;

import com.atlassian.jira.project.Project;

/** A sample project. */
public final class DevProject implements Project {

    private final Long id;
    private final String key;
    private final String name;

    DevProject(Long id, String key, String name) {
        this.id = id;
        this.key = key;
        this.name = name;
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
    public String getName() {
        return name;
    }
}
