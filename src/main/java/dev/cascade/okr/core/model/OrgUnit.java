package dev.cascade.okr.core.model;

import java.util.Objects;

/** The organisational unit a goal belongs to: a Jira project or a named group (a department, a team). */
public sealed interface OrgUnit {

    /** A stable text form: {@code project:KEY} or {@code group:name}. */
    default String ref() {
        return this instanceof Project project ? "project:" + project.key() : "group:" + ((Group) this).name();
    }

    /** A Jira project, by key. */
    record Project(String key) implements OrgUnit {
        /** Checks the key. */
        public Project {
            Objects.requireNonNull(key, "key");
        }
    }

    /** A named group of people, such as a department. */
    record Group(String name) implements OrgUnit {
        /** Checks the name. */
        public Group {
            Objects.requireNonNull(name, "name");
        }
    }
}
