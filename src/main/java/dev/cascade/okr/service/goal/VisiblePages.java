package dev.cascade.okr.service.goal;

import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.access.AccessPolicy;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.service.kernel.AccessService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.Outcome;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One page of what the goals matching a filter hold (the goals themselves, or their key results), counting only what
 * the caller may see, so a page is never short and the total leaks nothing: the one paging of the goal lists
 * ({@link GoalService#find}, {@link KeyResultQueryService#find}). Core's {@link AccessPolicy#audience} becomes a
 * clause of the store's query, so a page is one query and a count, and core still has the last word on every item
 * answered; a caller who manages more than {@value AccessService#MAX_REPORTS} people is served by reading every match
 * instead.
 */
final class VisiblePages {

    private final AccessService access;
    private final GoalAccess goalAccess;
    private final GoalFilters filters;

    VisiblePages(AccessService access, GoalAccess goalAccess, GoalFilters filters) {
        this.access = access;
        this.goalAccess = goalAccess;
        this.filters = filters;
    }

    /**
     * The page the filter asks for.
     *
     * @param itemsOf the items of one goal, for reading every match
     * @param find one page of the items of the visible matches (the audience applied), as the store answers it
     * @param seen the items of a found page that core lets the caller see
     */
    <T> Outcome<Page<T>> page(Caller caller, GoalFilter filter, Function<StoredObjective, List<T>> itemsOf,
            Function<GoalQuery, Page<T>> find, BiFunction<AccessFacts, List<T>, List<T>> seen) {
        Outcome<AccessFacts> signedIn = GoalWrites.signedIn(access, caller);
        if (!signedIn.isSuccess()) {
            return signedIn.failed();
        }
        AccessFacts facts = signedIn.value();
        Outcome<GoalQuery> parsed = filters.read(facts, filter);
        if (!parsed.isSuccess()) {
            return parsed.failed();
        }
        int offset = parsed.value().offset();
        int limit = parsed.value().limit();
        GoalQuery query = parsed.value().withPage(0, GoalQuery.MAX_LIMIT);
        Optional<GoalQuery> visible = goalAccess.visibleTo(facts, query);
        if (visible.isEmpty()) {
            GoalAccess.Pager<T> pager = new GoalAccess.Pager<>(offset, limit);
            goalAccess.forEachVisible(query, facts, goal -> itemsOf.apply(goal).forEach(pager::offer));
            return Outcome.success(pager.page());
        }
        Page<T> page = find.apply(visible.get().withPage(offset, limit));
        List<T> kept = seen.apply(facts, page.items());
        return Outcome.success(new Page<>(kept, offset, limit, page.total() - (page.items().size() - kept.size())));
    }
}
