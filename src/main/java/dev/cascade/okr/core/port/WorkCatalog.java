package dev.cascade.okr.core.port;

/** Answers whether the Jira things a goal refers to exist. */
public interface WorkCatalog {

    /** Whether a project with this key exists. */
    boolean projectExists(String projectKey);

    /** Whether an issue (an epic) with this key exists. */
    boolean issueExists(String issueKey);
}
