package dev.cascade.okr.core.port;

import dev.cascade.okr.core.model.WorkLink;
import java.util.List;
import java.util.Set;

/**
 * Which key results' JQL queries find a given issue: how the issue view learns which key results linked by a query
 * an issue feeds. The app does not store what each query last found (a query may find thousands of issues, and every
 * issue change re-reads every query); it asks Jira instead, one count per query restricted to the issue, so the answer
 * is as current as Jira's index.
 *
 * <p>Cost is bounded by the caller and here: at most {@value #MAX_QUERIES} distinct query texts are run per call, in
 * the order given, each a single count over at most a few named issues.
 */
public interface JqlMatches {

    /** The most distinct query texts one call runs; queries beyond them are left unanswered (not matched). */
    int MAX_QUERIES = 50;

    /**
     * The links among {@code queries} whose query finds any of {@code issueKeys}, read with the app's authority as
     * {@link IssueSource#read} reads stored progress (so the answer agrees with the stored figure). Keys that are not
     * issue keys ({@link WorkLink#ISSUE_KEY}) are ignored, never written into a query; a query Jira rejects finds
     * nothing. Only the first {@value #MAX_QUERIES} distinct query texts are run.
     *
     * @param issueKeys the issue and, when sub-tasks count, the parent of a sub-task; at most a few
     * @param queries the JQL links to check, most important first
     * @return the links whose query finds one of the issues
     */
    Set<WorkLink.Jql> matching(Set<String> issueKeys, List<WorkLink.Jql> queries);
}
