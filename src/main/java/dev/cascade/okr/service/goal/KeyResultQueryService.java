package dev.cascade.okr.service.goal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.access.AccessPolicy;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.port.GoalQueries;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.KeyPage;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.WorkCatalog;
import dev.cascade.okr.service.kernel.AccessService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.Outcome;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reading key results on their own: one by id, and a page of the key results of the goals that match a goal filter.
 * A key result is seen exactly when its goal is: the list reads its filter as {@link GoalService#find} does
 * ({@link GoalFilters}) and decides visibility the same way (core's {@link AccessPolicy#audience} as a clause
 * of the store's query, then {@link AccessPolicy#canSee} on the goal of every key result answered).
 */
@JiraComponent
public final class KeyResultQueryService {

    private final GoalQueries queries;
    private final GoalAccess goalAccess;
    private final GoalTrees trees;
    private final GoalFilters filters;

    /** Creates the service. */
    @Inject
    public KeyResultQueryService(GoalQueries queries, GoalAccess goalAccess, GoalTrees trees, WorkCatalog catalog,
            SettingsStore settings) {
        this.queries = queries;
        this.goalAccess = goalAccess;
        this.trees = trees;
        this.filters = new GoalFilters(catalog, settings, goalAccess);
    }

    /** The key result, if it exists and the caller may see its goal (else NOT_FOUND, never FORBIDDEN). */
    public Outcome<StoredKeyResult> keyResult(Caller caller, KeyResultId id) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return GoalAccess.unauthenticated();
        }
        Outcome<GoalAccess.KeyResultOfGoal> found = goalAccess.visibleKeyResult(caller, id);
        if (!found.isSuccess()) {
            return found.failed();
        }
        return Outcome.success(found.value().keyResult());
    }

    /**
     * One page of the key results of the goals that match the filter and that the caller may see, by goal id then
     * position. Offset, limit and total count key results, and only visible ones. One store query and a count per
     * page; a caller who manages more than {@value AccessService#MAX_REPORTS} people is served by reading every
     * matching goal instead, as {@link GoalService#find} does.
     */
    public Outcome<Page<StoredKeyResult>> find(Caller caller, GoalFilter filter) {
        return filters.page(caller, filter, StoredObjective::keyResults, queries::findKeyResults, this::seen);
    }

    /**
     * The page of key results after the filter's key ({@code after}, a key-result id; 0 for the first page), by
     * key-result id, with the key of the next page: read by key, never by offset, and without a count
     * ({@link GoalFilters#keyPage}).
     */
    public Outcome<KeyPage<StoredKeyResult>> findAfter(Caller caller, GoalFilter filter) {
        return filters.keyPage(caller, filter, queries::findKeyResultsAfter, k -> k.id().value(), this::seen);
    }

    /** The key results whose goal core lets the caller see: core has the last word on every one answered. */
    private List<StoredKeyResult> seen(AccessFacts facts, List<StoredKeyResult> found) {
        List<ObjectiveId> goalIds = found.stream().map(StoredKeyResult::objectiveId).distinct().toList();
        Set<ObjectiveId> seen = Set.copyOf(trees.goals(goalIds).stream()
                .filter(goalAccess.seenBy(facts)).map(StoredObjective::id).toList());
        return found.stream().filter(k -> seen.contains(k.objectiveId())).toList();
    }
}
