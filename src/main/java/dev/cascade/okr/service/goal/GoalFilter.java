package dev.cascade.okr.service.goal;

/**
 * Which goals to list: each filter optional ({@code null}), texts as the caller typed them.
 *
 * @param period a period shortcut ({@code 2026}, {@code 2026-Q1}, {@code 2026-H1}, {@code 2026-03}): goals whose
 *     period overlaps it
 * @param level a level key
 * @param project a project key
 * @param owner an owner's user key
 * @param status a lifecycle state, e.g. {@code draft}
 * @param offset how many visible goals to skip; {@code null} means 0
 * @param limit how many visible goals to answer, 1 to 100; {@code null} means {@value #DEFAULT_LIMIT}
 * @param after paging by key: the items after this key ({@code 0} for the first page); {@code null} pages by offset
 */
public record GoalFilter(String period, String level, String project, String owner, String status,
        Integer offset, Integer limit, Long after) {

    /** The page size when the caller names none. */
    public static final int DEFAULT_LIMIT = 25;

    /** A filter paged by offset. */
    public GoalFilter(String period, String level, String project, String owner, String status, Integer offset,
            Integer limit) {
        this(period, level, project, owner, status, offset, limit, null);
    }
}
