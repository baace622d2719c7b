package dev.cascade.okr.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.service.kernel.RecomputeQueue;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Hands every issue change to the {@link RecomputeQueue}: the issue, its epic and, for a sub-task, its parent and the
 * parent's epic — the keys through which a key result can be linked to it. Reacts to every event type, because
 * transitions to Done often arrive as generic or custom events; a deleted or moved issue is named by its key, and the
 * recompute then finds the link broken or the issue gone from its epic.
 */
@JiraComponent
public final class JiraIssueEventListener implements InitializingBean, DisposableBean {

    private final EventPublisher events;
    private final RecomputeQueue queue;
    private final JiraIssues issues;

    /** Creates the listener; it registers itself once Spring has built it. */
    public JiraIssueEventListener(@ComponentImport EventPublisher events, RecomputeQueue queue, JiraIssues issues) {
        this.events = events;
        this.queue = queue;
        this.issues = issues;
    }

    @Override
    public void afterPropertiesSet() {
        events.register(this);
    }

    @Override
    public void destroy() {
        events.unregister(this);
    }

    /** Notes the changed issue and everything it counts towards; the queue coalesces and recomputes later. */
    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getKey() == null) {
            return;
        }
        queue.issuesChanged(keysAround(issue));
    }

    /** The issue's key, its epic's, and for a sub-task its parent's and the parent's epic's. */
    Set<String> keysAround(Issue issue) {
        return issues.around(issue).keys();
    }
}
