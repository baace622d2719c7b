package dev.cascade.okr.core.port;

import dev.cascade.okr.core.access.Audience;
import dev.cascade.okr.core.model.Lifecycle;
import java.time.LocalDate;

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
        return new GoalQuery(from, to, levelKey, projectKey, groupName, ownerKey, lifecycle, offset, limit, audience);
    }

    /** Only objectives of this level key. */
    public GoalQuery withLevel(String key) {
        return new GoalQuery(periodFrom, periodTo, key, projectKey, groupName, ownerKey, lifecycle, offset, limit,
                audience);
    }

    /** Only objectives of this project. */
    public GoalQuery withProject(String key) {
        return new GoalQuery(periodFrom, periodTo, levelKey, key, groupName, ownerKey, lifecycle, offset, limit,
                audience);
    }

    /** Only objectives of this group. */
    public GoalQuery withGroup(String name) {
        return new GoalQuery(periodFrom, periodTo, levelKey, projectKey, name, ownerKey, lifecycle, offset, limit,
                audience);
    }

    /** Only objectives owned by this user key. */
    public GoalQuery withOwner(String key) {
        return new GoalQuery(periodFrom, periodTo, levelKey, projectKey, groupName, key, lifecycle, offset, limit,
                audience);
    }

    /** Only objectives in this state. */
    public GoalQuery withLifecycle(Lifecycle state) {
        return new GoalQuery(periodFrom, periodTo, levelKey, projectKey, groupName, ownerKey, state, offset, limit,
                audience);
    }

    /** Only objectives this audience may see ({@code null}: all). */
    public GoalQuery withAudience(Audience who) {
        return new GoalQuery(periodFrom, periodTo, levelKey, projectKey, groupName, ownerKey, lifecycle, offset, limit,
                who);
    }

    /** The page starting after {@code skip} matches, of at most {@code size} objectives. */
    public GoalQuery withPage(int skip, int size) {
        return new GoalQuery(periodFrom, periodTo, levelKey, projectKey, groupName, ownerKey, lifecycle, skip, size,
                audience);
    }
}
