package dev.cascade.okr.service.goal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.IssueRequest;
import dev.cascade.okr.core.port.IssueSource;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.progress.IssueCounting;
import dev.cascade.okr.core.progress.IssueFact;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.IssueCountingSetting;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The drill-down behind an issue-driven key result: per link, the issues the person asking may browse.
 *
 * <p>Who may ask: anyone who may see the key result's goal (else 404, as if it did not exist). The issues come from
 * {@link IssueSource#visibleIssues}, which searches with the person's own authority, so an issue in a project the
 * person may not browse is never listed, although it counts in the stored progress everyone sees. Issues are counted
 * as the administrator set it (sub-tasks, story-point field), as for the stored progress.
 *
 * <p>Whether a link is broken is taken from the app's own read of the links (one batched {@link IssueSource#read}),
 * asked only when the stored progress says a link was broken at the last recompute; that read's issues are never
 * shown.
 */
@JiraComponent
public final class KeyResultIssuesService {

    /** Issues per link when the caller names no limit. */
    public static final int DEFAULT_LIMIT = 100;

    private final IssueSource issues;
    private final SettingsStore settings;
    private final GoalAccess goalAccess;

    /** Creates the service. */
    @Inject
    public KeyResultIssuesService(IssueSource issues, SettingsStore settings, GoalAccess goalAccess) {
        this.issues = issues;
        this.settings = settings;
        this.goalAccess = goalAccess;
    }

    /**
     * The issues of one link that the person may browse.
     *
     * @param link the link, as the key result holds it
     * @param broken whether the link no longer resolves (deleted epic or issue, JQL Jira rejects); then no issues
     * @param issues at most the limit, in issue-id order
     */
    public record LinkIssues(WorkLink link, boolean broken, List<IssueFact> issues) {

        /** Checks presence and copies the issues. */
        public LinkIssues {
            Objects.requireNonNull(link, "link");
            issues = List.copyOf(issues);
        }
    }

    /**
     * The drill-down of one key result.
     *
     * @param keyResultId the key result
     * @param links one entry per link, in the key result's order
     */
    public record KeyResultIssues(KeyResultId keyResultId, List<LinkIssues> links) {

        /** Checks presence and copies the links. */
        public KeyResultIssues {
            Objects.requireNonNull(keyResultId, "keyResultId");
            links = List.copyOf(links);
        }
    }

    /**
     * The issues behind every link of the key result that the caller may browse.
     *
     * @param caller who asks
     * @param id the key result
     * @param limit issues per link, 1 to {@value IssueSource#MAX_VISIBLE}; {@code null} for {@value #DEFAULT_LIMIT}
     * @return the drill-down; 401 nobody signed in, 404 no such key result or its goal not visible, 400
     *     {@code key-result.no-issues} for a key result measured otherwise, 400 {@code paging.invalid} at
     *     {@code limit}
     */
    public Outcome<KeyResultIssues> issues(Caller caller, KeyResultId id, Integer limit) {
        Outcome<GoalAccess.KeyResultOfGoal> found = goalAccess.visibleKeyResult(caller, id);
        if (!found.isSuccess()) {
            return found.failed();
        }
        String user = caller.userKey().orElseThrow();
        StoredKeyResult keyResult = found.value().keyResult();
        if (!(keyResult.keyResult().measure() instanceof IssueMeasure measure)) {
            return Outcome.failure(Failure.INVALID,
                    Violation.of(ViolationCode.KEY_RESULT_NO_ISSUES, "id", String.valueOf(id.value())));
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > IssueSource.MAX_VISIBLE) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PAGING_INVALID, "limit",
                    String.valueOf(IssueSource.MAX_VISIBLE)));
        }
        IssueCounting counting = IssueCountingSetting.stored(settings).value();
        Set<WorkLink> broken = broken(keyResult, measure, counting);
        List<LinkIssues> answer = new ArrayList<>();
        for (WorkLink link : measure.links()) {
            if (broken.contains(link)) {
                answer.add(new LinkIssues(link, true, List.of()));
            } else {
                answer.add(new LinkIssues(link, false, issues.visibleIssues(request(Set.of(link), counting),
                        user, size)));
            }
        }
        return Outcome.success(new KeyResultIssues(id, answer));
    }

    /** The links the app's own read finds broken; asked only when the last recompute found a broken link. */
    private Set<WorkLink> broken(StoredKeyResult keyResult, IssueMeasure measure, IssueCounting counting) {
        boolean brokenBefore = !keyResult.computedProgress().hasData()
                && keyResult.computedProgress().reason() == NoDataReason.BROKEN_LINK;
        if (!brokenBefore || measure.links().isEmpty()) {
            return Set.of();
        }
        return issues.read(request(Set.copyOf(measure.links()), counting)).broken();
    }

    private static IssueRequest request(Set<WorkLink> links, IssueCounting counting) {
        return new IssueRequest(links, counting.countSubTasks(), counting.storyPointField(), Set.of());
    }
}
