package dev.cascade.okr.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.tracking.CheckIn;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * {@code GET /overview} over HTTP: every goal of a period the caller may see, nested as the cascade, with rolled-up
 * progress and each key result's latest check-in; a hidden goal left out with everything below it, as on the Goals
 * page; no nulls; paged by whole root subtrees by key, the pages together the whole.
 *
 * <p>The cascade lives in 2031, a year nothing else on the dev host uses: a company goal (alice) with a department
 * goal (bob, 60 %) and below it a team goal, and zhang's private goal (40 %) with an individual goal of bob's below it;
 * a 2030 goal aligned to the company goal (outside the period); and five more company goals as roots of their own.
 */
public class OverviewHttpTest extends DevHostHttpTest {

    private static final String OVERVIEW = "/rest/cascade/1.0/overview";
    private static ObjectiveId company;
    private static ObjectiveId department;
    private static ObjectiveId team;
    private static ObjectiveId secret;
    private static ObjectiveId belowSecret;
    private static ObjectiveId lastYear;
    private static final List<ObjectiveId> MORE_ROOTS = new ArrayList<>();
    private static KeyResultId checkedIn;

    @BeforeClass
    public static void storeCascade() {
        GoalStore goals = HOST.server().plugin().bean(GoalStore.class);
        AlignmentStore alignments = HOST.server().plugin().bean(AlignmentStore.class);
        Instant now = Instant.parse("2026-02-01T08:00:00Z");
        company = insert(goals, "Overview company", "company", "alice", Visibility.EVERYONE, true, null, 2031);
        department = insert(goals, "Overview department", "department", "bob", Visibility.EVERYONE, true, null, 2031);
        team = insert(goals, "Overview team", "team", "bob", Visibility.EVERYONE, false, 0.5, 2031);
        secret = insert(goals, "Overview private plan", "team", "zhang", Visibility.PRIVATE, false, 1.0, 2031);
        belowSecret = insert(goals, "Overview below the private plan", "individual", "bob", Visibility.EVERYONE,
                false, 0.0, 2031);
        lastYear = insert(goals, "Overview goal of 2030", "team", "bob", Visibility.EVERYONE, false, 0.25, 2030);
        alignments.align(new Alignment(department, company, Weight.ofPercent(60)), "alice", now);
        alignments.align(new Alignment(team, department, Weight.ofPercent(100)), "alice", now);
        alignments.align(new Alignment(secret, company, Weight.ofPercent(40)), "alice", now);
        alignments.align(new Alignment(belowSecret, secret, Weight.ofPercent(100)), "alice", now);
        alignments.align(new Alignment(lastYear, company, Weight.ofPercent(0)), "alice", now);
        for (int i = 0; i < 5; i++) {
            MORE_ROOTS.add(insert(goals, "Overview root " + i, "company", "alice", Visibility.EVERYONE, false,
                    0.1 * i, 2031));
        }
        checkedIn = goals.goal(team).orElseThrow().keyResults().get(0).id();
        TrackingStore tracking = HOST.server().plugin().bean(TrackingStore.class);
        assertTrue(tracking.append(new CheckIn(checkedIn, Optional.empty(), 7, "Half of it shipped", "", "", "",
                new UserRef("bob"), LocalDate.of(2031, 2, 1), now)).isValid());
    }

    private static ObjectiveId insert(GoalStore goals, String title, String level, String owner,
            Visibility visibility, boolean rollsUp, Double milestoneDone, int year) {
        GoalStore.ObjectiveFields fields = new GoalStore.ObjectiveFields(title, null, new UserRef(owner), level,
                Period.year(year), new OrgUnit.Project("CASC"), GoalType.RESULT, Lifecycle.ACTIVE, visibility,
                rollsUp);
        List<GoalStore.NewKeyResult> keyResults = milestoneDone == null ? List.of()
                : List.of(new GoalStore.NewKeyResult(new GoalStore.KeyResultFields("Milestone of " + title,
                        Weight.FULL, new MilestoneMeasure("Done"), null),
                        new GoalStore.Measured(Progress.of(milestoneDone), null)));
        return goals.insert(new GoalStore.NewObjective(fields, keyResults), owner, Instant.parse(
                "2026-02-01T08:00:00Z")).objective().id();
    }

    @Test
    public void shouldNestCascadeWithProgressAndLatestCheckInWhenMemberReadsOverview() throws Exception {
        JsonNode page = ok(HOST.get(OVERVIEW + "?period=2031&limit=100", "bob"));

        assertEquals("2031", page.path("period").asText());
        assertEquals(100, page.path("limit").asInt());
        assertFalse("one page holds all", page.has("next"));
        JsonNode root = goal(page.path("goals"), company);
        assertEquals("Overview company", root.path("title").asText());
        assertFalse("a root contributes to nothing", root.has("contribution"));
        assertEquals(1, root.path("children").size());
        JsonNode dept = root.path("children").path(0);
        assertEquals(department.value(), dept.path("id").asLong());
        assertEquals(60, dept.path("contribution").asInt());
        JsonNode teamGoal = dept.path("children").path(0);
        assertEquals(team.value(), teamGoal.path("id").asLong());
        JsonNode keyResult = teamGoal.path("keyResults").path(0);
        assertEquals(checkedIn.value(), keyResult.path("id").asLong());
        assertEquals("milestone", keyResult.path("measure").path("kind").asText());
        assertEquals(50, keyResult.path("progress").path("percent").asInt());
        assertTrue(keyResult.path("zone").isTextual());
        assertTrue(keyResult.path("status").isTextual());
        assertEquals(7, keyResult.path("latestCheckIn").path("confidence").asInt());
        assertEquals("2031-02-01", keyResult.path("latestCheckIn").path("date").asText());
        assertEquals("bob", keyResult.path("latestCheckIn").path("authorKey").asText());
        assertFalse("a milestone check-in has no value", keyResult.path("latestCheckIn").has("value"));
        assertEquals(List.of(), ids(page.path("goals"), secret));
        assertEquals("nothing is shown through a hidden goal", List.of(), ids(page.path("goals"), belowSecret));
        assertEquals("a goal of another period is not in the overview", List.of(), ids(page.path("goals"), lastYear));
        assertNoNulls(page);
        JsonNode tree = ok(HOST.get("/rest/cascade/1.0/goals/" + company.value() + "/tree", "bob"));
        assertEquals("the same rolled-up progress as the tree", tree.path("progress").path("fraction").asDouble(),
                root.path("progress").path("fraction").asDouble(), 0);
    }

