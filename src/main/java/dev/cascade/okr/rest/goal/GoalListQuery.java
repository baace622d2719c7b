package dev.cascade.okr.rest.goal;

import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.goal.GoalFilter;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import jakarta.ws.rs.QueryParam;

/**
 * The query parameters the goal and key-result lists share ({@code ?period=&level=&project=&owner=&status=&offset=
 * &limit=&after=}), read in one place as a bean parameter: paging that is not a whole number is 400
 * {@code paging.invalid} at its name, a key ({@code after}) that is not a whole number of 0 or more 400
 * {@code paging.after-invalid}; the rest is checked by the service.
 */
public class GoalListQuery {

    @QueryParam("period")
    private String period;
    @QueryParam("level")
    private String level;
    @QueryParam("project")
    private String project;
    @QueryParam("owner")
    private String owner;
    @QueryParam("status")
    private String status;
    @QueryParam("offset")
    private String offset;
    @QueryParam("limit")
    private String limit;
    @QueryParam("after")
    private String after;

    /** The filter the parameters name, or 400 at {@code offset} or {@code limit} when one is not a whole number. */
    Outcome<GoalFilter> filter() {
        Integer skip;
        Integer size;
        try {
            skip = offset == null ? null : Integer.valueOf(offset);
            size = limit == null ? null : Integer.valueOf(limit);
        } catch (NumberFormatException e) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PAGING_INVALID,
                    wholeNumber(offset) ? "limit" : "offset", String.valueOf(GoalQuery.MAX_LIMIT)));
        }
        Long key = null;
        if (after != null) {
            key = after.matches("\\d{1,18}") ? Long.valueOf(after) : null;
            if (key == null) {
                return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PAGING_AFTER_INVALID, "after",
                        Inputs.shorten(after)));
            }
        }
        return Outcome.success(new GoalFilter(period, level, project, owner, status, skip, size, key));
    }

    /** Whether the list is asked for by key ({@code after}) rather than by offset. */
    boolean byKey() {
        return after != null;
    }

    private static boolean wholeNumber(String text) {
        return text == null || text.matches("-?\\d{1,9}");
    }
}
