package dev.cascade.okr.store;

import static dev.cascade.okr.store.GoalFixtures.NOW;
import static dev.cascade.okr.store.GoalFixtures.everyPage;
import static dev.cascade.okr.store.GoalFixtures.insertNumberedWithKeyResults;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.access.Audience;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import org.junit.Before;
import org.junit.Test;

/**
 * Paging by key (issue 16) on H2 and PostgreSQL: {@code GoalQueries.findIdsAfter} and {@code findKeyResultsAfter}
 * ({@code WHERE … AND ID > ? ORDER BY … LIMIT ?}) walked page by page give exactly what paging by offset gives, with
 * every filter and an audience; and {@code AlignmentStore.cascadeRootsOfPeriod} pages the roots of a period's cascade
 * by key. Over 300 objectives with 0 to 3 key results each.
 */
public class AoKeyPagingTest extends GoalStoreTest {

    private static final int COUNT = 300;

    private final List<StoredObjective> all = new ArrayList<>();

    /** Runs every test on one database kind. */
    public AoKeyPagingTest(String kind) {
        super(kind);
    }

    @Before
    public void setUp() {
        all.addAll(insertNumberedWithKeyResults(ao, store, COUNT));
    }

    private static List<GoalQuery> queries() {
        return List.of(GoalQuery.all(), GoalQuery.all().withProject("OPS"), GoalQuery.all().withOwner("user3"),
                GoalQuery.all().withLevel("team"),
                GoalQuery.all().withPeriodOverlapping(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
                GoalQuery.all().withAudience(new Audience(Set.of("user3", "user5"), Set.of("OPS"), Set.of())),
                GoalQuery.all().withProject("CASC").withAudience(new Audience(Set.of("user1"), Set.of(), Set.of())));
    }

    @Test
    public void shouldWalkTheSameGoalsByKeyAsByOffsetWhenFilteredOrNot() {
        for (GoalQuery query : queries()) {
            int total = queries.findIds(query.withPage(0, 1)).total();
            List<ObjectiveId> byOffset = everyPage(query, 100, total, queries::findIds);
            for (int size : new int[] {1, 7, 100}) {
                assertEquals(query + " by " + size, byOffset,
                        byKey(query.withPage(0, size), queries::findIdsAfter, ObjectiveId::value));
            }
        }
    }

    @Test
    public void shouldWalkTheSameKeyResultsByKeyInIdOrderWhenFilteredOrNot() {
        for (GoalQuery query : queries()) {
            int total = queries.findKeyResults(query.withPage(0, 1)).total();
            List<StoredKeyResult> byOffset = new ArrayList<>(everyPage(query, 100, total, queries::findKeyResults));
            byOffset.sort(Comparator.comparingLong(k -> k.id().value()));
            for (int size : new int[] {1, 7, 100}) {
                assertEquals(query + " by " + size, byOffset,
                        byKey(query.withPage(0, size), queries::findKeyResultsAfter, k -> k.id().value()));
            }
        }
    }

    @Test
    public void shouldStartAfterTheKeyWhenTheKeyIsNoLongerThere() {
        long deleted = all.get(10).id().value();
        List<ObjectiveId> after = queries.findIdsAfter(GoalQuery.all().withPage(0, 3), deleted - 1);
        assertEquals(deleted, after.get(0).value());
        store.delete(all.get(10).id(), all.get(10).version());

        assertEquals(all.get(11).id(), queries.findIdsAfter(GoalQuery.all().withPage(0, 3), deleted).get(0));
    }

    @Test
    public void shouldPageTheRootsOfAPeriodByKeyWhenGoalsAreAligned() {
        // Goals 0, 5, 10, … are of 2025; the rest overlap 2026. Each 2026 goal i (i % 3 == 1) is aligned to goal
        // i - 1 (2026 too when i - 1 is not a multiple of 5), and goal 2 to goal 0 (2025: not a parent in 2026).
        for (int i = 1; i < COUNT; i += 3) {
            alignments.align(new Alignment(all.get(i).id(), all.get(i - 1).id(), Weight.ofPercent(50)), "a", NOW);
        }
        alignments.align(new Alignment(all.get(2).id(), all.get(0).id(), Weight.ofPercent(50)), "a", NOW);
        Period year = Period.year(2026);
        List<ObjectiveId> expected = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            boolean of2026 = i % 5 != 0;
            boolean parentOf2026 = i % 3 == 1 && (i - 1) % 5 != 0;
            if (of2026 && !parentOf2026) {
                expected.add(all.get(i).id());
            }
        }
        for (int size : new int[] {1, 7, 1000}) {
            List<ObjectiveId> walked = new ArrayList<>();
            long after = 0;
            while (true) {
                List<ObjectiveId> page = alignments.cascadeRootsOfPeriod(year, after, size);
                assertTrue(page.size() <= size);
                walked.addAll(page);
                if (page.size() < size) {
                    break;
                }
                after = page.get(page.size() - 1).value();
            }
            assertEquals("by " + size, expected, walked);
        }
    }

    /** Every page of a query read by key, each at most the query's limit, in order. */
    private static <T> List<T> byKey(GoalQuery query, BiFunction<GoalQuery, Long, List<T>> findAfter,
            ToLongFunction<T> keyOf) {
        List<T> items = new ArrayList<>();
        long after = 0;
        while (true) {
            List<T> page = findAfter.apply(query, after);
            assertTrue(page.size() <= query.limit());
            items.addAll(page);
            if (page.size() < query.limit()) {
                return items;
            }
            after = keyOf.applyAsLong(page.get(page.size() - 1));
        }
    }
}
