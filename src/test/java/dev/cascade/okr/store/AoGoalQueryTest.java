package dev.cascade.okr.store;

import static dev.cascade.okr.store.GoalFixtures.epics;
import static dev.cascade.okr.store.GoalFixtures.everyPage;
import static dev.cascade.okr.store.GoalFixtures.insertNumbered;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.access.Audience;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Test;

/**
 * Listing objectives through {@link GoalQuery}: every filter, their combination, paging, the total and the order,
 * over 650 objectives, on H2 and PostgreSQL. Expected answers are computed from the inserted fields in memory.
 */
public class AoGoalQueryTest extends GoalStoreTest {

    private static final int COUNT = 650;

    private final List<StoredObjective> all = new ArrayList<>();

    /** Runs every test on one database kind. */
    public AoGoalQueryTest(String kind) {
        super(kind);
    }

    @Before
    public void setUp() {
        all.addAll(insertNumbered(ao, store, COUNT, i -> i % 10 == 0
                ? List.of(epics("k" + i, "Q-" + (i + 1)), epics("l" + i, "Q-" + (i + 1000)))
                : List.of()));
    }

    @Test
    public void shouldPageThroughEveryObjectiveInIdOrderWhenUnfiltered() {
        List<StoredObjective> seen = everyPage(GoalQuery.all(), GoalQuery.MAX_LIMIT, COUNT, queries::find);

        assertEquals(all, seen);
        assertEquals(7, (COUNT + GoalQuery.MAX_LIMIT - 1) / GoalQuery.MAX_LIMIT);
    }

    @Test
    public void shouldFindExactlyWhatTheAudienceAdmitsWhenQueryHasAnAudience() {
        List<Audience> audiences = List.of(
                new Audience(Set.of("user3"), Set.of(), Set.of()),
                new Audience(Set.of("user3", "user5", "user8"), Set.of("OPS"), Set.of()),
                new Audience(Set.of("nobody"), Set.of("CASC", "研发"), Set.of("研发部")),
                new Audience(Set.of("user1"), Set.of("OPS"), Set.of("研发部")));
        for (Audience audience : audiences) {
            GoalQuery query = GoalQuery.all().withLevel("team").withAudience(audience);
            List<StoredObjective> expected = all.stream().filter(g -> g.objective().levelKey().equals("team"))
                    .filter(g -> audience.admits(g.objective())).toList();

            List<StoredObjective> seen = everyPage(query, 40, expected.size(), queries::find);

            assertEquals(audience.toString(), expected, seen);
        }
    }

    @Test
    public void shouldAnswerTheSameIdsAndTotalAsFindWhenOnlyIdsAreAsked() {
        GoalQuery query = GoalQuery.all().withProject("OPS").withAudience(new Audience(Set.of("user2"), Set.of(),
                Set.of()));
        for (int offset = 0; offset < 120; offset += 37) {
            Page<StoredObjective> goals = queries.find(query.withPage(offset, 37));
            Page<ObjectiveId> ids = queries.findIds(query.withPage(offset, 37));

            assertEquals(goals.items().stream().map(StoredObjective::id).toList(), ids.items());
            assertEquals(goals.total(), ids.total());
        }
    }

    @Test
    public void shouldNameTheUnitsOfMatchingMembersOnlyGoalsWhenAskedForThem() {
        GoalQuery query = GoalQuery.all().withLevel("department");
        Set<OrgUnit> expected = all.stream().map(StoredObjective::objective)
                .filter(g -> g.levelKey().equals("department") && g.visibility() == Visibility.MEMBERS)
                .map(g -> g.unit()).collect(Collectors.toSet());

        assertEquals(expected, queries.membersOnlyUnits(query.withAudience(new Audience(Set.of("x"), Set.of(),
                Set.of())).withPage(3, 1)));
        assertTrue(expected.contains(new OrgUnit.Group("研发部")));
    }

    @Test
    public void shouldAnswerEmptyPageWithTotalWhenOffsetIsPastTheEnd() {
        Page<StoredObjective> page = queries.find(GoalQuery.all().withPage(COUNT + 5, 10));

        assertEquals(List.of(), page.items());
        assertEquals(COUNT, page.total());
        assertFalse(page.hasMore());
    }

