package dev.cascade.okr.store;

import static dev.cascade.okr.store.GoalFixtures.NOW;
import static dev.cascade.okr.store.GoalFixtures.epics;
import static dev.cascade.okr.store.GoalFixtures.everyPage;
import static dev.cascade.okr.store.GoalFixtures.insertNumberedWithKeyResults;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.access.Audience;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.port.StoreWrite;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.Before;
import org.junit.Test;

/**
 * Listing key results through {@link GoalQuery} ({@code GoalQueries.findKeyResults}): the objective filters and
 * audience, paging over key results across objectives, the total and the order (objective id, then position), over
 * 300 objectives with 0 to 3 key results each, on H2 and PostgreSQL. Expected answers are computed in memory.
 */
public class AoKeyResultQueryTest extends GoalStoreTest {

    private static final int COUNT = 300;

    private final List<StoredObjective> all = new ArrayList<>();

    /** Runs every test on one database kind. */
    public AoKeyResultQueryTest(String kind) {
        super(kind);
    }

    @Before
    public void setUp() {
        all.addAll(insertNumberedWithKeyResults(ao, store, COUNT));
        // A key result added later to an early objective: highest id, yet listed with its objective.
        StoreWrite<StoredKeyResult> added = keyResultStore.addKeyResult(all.get(1).id(), epics("late", "Q-99999"), NOW);
        assertTrue(added instanceof StoreWrite.Written);
        all.set(1, store.goal(all.get(1).id()).orElseThrow());
    }

    @Test
    public void shouldPageOverKeyResultsAcrossObjectivesWhenUnfiltered() {
        assertFound(GoalQuery.all(), o -> true, 7);
        assertFound(GoalQuery.all(), o -> true, 100);
    }

    @Test
    public void shouldListALateKeyResultWithItsObjectiveWhenOrdered() {
        Page<StoredKeyResult> page = queries.findKeyResults(GoalQuery.all().withPage(0, 3));

        assertEquals(List.of("kr1-0", "late", "kr2-0"),
                page.items().stream().map(k -> k.keyResult().title()).toList());
        assertEquals(all.get(1).keyResults().get(1), page.items().get(1));
    }

    @Test
    public void shouldFilterByEachObjectiveFieldWhenAsked() {
        assertFound(GoalQuery.all().withLevel("department"), o -> o.objective().levelKey().equals("department"), 50);
        assertFound(GoalQuery.all().withProject("研发"),
                o -> o.objective().projectKey().filter("研发"::equals).isPresent(), 50);
        assertFound(GoalQuery.all().withGroup("研发部"), o -> o.objective().unit() instanceof OrgUnit.Group, 50);
        assertFound(GoalQuery.all().withOwner("user3"), o -> o.objective().owner().key().equals("user3"), 11);
        assertFound(GoalQuery.all().withLifecycle(Lifecycle.CONFIRMED),
                o -> o.objective().lifecycle() == Lifecycle.CONFIRMED, 50);
        LocalDate from = LocalDate.of(2026, 3, 15);
        LocalDate to = LocalDate.of(2026, 4, 1);
        assertFound(GoalQuery.all().withPeriodOverlapping(from, to),
                o -> !o.objective().period().end().isBefore(from) && !o.objective().period().start().isAfter(to), 30);
        assertFound(GoalQuery.all().withOwner("nobody"), o -> false, 10);
    }

    @Test
    public void shouldFindExactlyWhatTheAudienceAdmitsWhenQueryHasAnAudience() {
        List<Audience> audiences = List.of(
                new Audience(Set.of("user3"), Set.of(), Set.of()),
                new Audience(Set.of("user3", "user5"), Set.of("OPS"), Set.of()),
                new Audience(Set.of("nobody"), Set.of("CASC", "研发"), Set.of("研发部")));
        for (Audience audience : audiences) {
            assertFound(GoalQuery.all().withAudience(audience), o -> audience.admits(o.objective()), 13);
            assertFound(GoalQuery.all().withLevel("team").withLifecycle(Lifecycle.DRAFT).withAudience(audience),
                    o -> o.objective().levelKey().equals("team") && o.objective().lifecycle() == Lifecycle.DRAFT
                            && audience.admits(o.objective()), 4);
        }
    }

    @Test
    public void shouldAnswerEmptyPageWithTotalWhenOffsetIsPastTheEnd() {
        int total = all.stream().mapToInt(o -> o.keyResults().size()).sum();

        Page<StoredKeyResult> page = queries.findKeyResults(GoalQuery.all().withPage(total + 3, 10));

        assertEquals(List.of(), page.items());
        assertEquals(total, page.total());
        assertFalse(page.hasMore());
    }

    private void assertFound(GoalQuery query, Predicate<StoredObjective> matches, int size) {
        List<StoredKeyResult> expected = all.stream().filter(matches)
                .sorted(Comparator.comparingLong(o -> o.id().value()))
                .flatMap(o -> o.keyResults().stream()).toList();
        List<StoredKeyResult> found = everyPage(query, size, expected.size(), queries::findKeyResults);
        assertEquals(query.toString(), expected, found);
    }
}
