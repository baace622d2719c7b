package dev.cascade.okr.jira;

import static dev.cascade.okr.jira.JiraStubs.issue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import dev.cascade.okr.service.kernel.RecomputeQueue;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** Every event names the issue, its epic and, for a sub-task, its parent and the parent's epic. */
public class JiraIssueEventListenerTest {

    private final RecomputeQueue queue = mock(RecomputeQueue.class);
    private final JiraEpicLinks epicLinks = mock(JiraEpicLinks.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final CustomField epicLink = mock(CustomField.class);
    private final JiraIssueEventListener listener = new JiraIssueEventListener(mock(EventPublisher.class), queue,
            new JiraIssues(issues, mock(CustomFieldManager.class), epicLinks));

    @Test
    public void shouldNameIssueAndItsEpicWhenAStoryChanges() {
        MutableIssue story = issue("CASC-7", false, null);
        when(epicLinks.field()).thenReturn(Optional.of(epicLink));
        when(epicLinks.epicKeyOf(story, epicLink)).thenReturn(Optional.of("CASC-1"));

        listener.onIssueEvent(new IssueEvent(story, Map.of(), null, 13L));

        verify(queue).issuesChanged(Set.of("CASC-7", "CASC-1"));
    }

    @Test
    public void shouldNameParentAndParentsEpicWhenASubTaskChanges() {
        MutableIssue parent = issue("CASC-7", false, null);
        MutableIssue subTask = issue("CASC-9", true, 7L);
        when(issues.getIssueObject(7L)).thenReturn(parent);
        when(epicLinks.field()).thenReturn(Optional.of(epicLink));
        when(epicLinks.epicKeyOf(subTask, epicLink)).thenReturn(Optional.empty());
        when(epicLinks.epicKeyOf(parent, epicLink)).thenReturn(Optional.of("CASC-1"));

        listener.onIssueEvent(new IssueEvent(subTask, Map.of(), null, 2L));

        verify(queue).issuesChanged(Set.of("CASC-9", "CASC-7", "CASC-1"));
    }

    @Test
    public void shouldStillNameParentWhenJiraSoftwareIsAbsent() {
        MutableIssue parent = issue("OPS-2", false, null);
        MutableIssue subTask = issue("OPS-3", true, 2L);
        when(issues.getIssueObject(2L)).thenReturn(parent);
        when(epicLinks.field()).thenReturn(Optional.empty());

        listener.onIssueEvent(new IssueEvent(subTask, Map.of(), null, 1L));

        verify(queue).issuesChanged(Set.of("OPS-3", "OPS-2"));
    }

    @Test
    public void shouldIgnoreEventWhenItCarriesNoIssue() {
        listener.onIssueEvent(new IssueEvent(null, Map.of(), null, 8L));

        verify(queue, never()).issuesChanged(any());
    }
}
