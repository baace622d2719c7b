package dev.cascade.okr.rest.http;

import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.goal.GoalFilter;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;

/**
 * The query parameters the goal and key-result lists share ({@code ?period=&level=&project=&owner=&status=&offset=
 * &limit=}), read in one place: paging that is not a whole number is 400 {@code paging.invalid} at its name; the rest
 * is checked by the service.
 */
public final class ListParameters {

    private ListParameters() {
    }

    /** The filter the parameters name, or 400 at {@code offset} or {@code limit} when one is not a whole number. */
    public static Outcome<GoalFilter> goalFilter(String period, String level, String project, String owner,
            String status, String offset, String limit) {
        Integer skip;
        Integer size;
        try {
            skip = offset == null ? null : Integer.valueOf(offset);
            size = limit == null ? null : Integer.valueOf(limit);
        } catch (NumberFormatException e) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PAGING_INVALID,
                    wholeNumber(offset) ? "limit" : "offset", String.valueOf(GoalQuery.MAX_LIMIT)));
        }
        return Outcome.success(new GoalFilter(period, level, project, owner, status, skip, size));
    }

    private static boolean wholeNumber(String text) {
        return text == null || text.matches("-?\\d{1,9}");
    }
}
