package dev.cascade.okr.service.goal;

import static dev.cascade.okr.service.goal.GoalInputReader.MAX_KEY;
import static dev.cascade.okr.service.goal.GoalInputReader.blankToNull;

import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.access.AccessPolicy;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.KeyPage;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.WorkCatalog;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.AccessService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.PeriodText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Reads a goal filter as every list does ({@link GoalService#find}, {@link KeyResultQueryService#find}): the texts as
 * {@link #query} reads them, and the names they give checked against what exists — a project that does not
 * exist or that the caller may not browse is the same {@code project.unknown} at {@code project} (its existence is
 * not revealed), a level that is not configured {@code level.unknown} at {@code level}, a user key that names nobody
 * {@code user.unknown} at {@code owner}; each 400, like an unknown status.
 *
 * <p>Then pages what the matching goals hold (the goals themselves, or their key results), counting only what the
 * caller may see, so a page is never short and the total leaks nothing: core's {@link AccessPolicy#audience} becomes a
 * clause of the store's query, so a page is one query and a count, and core still has the last word on every item
 * answered; a caller who manages more than {@value AccessService#MAX_REPORTS} people is served by reading every match
 * instead.
 *
 * @param catalog where projects are looked up
 * @param settings the settings the filters read
 * @param goalAccess the goal access checks
 */
record GoalFilters(WorkCatalog catalog, SettingsStore settings, GoalAccess goalAccess) {

    /** The filter as a query (page = the filter's offset and limit), or INVALID naming every field that is wrong. */
    Outcome<GoalQuery> read(AccessFacts facts, GoalFilter filter) {
        Outcome<GoalQuery> parsed = query(filter);
        List<Violation> violations = new ArrayList<>(parsed.isSuccess() ? List.of() : parsed.violations());
        String project = blankToNull(filter.project());
        if (project != null && (project.length() > MAX_KEY || !catalog.projectExists(project)
                || !facts.canBrowseProject(project))) {
            violations.add(Violation.of(ViolationCode.PROJECT_UNKNOWN, "project", Inputs.shorten(project)));
        }
        String level = blankToNull(filter.level());
        if (level != null && settings.levelScheme().value().level(level).isEmpty()) {
            violations.add(Violation.of(ViolationCode.LEVEL_UNKNOWN, "level", Inputs.shorten(level)));
        }
        String owner = blankToNull(filter.owner());
        if (owner != null) {
            goalAccess.users().unknownUser(owner.length() > MAX_KEY ? Inputs.shorten(owner) : owner, "owner")
                    .ifPresent(violations::add);
        }
        return violations.isEmpty() ? parsed : Outcome.failure(Failure.INVALID, violations);
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
        Outcome<Asked> asked = asked(caller, filter);
        if (!asked.isSuccess()) {
            return asked.failed();
        }
        AccessFacts facts = asked.value().facts();
        int offset = asked.value().query().offset();
        int limit = asked.value().query().limit();
        GoalQuery query = asked.value().query().withPage(0, GoalQuery.MAX_LIMIT);
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

    /** Who asks and the query the filter names. */
    private record Asked(AccessFacts facts, GoalQuery query) {
    }

    /** Signed in (else 401), and the filter read as {@link #read} reads it (else 400). */
    private Outcome<Asked> asked(Caller caller, GoalFilter filter) {
        Outcome<AccessFacts> signedIn = GoalWrites.signedIn(goalAccess.users(), caller);
        if (!signedIn.isSuccess()) {
            return signedIn.failed();
        }
        Outcome<GoalQuery> parsed = read(signedIn.value(), filter);
        return parsed.isSuccess() ? Outcome.success(new Asked(signedIn.value(), parsed.value())) : parsed.failed();
    }

    /**
     * The page after the filter's key ({@code after}): what the matching goals hold with a key above it, in key order,
     * read by key from the store ({@code ID > ? ORDER BY ID LIMIT ?}, the audience in the query, no count), so a page
     * costs the same wherever it lies; core has the last word on every item. A caller whose audience cannot be a
     * query is served by reading on by key until the page is full.
     *
     * @param findAfter up to the query's limit of items with a key above the given one, as the store answers them
     * @param keyOf an item's key
     * @param seen the items of a found page that core lets the caller see
     */
    <T> Outcome<KeyPage<T>> keyPage(Caller caller, GoalFilter filter, BiFunction<GoalQuery, Long, List<T>> findAfter,
            ToLongFunction<T> keyOf, BiFunction<AccessFacts, List<T>, List<T>> seen) {
        Outcome<Asked> asked = asked(caller, filter);
        if (!asked.isSuccess()) {
            return asked.failed();
        }
        AccessFacts facts = asked.value().facts();
        int limit = asked.value().query().limit();
        Optional<GoalQuery> visible = goalAccess.visibleTo(facts, asked.value().query());
        GoalQuery query = visible.orElse(asked.value().query());
        List<T> kept = new ArrayList<>();
        long key = filter.after();
        while (kept.size() <= limit) {
            // One more than the page holds says whether another page follows; the store answers at most a page.
            int size = visible.isPresent() ? Math.min(limit + 1 - kept.size(), GoalQuery.MAX_LIMIT)
                    : GoalQuery.MAX_LIMIT;
            List<T> read = findAfter.apply(query.withPage(0, size), key);
            kept.addAll(seen.apply(facts, read));
            if (read.size() < size) {
                break;
            }
            key = keyOf.applyAsLong(read.get(read.size() - 1));
        }
        return Outcome.success(kept.size() > limit
                ? new KeyPage<>(kept.subList(0, limit), limit, keyOf.applyAsLong(kept.get(limit - 1)))
                : new KeyPage<>(kept, limit, 0));
    }

    /**
     * The filter as a query whose page is the filter's offset and limit (defaults applied), or INVALID naming the
     * fields: how {@link #read} reads the texts, before the names they give are checked against what exists.
     */
    static Outcome<GoalQuery> query(GoalFilter filter) {
        List<Violation> violations = new ArrayList<>();
        int offset = filter.offset() == null ? 0 : filter.offset();
        int limit = filter.limit() == null ? GoalFilter.DEFAULT_LIMIT : filter.limit();
        if (offset < 0) {
            violations.add(Violation.of(ViolationCode.PAGING_INVALID, "offset", String.valueOf(GoalQuery.MAX_LIMIT)));
        }
        if (limit < 1 || limit > GoalQuery.MAX_LIMIT) {
            violations.add(Violation.of(ViolationCode.PAGING_INVALID, "limit", String.valueOf(GoalQuery.MAX_LIMIT)));
        }
        if (filter.after() != null && (filter.after() < 0 || filter.offset() != null)) {
            violations.add(Violation.of(ViolationCode.PAGING_AFTER_INVALID, "after", String.valueOf(filter.after())));
        }
        GoalQuery query = GoalQuery.all();
        if (filter.period() != null) {
            Optional<Period> period = PeriodText.parse(filter.period(), "period", violations);
            if (period.isPresent()) {
                query = query.withPeriodOverlapping(period.get().start(), period.get().end());
            }
        }
        if (filter.status() != null) {
            Lifecycle state = Inputs.enumOf(Lifecycle.class, filter.status(), "status", violations);
            query = query.withLifecycle(state);
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        return Outcome.success(query.withLevel(blankToNull(filter.level())).withProject(blankToNull(filter.project()))
                .withOwner(blankToNull(filter.owner())).withPage(offset, limit));
    }
}
