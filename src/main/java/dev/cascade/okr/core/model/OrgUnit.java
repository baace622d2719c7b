package dev.cascade.okr.core.model;

import java.util.Objects;

/** The organisational unit a goal belongs to: a Jira project or a named group (a department, a team). */
public sealed interface OrgUnit {

    /** A stable text form: {@code project:KEY} or {@code group:name}. */
    String ref();

    /** A Jira project, by key. */
    record Project(String key) implements OrgUnit {
        /** Checks the key. */
        public Project {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String ref() {
            return "project:" + key;
        }
    }

    /** A named group of people, such as a department. */
    record Group(String name) implements OrgUnit {
        /** Checks the name. */
        public Group {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String ref() {
            return "group:" + name;
        }
    }
}
