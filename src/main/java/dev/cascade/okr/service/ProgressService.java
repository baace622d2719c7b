package dev.cascade.okr.service;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.LinkedKeyResult;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.IssueCompletionSource;
import dev.cascade.okr.core.progress.IssueCompletion;
import dev.cascade.okr.core.progress.IssueCountPolicy;
import java.time.Clock;
import javax.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the stored progress of issue-driven key results in step with Jira: measures epics in one batch and stores
 * the result. Data lives in Jira, so this bean exists only there.
 */
@JiraComponent
public final class ProgressService {

    private final GoalStore goals;
    private final IssueCompletionSource issues;
    private final IssueCountPolicy policy = new IssueCountPolicy();
    private final GoalTrees trees;
    private final Clock clock;

    /** Creates the service over the store and the issue source. */
    @Inject
    public ProgressService(GoalStore goals, IssueCompletionSource issues, GoalTrees trees) {
        this(goals, issues, trees, Clock.systemUTC());
    }

    ProgressService(GoalStore goals, IssueCompletionSource issues, GoalTrees trees, Clock clock) {
        this.goals = goals;
        this.trees = trees;
        this.issues = issues;
        this.clock = clock;
    }

    /**
     * Measures the given epics (one batched call to the issue source) and returns each epic's progress; an epic that
     * no longer exists is a broken link, not 0%.
     */
    public Map<String, Measured> measureEpics(Set<String> epicKeys) {
        if (epicKeys.isEmpty()) {
            return Map.of();
        }
        Map<String, IssueCompletion> completion = issues.completionOfEpics(epicKeys);
        Map<String, Measured> measured = new HashMap<>();
        for (String epicKey : epicKeys) {
            IssueCompletion counts = completion.get(epicKey);
            measured.put(epicKey, new Measured(policy.progressOfLink(counts), counts));
        }
        return measured;
    }

    /**
     * Recomputes and stores every key result linked to these epics; returns how many key results were updated.
     */
    public int recomputeForEpics(Set<String> epicKeys) {
        List<LinkedKeyResult> linked = goals.keyResultsLinkedTo(epicKeys);
        if (linked.isEmpty()) {
            return 0;
        }
        Map<String, Measured> byEpic = measureEpics(
                linked.stream().map(LinkedKeyResult::epicKey).collect(Collectors.toSet()));
        Map<KeyResultId, Measured> byKeyResult = new HashMap<>();
        for (LinkedKeyResult keyResult : linked) {
            byKeyResult.put(keyResult.id(), byEpic.get(keyResult.epicKey()));
        }
        goals.storeProgress(byKeyResult, clock.instant());
        trees.changed();
        return byKeyResult.size();
    }
}
