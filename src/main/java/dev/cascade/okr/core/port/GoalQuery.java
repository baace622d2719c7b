package dev.cascade.okr.core.port;

import dev.cascade.okr.core.access.Audience;
import dev.cascade.okr.core.model.Lifecycle;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Which objectives to list, one page at a time, oldest (lowest id) first. Every filter is optional ({@code null}
 * means "any"); filters combine with AND. Build one from {@link #all()} with the {@code with*} methods.
 *
 * <p>Invariants: {@code offset >= 0}; {@code 1 <= limit <= }{@value #MAX_LIMIT}; when both period bounds are given,
 * {@code periodFrom <= periodTo}; a project and a group are not asked for together.
 *
 * @param periodFrom objectives whose period ends on or after this day, or {@code null}
 * @param periodTo objectives whose period starts on or before this day, or {@code null}; with {@code periodFrom}
 *     this finds the periods overlapping {@code periodFrom..periodTo} (both inclusive)
 * @param levelKey objectives of this level key, or {@code null}
 * @param projectKey objectives of this Jira project, or {@code null}
 * @param groupName objectives of this group, or {@code null}
 * @param ownerKey objectives owned by this user key, or {@code null}
 * @param lifecycle objectives in this lifecycle state, or {@code null}
 * @param offset how many matching objectives to skip
 * @param limit the most objectives to answer, 1 to {@value #MAX_LIMIT}
 * @param audience only the objectives this audience may see, or {@code null} for all
 */
public record GoalQuery(LocalDate periodFrom, LocalDate periodTo, String levelKey, String projectKey,
        String groupName, String ownerKey, Lifecycle lifecycle, int offset, int limit, Audience audience) {

    /** The largest page. */
    public static final int MAX_LIMIT = 100;

    /** Checks the invariants. */
    public GoalQuery {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1 to " + MAX_LIMIT + ": " + offset
                    + ", " + limit);
        }
        if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("period range ends before it starts: " + periodFrom + ".."
                    + periodTo);
        }
        if (projectKey != null && groupName != null) {
            throw new IllegalArgumentException("an objective belongs to a project or a group, not both");
        }
    }

    /** Every objective, first page of {@value #MAX_LIMIT}. */
    public static GoalQuery all() {
        return new GoalQuery(null, null, null, null, null, null, null, 0, MAX_LIMIT, null);
    }

    /** Only objectives whose period overlaps {@code from..to} (inclusive; either bound may be {@code null}). */
    public GoalQuery withPeriodOverlapping(LocalDate from, LocalDate to) {
        return with(q -> {
            q.periodFrom = from;
            q.periodTo = to;
        });
    }

    /** Only objectives of this level key. */
    public GoalQuery withLevel(String key) {
        return with(q -> q.levelKey = key);
    }

    /** Only objectives of this project. */
    public GoalQuery withProject(String key) {
        return with(q -> q.projectKey = key);
    }

    /** Only objectives of this group. */
    public GoalQuery withGroup(String name) {
        return with(q -> q.groupName = name);
    }

    /** Only objectives owned by this user key. */
    public GoalQuery withOwner(String key) {
        return with(q -> q.ownerKey = key);
    }

    /** Only objectives in this state. */
    public GoalQuery withLifecycle(Lifecycle state) {
        return with(q -> q.lifecycle = state);
    }

    /** Only objectives this audience may see ({@code null}: all). */
    public GoalQuery withAudience(Audience who) {
        return with(q -> q.audience = who);
    }

    /** The page starting after {@code skip} matches, of at most {@code size} objectives. */
    public GoalQuery withPage(int skip, int size) {
        return with(q -> {
            q.offset = skip;
            q.limit = size;
        });
    }

    /** This query with one change, checked as a new query is. */
    private GoalQuery with(Consumer<Change> change) {
        Change next = new Change(this);
        change.accept(next);
        return new GoalQuery(next.periodFrom, next.periodTo, next.levelKey, next.projectKey, next.groupName,
                next.ownerKey, next.lifecycle, next.offset, next.limit, next.audience);
    }

    /** A query's components while a {@code with*} method changes one of them. */
    private static final class Change {
        private LocalDate periodFrom;
        private LocalDate periodTo;
        private String levelKey;
        private String projectKey;
        private String groupName;
        private String ownerKey;
        private Lifecycle lifecycle;
        private int offset;
        private int limit;
        private Audience audience;

        private Change(GoalQuery query) {
            periodFrom = query.periodFrom;
            periodTo = query.periodTo;
            levelKey = query.levelKey;
            projectKey = query.projectKey;
            groupName = query.groupName;
            ownerKey = query.ownerKey;
            lifecycle = query.lifecycle;
            offset = query.offset;
            limit = query.limit;
            audience = query.audience;
        }
    }
}