    @Test
    public void shouldFilterByEachFieldWhenAsked() {
        assertFound(GoalQuery.all().withLevel("department"), o -> o.objective().levelKey().equals("department"));
        assertFound(GoalQuery.all().withProject("研发"),
                o -> o.objective().projectKey().filter("研发"::equals).isPresent());
        assertFound(GoalQuery.all().withGroup("研发部"), o -> o.objective().unit() instanceof OrgUnit.Group);
        assertFound(GoalQuery.all().withOwner("user3"), o -> o.objective().owner().key().equals("user3"));
        assertFound(GoalQuery.all().withLifecycle(Lifecycle.CONFIRMED),
                o -> o.objective().lifecycle() == Lifecycle.CONFIRMED);
        assertFound(GoalQuery.all().withOwner("nobody"), o -> false);
    }

    @Test
    public void shouldFindOverlappingPeriodsWhenARangeIsGiven() {
        LocalDate from = LocalDate.of(2026, 3, 15);
        LocalDate to = LocalDate.of(2026, 4, 1);
        assertFound(GoalQuery.all().withPeriodOverlapping(from, to), o -> overlaps(o.objective().period(), from, to));
        assertFound(GoalQuery.all().withPeriodOverlapping(LocalDate.of(2026, 7, 1), null),
                o -> !o.objective().period().end().isBefore(LocalDate.of(2026, 7, 1)));
        assertFound(GoalQuery.all().withPeriodOverlapping(null, LocalDate.of(2025, 12, 31)),
                o -> o.objective().period().equals(Period.year(2025)));
        LocalDate lastDayOfQ1 = LocalDate.of(2026, 3, 31);
        assertFound(GoalQuery.all().withPeriodOverlapping(lastDayOfQ1, lastDayOfQ1),
                o -> o.objective().period().contains(lastDayOfQ1));
    }

    @Test
    public void shouldCombineFiltersAndPageWhenSeveralAreGiven() {
        GoalQuery query = GoalQuery.all().withProject("CASC").withLevel("team").withLifecycle(Lifecycle.DRAFT)
                .withPeriodOverlapping(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        List<StoredObjective> expected = all.stream().filter(o -> o.objective().projectKey()
                .filter("CASC"::equals).isPresent() && o.objective().levelKey().equals("team")
                && o.objective().lifecycle() == Lifecycle.DRAFT
                && overlaps(o.objective().period(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).toList();
        assertTrue(expected.size() > 4);

        Page<StoredObjective> second = queries.find(query.withPage(2, 2));

        assertEquals(expected.size(), second.total());
        assertEquals(expected.subList(2, 4), second.items());
    }

    @Test
    public void shouldReadKeyResultsAndLinksOfEveryObjectiveOnAPageWhenListed() {
        Page<StoredObjective> page = queries.find(GoalQuery.all().withPage(0, 100));

        for (StoredObjective objective : page.items()) {
            assertEquals(store.goal(objective.id()).orElseThrow(), objective);
        }
        assertEquals(2, page.items().get(10).keyResults().size());
        assertEquals(List.of("Q-11"), page.items().get(10).keyResults().get(0).keyResult().epicKeys());
    }

    @Test
    public void shouldReadManyObjectivesByIdInBatchesWhenMoreThan500AreAsked() {
        List<ObjectiveId> ids = new ArrayList<>(all.stream().map(StoredObjective::id).toList());
        java.util.Collections.reverse(ids);
        ids.add(new ObjectiveId(9_999_999));

        assertEquals(all, store.goals(ids));
    }

    @Test
    public void shouldRefuseQueriesWhenPagingIsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> GoalQuery.all().withPage(0, GoalQuery.MAX_LIMIT + 1));
        assertThrows(IllegalArgumentException.class, () -> GoalQuery.all().withPage(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> GoalQuery.all().withPage(0, 0));
        assertThrows(IllegalArgumentException.class, () -> GoalQuery.all().withProject("A").withGroup("B"));
    }

    private void assertFound(GoalQuery query, Predicate<StoredObjective> matches) {
        List<StoredObjective> expected = all.stream().filter(matches).toList();
        List<StoredObjective> found = everyPage(query, 100, expected.size(), queries::find);
        assertEquals(query.toString(), expected.stream().map(StoredObjective::id).toList(),
                found.stream().map(StoredObjective::id).toList());
    }

    private static boolean overlaps(Period period, LocalDate from, LocalDate to) {
        return !period.end().isBefore(from) && !period.start().isAfter(to);
    }
}
