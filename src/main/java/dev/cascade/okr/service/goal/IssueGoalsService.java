package dev.cascade.okr.service.goal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.model.ClosedGoalRule;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore.LinkedWork;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.JqlMatches;
import dev.cascade.okr.core.port.KeyResultStore;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.progress.IssueCounting;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTree;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.IssueCountingSetting;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.RolledCascade;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a Jira issue or epic feeds, for its issue view: the key results linked to it or to the issues around it (its
 * epic, its parent, the parent's epic — the caller names the keys) by an epic or issue link, each with its goal's
 * rolled-up progress.
 *
 * <p>A key result is shown exactly when its goal is: core's {@code canSee} through {@link GoalAccess}, so a goal the
 * viewer may not see is absent, never hinted at.
 *
 * <p>{@link #panel} also lists the key results whose JQL query finds the issue (or, when sub-tasks count, the
 * sub-task's parent): the app does not store what each query last found, so it asks Jira through {@link JqlMatches},
 * one count per query restricted to the issue, with the app's authority as stored progress is read. Only key results
 * of goals the viewer may see are asked about, those of goals of the issue's project first, then by goal and key
 * result; at most {@value JqlMatches#MAX_QUERIES} distinct queries are run per panel and at most
 * {@value #MAX_JQL_KEY_RESULTS} JQL-linked key results are read, so a Jira with hundreds of them costs a bounded
 * number of searches; the panel says how many were left unchecked ({@link IssuePanel#jqlUnchecked}).
 *
 * <p>{@link #panel} adds what the issue view's panel needs besides: the issue-driven key results of open goals the
 * caller may change (core's {@code canChange} through {@link GoalAccess}), to link the issue to, and how issues count.
 */
@JiraComponent
public final class IssueGoalsService {

    /** The most issue keys one question may name (an issue, its parent and their epics need four). */
    public static final int MAX_KEYS = 10;

    private final KeyResultStore keyResults;
    private final GoalAccess goalAccess;
    private final GoalTrees trees;
    private final SettingsStore settings;

    /** The most key results {@link #panel} offers to link to. */
    public static final int MAX_LINKABLE = 100;

    /** The most JQL-linked key results {@link #panel} reads to check against the issue (lowest ids first). */
    public static final int MAX_JQL_KEY_RESULTS = 1000;

    private final JqlMatches jqlMatches;

    /** Creates the service. */
    @Inject
    public IssueGoalsService(KeyResultStore keyResults, GoalAccess goalAccess, GoalTrees trees, SettingsStore settings,
            JqlMatches jqlMatches) {
        this.keyResults = keyResults;
        this.jqlMatches = jqlMatches;
        this.settings = settings;
        this.goalAccess = goalAccess;
        this.trees = trees;
    }

    /**
     * A key result fed by the issue.
     *
     * @param keyResult the key result as stored, with its progress and what it counts
     * @param links how the issue reaches it: its epic and issue links to the keys asked about, in its own order, then
     *     the JQL links whose query finds the issue ({@link #panel} only)
     */
    public record FedKeyResult(StoredKeyResult keyResult, List<WorkLink> links) {

        /** Checks presence and copies the links. */
        public FedKeyResult {
            Objects.requireNonNull(keyResult, "keyResult");
            links = List.copyOf(links);
        }
    }

    /**
     * A goal with the key results the issue feeds.
     *
     * @param goal the goal with its rolled-up progress (the figure its cascade tree shows); no children
     * @param keyResults the key results fed, in the goal's order
     */
    public record FedGoal(GoalTree goal, List<FedKeyResult> keyResults) {

        /** Checks presence and copies the key results. */
        public FedGoal {
            Objects.requireNonNull(goal, "goal");
            keyResults = List.copyOf(keyResults);
        }
    }

    /**
     * An issue-driven key result the caller may link the issue to.
     *
     * @param goal its goal, which the caller may see and change and which is not closed
     * @param keyResult the key result as stored, with the version a change is based on
     */
    public record LinkableKeyResult(StoredObjective goal, StoredKeyResult keyResult) {

        /** Checks presence. */
        public LinkableKeyResult {
            Objects.requireNonNull(goal, "goal");
            Objects.requireNonNull(keyResult, "keyResult");
        }
    }

    /**
     * What the issue view's panel shows of an issue.
     *
     * @param fed what the issue feeds ({@link #fedBy})
     * @param linkable the key results the caller may link the issue to, none of them fed by the issue yet, by goal
     *     then position; at most {@value #MAX_LINKABLE}
     * @param counting how issues count (the story-point field, whether sub-tasks count), as the administrator set it
     * @param jqlUnchecked how many JQL-linked key results the viewer may see were not checked against the issue
     *     (beyond the bounds); 0 when every one was
     */
    public record IssuePanel(List<FedGoal> fed, List<LinkableKeyResult> linkable, IssueCounting counting,
            int jqlUnchecked) {

        /** Copies the lists. */
        public IssuePanel {
            fed = List.copyOf(fed);
            linkable = List.copyOf(linkable);
            Objects.requireNonNull(counting, "counting");
        }

        /** A panel whose JQL-linked key results were all checked. */
        public IssuePanel(List<FedGoal> fed, List<LinkableKeyResult> linkable, IssueCounting counting) {
            this(fed, linkable, counting, 0);
        }
    }

    /**
     * The issue view's panel in one call: {@link #fedBy} over these keys, the key results the caller may link the
     * issue to — issue-driven key results of open goals of the issue's project or owned by the caller that the caller
     * may see and change, not yet linked to the issue itself as issue or epic and not already fed by it (through its
     * epic, its parent or a JQL query) — and how issues count. The goals fed also hold the key results whose JQL query
     * finds the issue (see the class comment for how and how far this is checked).
     *
     * @param issueKey the issue's own key
     * @param parentKey the parent's key when the issue is a sub-task, else {@code null}; checked against the queries
     *     only when sub-tasks count (then a query that finds the parent counts the sub-task too)
     * @param issueKeys the keys through which the issue feeds key results by epic or issue links (its own among them)
     * @param projectKey the issue's project's key, or {@code null}
     * @return the panel; 401 {@code auth.required} when nobody is signed in
     */
    public Outcome<IssuePanel> panel(Caller caller, String issueKey, String parentKey, Set<String> issueKeys,
            String projectKey) {
        Optional<String> signedIn = caller.userKey();
        if (signedIn.isEmpty()) {
            return GoalAccess.unauthenticated();
        }
        String user = signedIn.get();
        AccessFacts facts = goalAccess.users().factsOf(user);
        IssueCounting counting = IssueCountingSetting.stored(settings).value();
        Map<KeyResultId, List<WorkLink>> linksOf = linkedTo(issueKeys);
        int unchecked = addQueryMatches(facts, issueKey, counting.countSubTasks() ? parentKey : null, projectKey,
                linksOf);
        List<FedGoal> fed = goalsFeeding(linksOf, facts);
        Predicate<StoredObjective> changes = goalAccess.changedBy(facts);
        Map<ObjectiveId, StoredObjective> candidates = new TreeMap<>(Comparator.comparingLong(ObjectiveId::value));
        List<GoalQuery> queries = new ArrayList<>();
        if (projectKey != null) {
            queries.add(GoalQuery.all().withProject(projectKey));
        }
        queries.add(GoalQuery.all().withOwner(user));
        for (GoalQuery query : queries) {
            goalAccess.forEachVisible(query, facts, goal -> {
                if (changes.test(goal) && ClosedGoalRule.refuseChange(goal.objective()).isEmpty()) {
                    candidates.put(goal.id(), goal);
                }
            });
        }
        List<LinkableKeyResult> linkable = new ArrayList<>();
        Set<KeyResultId> seen = new HashSet<>();
        fed.forEach(goal -> goal.keyResults().forEach(k -> seen.add(k.keyResult().id())));
        for (StoredObjective goal : candidates.values()) {
            for (StoredKeyResult keyResult : goal.keyResults()) {
                if (linkable.size() < MAX_LINKABLE && keyResult.keyResult().measure() instanceof IssueMeasure issues
                        && issues.links().stream().noneMatch(link -> !(link instanceof WorkLink.Jql)
                                && link.text().strip().equals(issueKey))
                        && seen.add(keyResult.id())) {
                    linkable.add(new LinkableKeyResult(goal, keyResult));
                }
            }
        }
        return Outcome.success(new IssuePanel(fed, linkable, counting, unchecked));
    }

    /**
     * Adds to {@code linksOf} the JQL links whose query finds the issue (or the given parent), of key results of goals
     * the viewer may see; answers how many such key results were left unchecked by the bounds.
     */
    private int addQueryMatches(AccessFacts facts, String issueKey, String parentKey, String projectKey,
            Map<KeyResultId, List<WorkLink>> linksOf) {
        Set<String> keys = new TreeSet<>();
        for (String key : new String[] {issueKey, parentKey}) {
            if (key != null && WorkLink.ISSUE_KEY.matcher(key).matches()) {
                keys.add(key);
            }
        }
        List<KeyResultId> ids = keyResults.keyResultsWithLinks(WorkLink.Kind.JQL);
        if (keys.isEmpty() || ids.isEmpty()) {
            return 0;
        }
        int unread = Math.max(0, ids.size() - MAX_JQL_KEY_RESULTS);
        Map<ObjectiveId, List<StoredKeyResult>> byGoal = new TreeMap<>(Comparator.comparingLong(ObjectiveId::value));
        for (StoredKeyResult keyResult : keyResults.keyResults(ids.subList(0, ids.size() - unread))) {
            byGoal.computeIfAbsent(keyResult.objectiveId(), id -> new ArrayList<>()).add(keyResult);
        }
        Predicate<StoredObjective> seen = goalAccess.seenBy(facts);
        List<StoredObjective> goals = new ArrayList<>(trees.goals(List.copyOf(byGoal.keySet())).stream()
                .filter(seen).toList());
        // The issue's own project's goals first: with many queries, those are the likeliest to count it.
        goals.sort(Comparator.comparing((StoredObjective goal) -> projectKey == null
                || !goal.objective().projectKey().map(projectKey::equals).orElse(false))
                .thenComparingLong(goal -> goal.id().value()));
        List<StoredKeyResult> candidates = new ArrayList<>();
        List<WorkLink.Jql> queries = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        int unchecked = 0;
        for (StoredObjective goal : goals) {
            for (StoredKeyResult keyResult : byGoal.get(goal.id())) {
                List<WorkLink.Jql> own = jqlLinks(keyResult);
                Set<String> more = new HashSet<>(texts);
                own.forEach(link -> more.add(link.jql()));
                if (own.isEmpty()) {
                    continue;
                }
                if (more.size() > JqlMatches.MAX_QUERIES) {
                    unchecked++;
                    continue;
                }
                texts.addAll(more);
                candidates.add(keyResult);
                queries.addAll(own);
            }
        }
        if (candidates.isEmpty()) {
            return unchecked;
        }
        Set<WorkLink.Jql> found = jqlMatches.matching(keys, queries);
        for (StoredKeyResult keyResult : candidates) {
            List<WorkLink> matched = jqlLinks(keyResult).stream().filter(found::contains)
                    .map(WorkLink.class::cast).toList();
            if (!matched.isEmpty()) {
                linksOf.computeIfAbsent(keyResult.id(), id -> new ArrayList<>()).addAll(matched);
            }
        }
        return unchecked + unread;
    }

    private static List<WorkLink.Jql> jqlLinks(StoredKeyResult keyResult) {
        return keyResult.keyResult().measure() instanceof IssueMeasure issues ? issues.links().stream()
                .filter(WorkLink.Jql.class::isInstance).map(WorkLink.Jql.class::cast).toList() : List.of();
    }

    /** The epic and issue links to any of these keys (the first {@value #MAX_KEYS}), by key result. */
    private Map<KeyResultId, List<WorkLink>> linkedTo(Set<String> issueKeys) {
        Set<String> keys = issueKeys.stream().filter(Objects::nonNull).limit(MAX_KEYS)
                .collect(Collectors.toCollection(TreeSet::new));
        Map<KeyResultId, List<WorkLink>> linksOf = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return linksOf;
        }
        for (LinkedWork linked : keyResults.keyResultsLinkedToIssues(keys)) {
            linksOf.computeIfAbsent(linked.keyResult(), id -> new ArrayList<>()).add(linked.link());
        }
        return linksOf;
    }

    /**
     * The goals the caller may see whose key results are linked, as epic or as issue, to any of these keys, oldest goal
     * first, each with the key results so linked. Keys beyond the first {@value #MAX_KEYS} are ignored.
     *
     * @return the goals (empty when nothing visible is linked); 401 {@code auth.required} when nobody is signed in
     */
    public Outcome<List<FedGoal>> fedBy(Caller caller, Set<String> issueKeys) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return GoalAccess.unauthenticated();
        }
        return Outcome.success(goalsFeeding(linkedTo(issueKeys), goalAccess.users().factsOf(user.get())));
    }

    /** The goals the viewer may see among those of these key results, each with its key results and their links. */
    private List<FedGoal> goalsFeeding(Map<KeyResultId, List<WorkLink>> linksOf, AccessFacts facts) {
        if (linksOf.isEmpty()) {
            return List.of();
        }
        Map<ObjectiveId, List<KeyResultId>> byGoal = new TreeMap<>(Comparator.comparingLong(ObjectiveId::value));
        for (StoredKeyResult keyResult : keyResults.keyResults(linksOf.keySet())) {
            byGoal.computeIfAbsent(keyResult.objectiveId(), id -> new ArrayList<>()).add(keyResult.id());
        }
        Predicate<StoredObjective> seen = goalAccess.seenBy(facts);
        List<FedGoal> fed = new ArrayList<>();
        for (StoredObjective goal : trees.goals(List.copyOf(byGoal.keySet()))) {
            if (!seen.test(goal)) {
                continue;
            }
            Set<KeyResultId> wanted = Set.copyOf(byGoal.get(goal.id()));
            List<FedKeyResult> keyResults = goal.keyResults().stream().filter(k -> wanted.contains(k.id()))
                    .map(k -> new FedKeyResult(k, linksOf.get(k.id()))).toList();
            RolledCascade below = trees.below(goal.id());
            if (!keyResults.isEmpty() && below.contains(goal.id())) {
                fed.add(new FedGoal(below.tree(goal.id(), 0, child -> false), keyResults));
            }
        }
        return fed;
    }
}
