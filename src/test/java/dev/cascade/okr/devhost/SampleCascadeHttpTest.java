package dev.cascade.okr.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.port.GoalQueries;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.KeyResultStore;
import dev.cascade.okr.core.port.TrackingStore;
import java.time.LocalDate;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;

/** The dev host's sample cascade: measured from the sample issues, with a past, once. */
public class SampleCascadeHttpTest extends DevHostHttpTest {

    private static boolean seededFirst;

    @BeforeClass
    public static void seed() {
        seededFirst = HOST.server().seedSampleCascade();
    }

    @Test
    public void shouldSeedOnceWhenAskedTwice() {
        assertTrue(seededFirst);
        assertFalse(HOST.server().seedSampleCascade());
    }

    @Test
    public void shouldShowMeasuredCascadeWhenAliceReadsTheCompanyTree() throws Exception {
        StoredObjective company = company();

        JsonNode tree = new ObjectMapper().readTree(HOST.get("/rest/cascade/1.0/goals/" + company.id().value()
                + "/tree", "alice").body());

        assertEquals(4, tree.path("children").size());
        assertTrue(tree.path("progress").path("known").asBoolean());
        double fraction = tree.path("progress").path("fraction").asDouble();
        assertTrue("rolled-up progress " + fraction, fraction > 0.0 && fraction < 1.0);
        for (JsonNode department : tree.path("children")) {
            assertTrue(department.toString(), department.path("children").size() >= 1);
        }
    }

    @Test
    public void shouldHaveHistoryBeforeTodayWhenKeyResultsWereBackFilled() {
        KeyResultStore keyResultStore = HOST.server().plugin().bean(KeyResultStore.class);
        List<KeyResultId> linked = keyResultStore.linkedKeyResults();
        TrackingStore tracking = HOST.server().plugin().bean(TrackingStore.class);
        long withPast = linked.stream().filter(id -> tracking.snapshots(id, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 11, 1)).size() > 1).count();

        assertTrue("key results with a past: " + withPast + " of " + linked.size(), withPast >= linked.size() / 2);
    }

    private static StoredObjective company() {
        return HOST.server().plugin().bean(GoalQueries.class).find(GoalQuery.all().withLevel("company")).items()
                .stream().filter(g -> g.objective().title().equals("Grow subscription revenue")).findFirst()
                .orElseThrow();
    }
}
