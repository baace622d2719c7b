package dev.cascade.okr.devhost;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.PeopleStore;
import dev.cascade.okr.service.kernel.AccessService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A manager of more people than a query can name ({@link AccessService#MAX_REPORTS}) is served by reading every match
 * and deciding goal by goal: the lists must answer exactly what the query path answers for everyone else.
 */
public class ManyReportsListHttpTest extends DevHostHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REPORTS = AccessService.MAX_REPORTS + 1;

    @BeforeClass
    public static void storeOrganisation() {
        PeopleStore people = HOST.server().plugin().bean(PeopleStore.class);
        GoalStore goals = HOST.server().plugin().bean(GoalStore.class);
        Instant now = Instant.parse("2026-02-01T08:00:00Z");
        for (int i = 0; i < REPORTS; i++) {
            people.setManagers(new UserRef("report-" + i), Set.of(new UserRef("bob"))).value();
        }
        // Goals of 2033 (no other goal has that year) in project MANY, which Jira does not know — so the lists are
        // filtered by period (issue 10: a project filter must name a project the caller may browse): private ones of
        // three reports, a private one of someone else, one for everyone.
        for (String owner : List.of("report-3", "report-250", "report-500", "stranger")) {
            goals.insert(goal(owner, Visibility.PRIVATE), owner, now);
        }
        goals.insert(goal("stranger", Visibility.EVERYONE), "stranger", now);
    }

    @Test
    public void shouldListTheReportsPrivateGoalsWhenAManagerOfManyPeopleAsks() throws Exception {
        JsonNode bobs = JSON.readTree(HOST.get("/rest/cascade/1.0/goals?period=2033&limit=2&offset=1", "bob").body());
        JsonNode carols = JSON.readTree(HOST.get("/rest/cascade/1.0/goals?period=2033", "carol").body());

        assertEquals(4, bobs.path("total").asInt());
        assertEquals(2, bobs.path("items").size());
        assertEquals("report-250", bobs.path("items").path(0).path("ownerKey").asText());
        assertEquals("report-500", bobs.path("items").path(1).path("ownerKey").asText());
        assertEquals(1, carols.path("total").asInt());
    }

    @Test
    public void shouldCountKeyResultsOfVisibleGoalsOnlyWhenAManagerOfManyPeopleLists() throws Exception {
        JsonNode bobs = JSON.readTree(HOST.get("/rest/cascade/1.0/key-results?period=2033&limit=3&offset=6", "bob")
                .body());

        // four visible goals × two key results; the page from the 7th holds the last two
        assertEquals(8, bobs.path("total").asInt());
        assertEquals(2, bobs.path("items").size());
    }

    @Test
    public void shouldPageTheReportsGoalsByKeyWhenAManagerOfManyPeopleAsks() throws Exception {
        JsonNode first = JSON.readTree(HOST.get("/rest/cascade/1.0/goals?period=2033&limit=2&after=0", "bob").body());
        JsonNode second = JSON.readTree(HOST.get("/rest/cascade/1.0/goals?period=2033&limit=2&after="
                + first.path("next").asLong(), "bob").body());

        assertEquals("report-3", first.path("items").path(0).path("ownerKey").asText());
        assertEquals("report-250", first.path("items").path(1).path("ownerKey").asText());
        assertEquals(first.path("items").path(1).path("id").asLong(), first.path("next").asLong());
        assertEquals(List.of("report-500", "stranger"), List.of(second.path("items").path(0).path("ownerKey")
                .asText(), second.path("items").path(1).path("ownerKey").asText()));
        assertEquals("the last page has no next key", false, second.has("next"));
        JsonNode keyResults = JSON.readTree(HOST.get("/rest/cascade/1.0/key-results?period=2033&limit=5&after=0",
                "bob").body());
        JsonNode rest = JSON.readTree(HOST.get("/rest/cascade/1.0/key-results?period=2033&limit=5&after="
                + keyResults.path("next").asLong(), "bob").body());
        assertEquals(5, keyResults.path("items").size());
        assertEquals(3, rest.path("items").size());
        assertEquals(false, rest.has("next"));
    }

    private static GoalStore.NewObjective goal(String owner, Visibility visibility) {
        GoalStore.ObjectiveFields fields = new GoalStore.ObjectiveFields("Goal of " + owner, null, new UserRef(owner),
                "individual", Period.year(2033), new OrgUnit.Project("MANY"), GoalType.RESULT, Lifecycle.ACTIVE,
                visibility, false);
        List<GoalStore.NewKeyResult> keyResults = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            keyResults.add(new GoalStore.NewKeyResult(new GoalStore.KeyResultFields("Milestone " + k,
                    Weight.ofPercent(50), new MilestoneMeasure("Done"), null),
                    new GoalStore.Measured(Progress.noData(NoDataReason.NO_CHECK_IN), null)));
        }
        return new GoalStore.NewObjective(fields, keyResults);
    }
}
