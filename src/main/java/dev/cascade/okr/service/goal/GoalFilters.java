package dev.cascade.okr.service.goal;

import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.WorkCatalog;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.AccessService;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a goal filter as every list does ({@link GoalService#find}, {@link KeyResultQueryService#find}): the texts as
 * {@link GoalService#query} reads them, and the names they give checked against what exists — a project that does not
 * exist or that the caller may not browse is the same {@code project.unknown} at {@code project} (its existence is
 * not revealed), a level that is not configured {@code level.unknown} at {@code level}, a user key that names nobody
 * {@code user.unknown} at {@code owner}; each 400, like an unknown status.
 */
final class GoalFilters {

    private static final int MAX_KEY = 255;

    private final WorkCatalog catalog;
    private final AccessService access;
    private final SettingsStore settings;

    GoalFilters(WorkCatalog catalog, AccessService access, SettingsStore settings) {
        this.catalog = catalog;
        this.access = access;
        this.settings = settings;
    }

    /** The filter as a query (page = the filter's offset and limit), or INVALID naming every field that is wrong. */
    Outcome<GoalQuery> read(AccessFacts facts, GoalService.GoalFilter filter) {
        Outcome<GoalQuery> parsed = GoalService.query(filter);
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


    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
