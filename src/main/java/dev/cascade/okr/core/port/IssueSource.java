package dev.cascade.okr.core.port;

import dev.cascade.okr.core.progress.IssueFact;
import java.util.List;

/**
 * Reads the Jira issues behind many links at once.
 *
 * <p>{@link #read} works with the app's own authority, so that stored progress is the same for everyone, and answers
 * a whole set of links in a bounded number of searches: one per batch of epics, one per batch of single issues, one
 * per distinct JQL text, one per batch of parents whose sub-tasks are counted; never one per key result or per link.
 * {@link #visibleIssues} lists issues to a person and answers only what that person may browse.
 */
public interface IssueSource {

    /** The most issues {@link #visibleIssues} answers. */
    int MAX_VISIBLE = 1000;

    /**
     * The issues behind every link of the request, read with the app's authority.
     *
     * @param request the links and how to count them
     * @return the issues per link; links that no longer resolve (deleted epic or issue, JQL Jira rejects) are
     *     {@linkplain LinkedIssues#broken() broken}, never empty
     */
    LinkedIssues read(IssueRequest request);

    /**
     * The issues behind one link that a person may browse, in issue-id order, at most {@code limit}.
     *
     * @param request the link (exactly one) and how to count it
     * @param userKey the person asking; an unknown user sees nothing
     * @param limit 1 to {@value #MAX_VISIBLE}
     * @throws IllegalArgumentException when the request holds other than one link or the limit is out of range
     */
    List<IssueFact> visibleIssues(IssueRequest request, String userKey, int limit);
}
