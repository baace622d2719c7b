package dev.cascade.okr.core.port;

import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.progress.IssueFact;
import dev.cascade.okr.core.progress.Observation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The issues behind a set of links, as {@link IssueSource#read} found them.
 *
 * <p>Invariant: a link is either in {@code issues} (possibly with no issues: an empty epic) or in {@code broken},
 * never both.
 *
 * @param issues the issues of each link that resolved, in issue-id order
 * @param broken links that no longer resolve: a deleted epic or issue, a JQL query Jira rejects
 * @param searches how many searches the read issued (for benchmarks and tests)
 */
public record LinkedIssues(Map<WorkLink, List<IssueFact>> issues, Set<WorkLink> broken, int searches) {

    /** Copies and checks the invariant. */
    public LinkedIssues {
        Map<WorkLink, List<IssueFact>> copy = new HashMap<>();
        issues.forEach((link, list) -> copy.put(link, List.copyOf(list)));
        issues = Map.copyOf(copy);
        broken = Set.copyOf(broken);
        for (WorkLink link : broken) {
            if (issues.containsKey(link)) {
                throw new IllegalArgumentException("a link is both broken and resolved: " + link);
            }
        }
        if (searches < 0) {
            throw new IllegalArgumentException("searches < 0");
        }
    }

    /**
     * What the issues of a link add up to, reading the given numeric field (or none), or empty when the link is broken
     * or was not read.
     */
    public Optional<IssueCompletion> completion(WorkLink link, String numericFieldIdOrNull) {
        List<IssueFact> facts = issues.get(Objects.requireNonNull(link, "link"));
        if (facts == null) {
            return Optional.empty();
        }
        IssueCompletion sum = IssueCompletion.NONE;
        for (IssueFact fact : facts) {
            sum = sum.plus(fact.category(), fact.storyPoints(),
                    numericFieldIdOrNull == null ? null : fact.fieldValues().get(numericFieldIdOrNull));
        }
        return Optional.of(sum);
    }

    /**
     * What these issues show for a key result measured by its links: all its links' issues added up (reading its
     * numeric field), or — when any of its links is broken or was not read — a broken link naming those links, never a
     * silent 0 (core's rule, {@code KeyResultProgressPolicy}).
     */
    public Observation observation(IssueMeasure measure) {
        List<WorkLink> missing = new ArrayList<>();
        IssueCompletion sum = IssueCompletion.NONE;
        for (WorkLink link : measure.links()) {
            Optional<IssueCompletion> completion = completion(link, measure.numericFieldId());
            if (completion.isEmpty()) {
                missing.add(link);
            } else {
                sum = sum.plus(completion.get());
            }
        }
        return missing.isEmpty() ? Observation.issues(sum) : Observation.brokenLink(missing);
    }
}
