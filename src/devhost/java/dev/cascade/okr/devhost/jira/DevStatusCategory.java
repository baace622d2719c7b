package dev.cascade.okr.devhost.jira;

import com.atlassian.jira.issue.status.category.StatusCategory;
import java.util.List;

/** The three status categories of Jira, with their locale-proof keys. */
public final class DevStatusCategory implements StatusCategory {

    private static final long serialVersionUID = 1L;

    /** To Do ({@code new}). */
    public static final DevStatusCategory TO_DO = new DevStatusCategory("new", "To Do");
    /** In Progress ({@code indeterminate}). */
    public static final DevStatusCategory IN_PROGRESS = new DevStatusCategory("indeterminate", "In Progress");
    /** Done ({@code done}). */
    public static final DevStatusCategory DONE = new DevStatusCategory("done", "Done");

    /** The three categories. */
    static List<DevStatusCategory> all() {
        return List.of(TO_DO, IN_PROGRESS, DONE);
    }

    private final String key;
    private final String name;

    private DevStatusCategory(String key, String name) {
        this.key = key;
        this.name = name;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int compareTo(StatusCategory other) {
        return key.compareTo(other.getKey());
    }
}
