package dev.cascade.okr.service.goal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.access.AccessPolicy;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.WorkCatalog;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.AccessService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;

/**
 * Reading key results on their own: one by id, and a page of the key results of the goals that match a goal filter.
 * A key result is seen exactly when its goal is: the list reads its filter as {@link GoalService#find} does
 * ({@link GoalFilters}) and decides visibility the same way (core's {@link AccessPolicy#audience} as a clause
 * of the store's query, then {@link AccessPolicy#canSee} on the goal of every key result answered).
 */
@JiraComponent
public final class KeyResultQueryService {

    private final GoalStore goals;
    private final AccessService access;
    private final GoalAccess goalAccess;
    private final GoalTrees trees;
    private final GoalFilters filters;

    /** Creates the service. */
    @Inject
    public KeyResultQueryService(GoalStore goals, AccessService access, GoalTrees trees, WorkCatalog catalog,
            SettingsStore settings) {
        this.goals = goals;
        this.access = access;
        this.goalAccess = new GoalAccess(goals, access);
        this.trees = trees;
        this.filters = new GoalFilters(catalog, access, settings);
    }

    /** The key result, if it exists and the caller may see its goal (else NOT_FOUND, never FORBIDDEN). */
    public Outcome<StoredKeyResult> keyResult(Caller caller, KeyResultId id) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return unauthenticated();
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
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return unauthenticated();
        }
        AccessFacts facts = access.factsOf(user.get());
        Outcome<GoalQuery> parsed = filters.read(facts, filter);
        if (!parsed.isSuccess()) {
            return parsed.failed();
        }
        int offset = parsed.value().offset();
        int limit = parsed.value().limit();
        GoalQuery query = parsed.value().withPage(0, GoalQuery.MAX_LIMIT);
        Optional<GoalQuery> visible = goalAccess.visibleTo(facts, query);
        if (visible.isEmpty()) {
            GoalAccess.Pager<StoredKeyResult> pager = new GoalAccess.Pager<>(offset, limit);
            goalAccess.forEachVisible(query, facts, goal -> goal.keyResults().forEach(pager::offer));
            return Outcome.success(pager.page());
        }
        Page<StoredKeyResult> page = goals.findKeyResults(visible.get().withPage(offset, limit));
        // Core has the last word on the goal of every key result answered.
        List<ObjectiveId> goalIds = page.items().stream().map(StoredKeyResult::objectiveId).distinct().toList();
        Set<ObjectiveId> seen = Set.copyOf(trees.goals(goalIds).stream()
                .filter(goalAccess.seenBy(facts)).map(StoredObjective::id).toList());
        List<StoredKeyResult> kept = page.items().stream().filter(k -> seen.contains(k.objectiveId())).toList();
        return Outcome.success(new Page<>(kept, offset, limit, page.total() - (page.items().size() - kept.size())));
    }

    private static <T> Outcome<T> unauthenticated() {
        return Outcome.failure(Failure.UNAUTHENTICATED, Violation.of(ViolationCode.NOT_AUTHENTICATED, null));
    }
}
