package dev.cascade.okr.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import dev.cascade.okr.web.IssueAround;

/**
 * The keys through which an issue can feed a key result — its own, its epic's and, for a sub-task, its parent's and
 * the parent's epic's: what an issue change recomputes and what the issue view's goals panel looks up.
 */
final class JiraIssueKeys {

    private JiraIssueKeys() {
    }

    /** The keys around an issue whose key is known; the epics only when Jira Software's Epic Link field exists. */
    static IssueAround around(Issue issue, JiraEpicLinks epicLinks, IssueManager issues) {
        Issue parent = issue.isSubTask() && issue.getParentId() != null ? issues.getIssueObject(issue.getParentId())
                : null;
        String parentKey = parent == null ? null : parent.getKey();
        String[] epics = new String[2];
        epicLinks.field().ifPresent(field -> {
            epics[0] = epicLinks.epicKeyOf(issue, field).orElse(null);
            if (parent != null) {
                epics[1] = epicLinks.epicKeyOf(parent, field).orElse(null);
            }
        });
        return new IssueAround(issue.getKey(), parentKey, epics[0], epics[1]);
    }
}
