package dev.cascade.okr.core.port;

/** Answers what a person may do in a project, by the host's own permission rules. */
public interface ProjectAccess {

    /** Whether the user may browse the project; {@code false} for an unknown project. */
    boolean canBrowse(String userKey, String projectKey);
}
