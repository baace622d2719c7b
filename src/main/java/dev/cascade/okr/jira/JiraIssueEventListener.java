package dev.cascade.okr.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.service.ProgressService;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Recomputes the key results an issue change can affect. Reacts to every issue event type, because transitions to
 * Done often arrive as generic or custom events rather than "resolved".
 */
@JiraComponent
public final class JiraIssueEventListener implements InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(JiraIssueEventListener.class);

    private final EventPublisher events;
    private final ProgressService progress;
    private final JiraEpicLinks epicLinks;

    /** Creates the listener; it registers itself once Spring has built it. */
    public JiraIssueEventListener(@ComponentImport EventPublisher events, ProgressService progress,
            JiraEpicLinks epicLinks) {
        this.events = events;
        this.progress = progress;
        this.epicLinks = epicLinks;
    }

    @Override
    public void afterPropertiesSet() {
        events.register(this);
    }

    @Override
    public void destroy() {
        events.unregister(this);
    }

    /** Recomputes key results linked to the issue itself (an epic) or to its epic. */
    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null) {
            return;
        }
        Set<String> epicKeys = new HashSet<>();
        epicKeys.add(issue.getKey());
        epicLinks.field().flatMap(field -> epicLinks.epicKeyOf(issue, field)).ifPresent(epicKeys::add);
        try {
            int updated = progress.recomputeForEpics(epicKeys);
            LOG.debug("Issue {} (event type {}) updated {} key results", issue.getKey(), event.getEventTypeId(),
                    updated);
        } catch (RuntimeException e) {
            // Never break Jira's event delivery; the daily job reconciles what was missed.
            LOG.error("Recomputing key results for issue {} (epics {}) failed", issue.getKey(), epicKeys, e);
        }
    }
}