    @Test
    public void shouldShowPrivateSubtreeWhenOwnerReadsOverview() throws Exception {
        JsonNode page = ok(HOST.get(OVERVIEW + "?period=2031&limit=100", "zhang"));

        JsonNode root = goal(page.path("goals"), company);
        assertEquals(2, root.path("children").size());
        assertEquals(1, ids(page.path("goals"), belowSecret).size());
        JsonNode hidden = ok(HOST.get(OVERVIEW + "?period=2031&limit=100", "carol"));
        assertEquals("carol sees goals for everyone of every project", 1, ids(hidden.path("goals"), company).size());
        assertEquals(List.of(), ids(hidden.path("goals"), secret));
        JsonNode admin = ok(HOST.get(OVERVIEW + "?period=2031&limit=100", "alice"));
        assertEquals(1, ids(admin.path("goals"), secret).size());
        assertEquals(1, ids(admin.path("goals"), belowSecret).size());
        assertEquals(401, HOST.get(OVERVIEW + "?period=2031", null).statusCode());
    }

    @Test
    public void shouldPageWholeSubtreesByKeyWhenPagesAreWalked() throws Exception {
        JsonNode whole = ok(HOST.get(OVERVIEW + "?period=2031&limit=100", "bob"));
        List<String> walked = new ArrayList<>();
        String after = "";
        int pages = 0;
        while (true) {
            JsonNode page = ok(HOST.get(OVERVIEW + "?period=2031&limit=2" + after, "bob"));
            pages++;
            assertTrue(page.path("goals").size() <= 2);
            for (JsonNode goal : page.path("goals")) {
                walked.add(goal.toString());
            }
            if (!page.has("next")) {
                break;
            }
            JsonNode last = page.path("goals").path(page.path("goals").size() - 1);
            assertEquals("the key is the last root", last.path("id").asLong(), page.path("next").asLong());
            after = "&after=" + page.path("next").asLong();
        }
        List<String> all = new ArrayList<>();
        whole.path("goals").forEach(goal -> all.add(goal.toString()));
        assertEquals("the pages together are the whole", all, walked);
        assertEquals(6, all.size());
        assertEquals(3, pages);
    }

    @Test
    public void shouldPageGoalsAndKeyResultsByKeyWhenAfterIsGiven() throws Exception {
        JsonNode whole = ok(HOST.get("/rest/cascade/1.0/goals?period=2031&limit=100", "bob"));
        List<Long> all = new ArrayList<>();
        whole.path("items").forEach(goal -> all.add(goal.path("id").asLong()));
        assertEquals(all, byKey("/rest/cascade/1.0/goals?period=2031&limit=3"));
        assertEquals(whole.path("total").asInt(), all.size());

        JsonNode keyResults = ok(HOST.get("/rest/cascade/1.0/key-results?period=2031&limit=100", "bob"));
        List<Long> allKeyResults = new ArrayList<>();
        keyResults.path("items").forEach(k -> allKeyResults.add(k.path("id").asLong()));
        allKeyResults.sort(Long::compare);
        assertEquals(allKeyResults, byKey("/rest/cascade/1.0/key-results?period=2031&limit=2"));
    }

    /** The ids of every page of a list read by key as bob, from {@code after=0} on; no page has a count. */
    private static List<Long> byKey(String path) throws Exception {
        List<Long> walked = new ArrayList<>();
        String after = "0";
        while (true) {
            JsonNode page = ok(HOST.get(path + "&after=" + after, "bob"));
            assertFalse("no count when paging by key", page.has("total"));
            page.path("items").forEach(item -> walked.add(item.path("id").asLong()));
            if (!page.has("next")) {
                return walked;
            }
            after = page.path("next").asText();
        }
    }

    private static JsonNode goal(JsonNode goals, ObjectiveId id) {
        for (JsonNode goal : goals) {
            if (goal.path("id").asLong() == id.value()) {
                return goal;
            }
        }
        throw new AssertionError("no root " + id.value() + " in " + goals);
    }

    /** Every node of the trees with this id, at any depth. */
    private static List<JsonNode> ids(JsonNode goals, ObjectiveId id) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode goal : goals) {
            if (goal.path("id").asLong() == id.value()) {
                found.add(goal);
            }
            found.addAll(ids(goal.path("children"), id));
        }
        return found;
    }

    private static void assertNoNulls(JsonNode node) {
        assertFalse("null in the answer", node.isNull());
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                assertFalse("null at " + field.getKey(), field.getValue().isNull());
                assertNoNulls(field.getValue());
            }
        }
        node.forEach(OverviewHttpTest::assertNoNulls);
    }

    /** The answer's type is JSON whatever the writer streamed. */
    @Test
    public void shouldAnswerJsonWhenOverviewIsStreamed() throws Exception {
        HttpResponse<String> response = HOST.get(OVERVIEW + "?period=2031", "bob");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }
}
