package dev.cascade.okr.service.goal;

import static dev.cascade.okr.service.goal.GoalInputReader.MAX_KEY;
import static dev.cascade.okr.service.goal.GoalInputReader.blankToNull;

import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.WorkCatalog;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.AccessService;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.PeriodText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a goal filter as every list does ({@link GoalService#find}, {@link KeyResultQueryService#find}): the texts as
 * {@link #query} reads them, and the names they give checked against what exists — a project that does not
 * exist or that the caller may not browse is the same {@code project.unknown} at {@code project} (its existence is
 * not revealed), a level that is not configured {@code level.unknown} at {@code level}, a user key that names nobody
 * {@code user.unknown} at {@code owner}; each 400, like an unknown status.
 */
final class GoalFilters {

    private final WorkCatalog catalog;
    private final AccessService access;
    private final SettingsStore settings;

    GoalFilters(WorkCatalog catalog, AccessService access, SettingsStore settings) {
        this.catalog = catalog;
        this.access = access;
        this.settings = settings;
    }

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
            access.unknownUser(owner.length() > MAX_KEY ? Inputs.shorten(owner) : owner, "owner")
                    .ifPresent(violations::add);
        }
        return violations.isEmpty() ? parsed : Outcome.failure(Failure.INVALID, violations);
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
        GoalQuery query = GoalQuery.all();
        if (filter.period() != null) {
            Optional<Period> period = PeriodText.parse(filter.period());
            if (period.isEmpty()) {
                violations.add(Violation.of(ViolationCode.PERIOD_INVALID, "period", Inputs.shorten(filter.period())));
            } else {
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
