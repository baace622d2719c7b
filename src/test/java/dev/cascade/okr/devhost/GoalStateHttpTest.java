package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;
import static dev.cascade.okr.devhost.KeyResultsHttp.CASCADE;
import static dev.cascade.okr.devhost.KeyResultsHttp.KEY_RESULTS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalQueries;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.devhost.jira.DevIssue;
import dev.cascade.okr.devhost.jira.SampleJira;
import dev.cascade.okr.service.kernel.ProgressService;
import dev.cascade.okr.service.kernel.RecomputeQueue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Goal state over HTTP on the dev host: zones in every reader, a closed goal frozen against issue events and refusing
 * changes with {@code goal.closed}, closing a period, manual overrides set and cleared, the cascade answering what the
 * tree answers, and periods reading back as they were written.
 */
public class GoalStateHttpTest {

    @ClassRule
    public static final DevHostFixture HOST = DevHostFixture.withBenchmarkEpics(4);

    private static final String API = "/rest/cascade/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private final GoalsHttp http = new GoalsHttp(HOST);

    // ---- zones ------------------------------------------------------------------------------------------------

    /** A CASC goal of bob's whose first key result has floor 400, target 500, stretch 600 from 320. */
    private static String tieredGoal(String title) {
        return "{\"title\":\"" + title + "\",\"ownerKey\":\"bob\",\"level\":\"team\","
                + "\"period\":{\"value\":\"2026-Q1\"},"
                + "\"unit\":{\"project\":\"CASC\"},\"visibility\":\"members\",\"keyResults\":["
                + "{\"title\":\"Weekly sign-ups reach 500\",\"weight\":60,\"measure\":{\"kind\":\"metric\","
                + "\"direction\":\"increase\",\"start\":320,\"tiers\":{\"floor\":400,\"target\":500,\"stretch\":600},"
                + "\"unit\":\"sign-ups\"}},"
                + "{\"title\":\"Churn stays low\",\"weight\":40,\"measure\":{\"kind\":\"metric\","
                + "\"direction\":\"decrease\",\"start\":10,\"tiers\":{\"floor\":8,\"target\":5},\"unit\":\"%\"}}]}";
    }

    private static String checkIn(long value) {
        return "{\"value\":" + value + ",\"confidence\":7,\"date\":\"2026-02-15\"}";
    }

    @Test
    public void shouldAnswerZonesInEveryReaderWhenTieredKeyResultsAreCheckedIn() throws Exception {
        JsonNode goal = http.create("bob", tieredGoal("Zones everywhere"));
        long id = goal.path("id").asLong();
        long signUps = goal.path("keyResults").get(0).path("id").asLong();
        long churn = goal.path("keyResults").get(1).path("id").asLong();
        assertEquals("none", goal.path("keyResults").get(0).path("zone").asText());
        assertEquals("none", goal.path("zone").asText());

        assertEquals(201, HOST.postJson(KEY_RESULTS + "/" + signUps + "/check-ins", "bob", checkIn(620)).statusCode());
        assertEquals(201, HOST.postJson(KEY_RESULTS + "/" + churn + "/check-ins", "bob", checkIn(7)).statusCode());

        JsonNode read = json(HOST.get(GOALS + "/" + id, "bob"));
        assertEquals("stretch", read.path("keyResults").get(0).path("zone").asText());
        assertEquals("floor", read.path("keyResults").get(1).path("zone").asText());
        assertEquals("the goal is held at its lowest key result's zone", "floor", read.path("zone").asText());
        assertEquals("stretch", json(HOST.get(KEY_RESULTS + "/" + signUps, "bob")).path("zone").asText());
        JsonNode listed = json(HOST.get(KEY_RESULTS + "?project=CASC&period=2026-Q1&limit=100", "bob"));
        JsonNode item = find(listed.path("items"), "id", churn);
        assertEquals("floor", item.path("zone").asText());
        assertEquals("floor", json(HOST.get(GOALS + "/" + id + "/tree", "bob")).path("zone").asText());
        JsonNode page = json(HOST.get(GOALS + "?project=CASC&period=2026-Q1&limit=100", "bob"));
        assertEquals("floor", find(page.path("items"), "id", id).path("zone").asText());
        JsonNode cascade = json(HOST.get(CASCADE + "?project=CASC&period=2026-Q1", "bob"));
        assertEquals("floor", find(cascade, "id", id).path("zone").asText());
    }

    // ---- closing a goal ---------------------------------------------------------------------------------------

    @Test
    public void shouldKeepClosedGoalAndOpenParentStillWhenIssueMovesToDone() throws Exception {
        String epic = "BENCH-1";
        List<DevIssue> stories = IssueProgressHttp.storiesToDo(HOST, epic, NOW);
        HOST.server().sample().setStatus(stories.get(0).getKey(), SampleJira.DONE, NOW);
        GoalStore goals = HOST.server().plugin().bean(GoalStore.class);
        AlignmentStore alignments = HOST.server().plugin().bean(AlignmentStore.class);
        ObjectiveId parent = benchGoal(goals, "Benchmark programme", "company", List.of(), true);
        ObjectiveId closing = benchGoal(goals, "Epic one ships (closed)", "department", List.of(epic), false);
        ObjectiveId open = benchGoal(goals, "Epic one ships (open)", "department", List.of(epic), false);
        alignments.align(new Alignment(closing, parent, Weight.ofPercent(50)), "alice", NOW);
        alignments.align(new Alignment(open, parent, Weight.ofPercent(50)), "alice", NOW);
        ProgressService progress = HOST.server().plugin().bean(ProgressService.class);
        progress.recompute(keyResultsOf(goals, closing));
        progress.recompute(keyResultsOf(goals, open));
        double before = 1.0 / stories.size();
        assertEquals(before, fraction(HOST.get(GOALS + "/" + parent.value() + "/tree", "bob")), 1e-9);

        HttpResponse<String> closed = HOST.postJson(GOALS + "/" + closing.value() + "/lifecycle", "alice",
                "{\"to\":\"closed\",\"version\":1}");
        assertEquals(closed.body(), 200, closed.statusCode());
        JsonNode closedGoal = json(closed);
        assertEquals("closed", closedGoal.path("lifecycle").asText());
        assertEquals("alice", closedGoal.path("closed").path("by").asText());
        assertEquals(before, closedGoal.path("closed").path("progress").path("fraction").asDouble(), 1e-9);

        RecomputeQueue queue = HOST.server().plugin().bean(RecomputeQueue.class);
        long flushes = queue.flushes();
        IssueProgressHttp.moveToDone(HOST, stories.get(1));
        double after = 2.0 / stories.size();
        JsonNode openTree = IssueProgressHttp.awaitFraction(HOST, GOALS + "/" + open.value() + "/tree", after);
        assertEquals("the open goal on the same epic moved", after,
                openTree.path("progress").path("fraction").asDouble(), 1e-9);
        assertTrue(queue.flushes() > flushes);

        JsonNode closedRead = json(HOST.get(GOALS + "/" + closing.value(), "bob"));
        assertEquals(before, closedRead.path("keyResults").get(0).path("progress").path("fraction").asDouble(), 1e-9);
        assertEquals(before, closedRead.path("ownProgress").path("fraction").asDouble(), 1e-9);
        JsonNode closedTree = json(HOST.get(GOALS + "/" + closing.value() + "/tree", "bob"));
        assertEquals(before, closedTree.path("progress").path("fraction").asDouble(), 1e-9);
        assertFalse(closedTree.path("closedAt").isNull());
        JsonNode parentTree = json(HOST.get(GOALS + "/" + parent.value() + "/tree", "bob"));
        assertEquals("the open parent rolls up the closed child's frozen value",
                (before + after) / 2, parentTree.path("progress").path("fraction").asDouble(), 1e-9);
        JsonNode cascade = json(HOST.get(CASCADE + "?project=BENCH&period=2026", "bob"));
        JsonNode root = find(cascade, "id", parent.value());
        assertEquals(parentTree.path("progress"), root.path("progress"));
        assertEquals(before, find(root.path("children"), "id", closing.value()).path("progress").path("fraction")
                .asDouble(), 1e-9);

        // the daily reconciliation skips it too
        progress.recomputeAll();
        assertEquals(before, goals.goal(closing).orElseThrow().keyResults().get(0).computedProgress().fraction(), 1e-9);
    }

    @Test
    public void shouldRefuseEveryChangeNamingGoalWhenGoalIsClosed() throws Exception {
        CheckedIn goal = checkedInTieredGoal("Frozen in time", 450);
        long id = goal.id();
        long kr = goal.keyResult();
        HOST.server().plugin().bean(GoalStore.class).update(new ObjectiveId(id), 1, activeFields(id), "bob", NOW);
        HttpResponse<String> closed = HOST.postJson(GOALS + "/" + id + "/lifecycle", "bob",
                "{\"to\":\"closed\",\"version\":2}");
        assertEquals(closed.body(), 200, closed.statusCode());
        String before = HOST.dumpDatabase();

        List<HttpResponse<String>> refused = List.of(
                HOST.postJson(KEY_RESULTS + "/" + kr + "/check-ins", "bob", checkIn(480)),
                http.put(GOALS + "/" + id, "bob", GoalsHttp.update(3, "bob", "Renamed")),
                http.put(KEY_RESULTS + "/" + kr, "bob", KeyResultsHttp.metric(1L, "Renamed", "60")),
                http.put(KEY_RESULTS + "/" + kr + "/override", "bob",
                        "{\"progress\":0.9,\"reason\":\"Looks done\",\"version\":1}"),
                http.delete(KEY_RESULTS + "/" + kr + "?version=1", "bob"),
                http.delete(GOALS + "/" + id + "?version=3", "bob"),
                HOST.postJson(GOALS + "/" + id + "/key-results", "bob", KeyResultsHttp.metric(null, "More", "10")),
                HOST.postJson(GOALS + "/" + id + "/lifecycle", "bob", "{\"to\":\"draft\",\"version\":3}"),
                http.put(KEY_RESULTS + "/" + kr + "/plan", "bob",
                        "{\"version\":0,\"granularity\":\"quarter\",\"values\":[500]}"));
        for (HttpResponse<String> response : refused) {
            assertEquals(response.body(), 409, response.statusCode());
            JsonNode error = json(response).path("errors").get(0);
            assertEquals(response.body(), "goal.closed", error.path("code").asText());
            assertEquals("lifecycle", error.path("field").asText());
            assertTrue(response.body(), error.path("message").asText().contains("Frozen in time"));
        }
        HttpResponse<String> chinese = HOST.postJson(KEY_RESULTS + "/" + kr + "/check-ins", "alice", checkIn(480));
        assertEquals(409, chinese.statusCode());
        assertEquals("the database is unchanged", before, HOST.dumpDatabase());
        JsonNode read = json(HOST.get(GOALS + "/" + id, "bob"));
        assertEquals("floor", read.path("keyResults").get(0).path("zone").asText());
        assertEquals((450.0 - 320) / 180, read.path("keyResults").get(0).path("progress").path("fraction").asDouble(),
                1e-9);
    }

    @Test
    public void shouldAnswerWithChineseMessageWhenZhangChangesClosedGoal() throws Exception {
        JsonNode goal = http.create("zhang", tieredGoal("冻结的目标").replace("\"ownerKey\":\"bob\"",
                "\"ownerKey\":\"zhang\""));
        long id = goal.path("id").asLong();
        HOST.server().plugin().bean(GoalStore.class).update(new ObjectiveId(id), 1, activeFields(id), "zhang", NOW);
        assertEquals(200, HOST.postJson(GOALS + "/" + id + "/lifecycle", "zhang", "{\"to\":\"closed\",\"version\":2}")
                .statusCode());

        HttpResponse<String> refused = http.put(GOALS + "/" + id, "zhang", GoalsHttp.update(3, "zhang", "改名"));

        assertEquals(409, refused.statusCode());
        String message = json(refused).path("errors").get(0).path("message").asText();
        assertTrue(message, message.contains("冻结的目标") && message.contains("已关闭"));
    }

    @Test
    public void shouldReopenWithReasonWhenAdministratorAsks() throws Exception {
        JsonNode goal = http.create("bob", tieredGoal("Closed by mistake"));
        long id = goal.path("id").asLong();
        HOST.server().plugin().bean(GoalStore.class).update(new ObjectiveId(id), 1, activeFields(id), "bob", NOW);
        assertEquals(200, HOST.postJson(GOALS + "/" + id + "/lifecycle", "bob", "{\"to\":\"closed\",\"version\":2}")
                .statusCode());

        HttpResponse<String> reopened = HOST.postJson(GOALS + "/" + id + "/reopen", "alice",
                "{\"reason\":\"Closed before the Q1 review\",\"version\":3}");

        assertEquals(reopened.body(), 200, reopened.statusCode());
        JsonNode read = json(reopened);
        assertEquals("active", read.path("lifecycle").asText());
        assertTrue(read.path("closed").isNull());
        assertEquals("Closed before the Q1 review", read.path("reopened").path("reason").asText());
        assertEquals("alice", read.path("reopened").path("by").asText());
        assertEquals(201, HOST.postJson(KEY_RESULTS + "/" + read.path("keyResults").get(0).path("id").asLong()
                + "/check-ins", "bob", checkIn(500)).statusCode());
    }

    // ---- closing a period -------------------------------------------------------------------------------------

    @Test
    public void shouldCloseGoalsInsidePeriodOnceWhenAdministratorClosesIt() throws Exception {
        GoalStore goals = HOST.server().plugin().bean(GoalStore.class);
        ObjectiveId year = KeyResultsHttp.store(HOST, "Year 2024", "company", "bob", Visibility.EVERYONE,
                Period.year(2024), true, 0.5);
        ObjectiveId quarter = KeyResultsHttp.store(HOST, "Q2 2024", "team", "bob", Visibility.EVERYONE,
                Period.quarter(2024, 2), false, 1.0);
        ObjectiveId straddling = KeyResultsHttp.store(HOST, "Winter 2024/25", "team", "bob", Visibility.EVERYONE,
                Period.custom(java.time.LocalDate.of(2024, 12, 1), java.time.LocalDate.of(2025, 1, 31), "period")
                        .value(), false, 0.2);
        KeyResultsHttp.align(HOST, quarter, year, 50);
        double yearBefore = fraction(HOST.get(GOALS + "/" + year.value() + "/tree", "alice"));
        assertEquals("(100% x 0.5 + 50% x 1.0) / 150%", 2.0 / 3, yearBefore, 1e-9);

        HttpResponse<String> refused = HOST.postJson(API + "/periods/2024/close", "pat", "{}");
        assertEquals(refused.body(), 403, refused.statusCode());
        HttpResponse<String> closed = HOST.postJson(API + "/periods/2024/close", "alice", "{}");

        assertEquals(closed.body(), 200, closed.statusCode());
        JsonNode answer = json(closed);
        assertEquals("2024", answer.path("period").path("value").asText());
        List<Long> ids = new ArrayList<>();
        answer.path("closed").forEach(n -> ids.add(n.asLong()));
        assertTrue(ids.toString(), ids.contains(year.value()) && ids.contains(quarter.value()));
        assertFalse("a goal that only overlaps the period stays open", ids.contains(straddling.value()));
        assertEquals(Lifecycle.ACTIVE, goals.goal(straddling).orElseThrow().objective().lifecycle());
        JsonNode yearRead = json(HOST.get(GOALS + "/" + year.value(), "alice"));
        assertEquals("closed", yearRead.path("lifecycle").asText());
        assertEquals(yearBefore, yearRead.path("closed").path("progress").path("fraction").asDouble(), 1e-9);
        assertEquals(yearBefore, fraction(HOST.get(GOALS + "/" + year.value() + "/tree", "alice")), 1e-9);

        String before = HOST.dumpDatabase();
        JsonNode again = json(HOST.postJson(API + "/periods/2024/close", "alice", "{}"));
        assertEquals("idempotent", 0, again.path("closed").size());
        assertTrue(again.path("alreadyClosed").asInt() >= 2);
        assertEquals(before, HOST.dumpDatabase());
    }

    // ---- manual override --------------------------------------------------------------------------------------

    @Test
    public void shouldShowOverrideWhereverProgressAppearsWhenSetThenCleared() throws Exception {
        CheckedIn goal = checkedInTieredGoal("Overridden", 410);
        long id = goal.id();
        long kr = goal.keyResult();

        HttpResponse<String> set = http.put(KEY_RESULTS + "/" + kr + "/override", "bob",
                "{\"progress\":0.6,\"reason\":\"Contracts signed, not yet counted\",\"version\":1}");

        assertEquals(set.body(), 200, set.statusCode());
        JsonNode overridden = json(set);
        assertTrue(overridden.path("progress").path("overridden").asBoolean());
        assertTrue(overridden.path("manual").asBoolean());
        assertEquals(0.6, overridden.path("progress").path("fraction").asDouble(), 1e-9);
        assertEquals("bob", overridden.path("override").path("by").asText());
        assertEquals("Contracts signed, not yet counted", overridden.path("override").path("reason").asText());
        assertEquals(0.5, overridden.path("override").path("computed").path("fraction").asDouble(), 1e-9);
        assertEquals("the zone stays computed", "floor", overridden.path("zone").asText());
        assertEquals(2, overridden.path("version").asLong());
        JsonNode read = json(HOST.get(GOALS + "/" + id, "bob"));
        assertTrue(read.path("keyResults").get(0).path("progress").path("overridden").asBoolean());
        assertEquals("60% of 0.6 rolls up", 0.6, read.path("ownProgress").path("fraction").asDouble(), 1e-9);
        assertEquals(0.6, json(HOST.get(GOALS + "/" + id + "/tree", "bob")).path("progress").path("fraction")
                .asDouble(), 1e-9);
        JsonNode listed = find(json(HOST.get(KEY_RESULTS + "?project=CASC&period=2026-Q1&limit=100", "bob"))
                .path("items"), "id", kr);
        assertTrue(listed.path("progress").path("overridden").asBoolean());
        assertEquals("Contracts signed, not yet counted", listed.path("override").path("reason").asText());

        HttpResponse<String> cleared = http.delete(KEY_RESULTS + "/" + kr + "/override?version=2&reason="
                + java.net.URLEncoder.encode("Counted now", java.nio.charset.StandardCharsets.UTF_8), "bob");

        assertEquals(cleared.body(), 200, cleared.statusCode());
        JsonNode back = json(cleared);
        assertFalse(back.path("progress").path("overridden").asBoolean());
        assertTrue(back.path("override").isNull());
        assertEquals(0.5, back.path("progress").path("fraction").asDouble(), 1e-9);
        assertEquals("Counted now", back.path("overrideCleared").path("reason").asText());
        assertEquals(0.5, json(HOST.get(GOALS + "/" + id + "/tree", "bob")).path("progress").path("fraction")
                .asDouble(), 1e-9);
    }

    // ---- one answer per question ------------------------------------------------------------------------------

    @Test
    public void shouldAnswerSameTreeInCascadeAsGoalTreeWhenSampleCascadeIsRead() throws Exception {
        HOST.server().seedSampleCascade();
        StoredObjective company = HOST.server().plugin().bean(GoalQueries.class)
                .find(dev.cascade.okr.core.port.GoalQuery.all().withLevel("company")).items().stream()
                .filter(g -> g.objective().title().equals("Grow subscription revenue")).findFirst().orElseThrow();

        JsonNode cascade = json(HOST.get(CASCADE + "?project=CASC&period=2026", "alice"));
        JsonNode tree = json(HOST.get(GOALS + "/" + company.id().value() + "/tree?depth=50", "alice"));

        JsonNode root = find(cascade, "id", company.id().value());
        assertTrue(tree.path("progress").path("known").asBoolean());
        assertEquals(tree.path("progress"), root.path("progress"));
        assertEquals("the whole tree is the same, node by node", tree, root);
        assertNotEquals("other projects' goals have children in the cascade too", 0,
                root.path("children").get(0).path("children").size());
    }

    @Test
    public void shouldReadPeriodBackAsWrittenWhenEachKindIsStored() throws Exception {
        String[][] periods = {
            {"{\"value\":\"2026\"}", "year", "2026", "2026-01-01", "2026-12-31"},
            {"{\"value\":\"2026-H2\"}", "half", "2026-H2", "2026-07-01", "2026-12-31"},
            {"{\"kind\":\"quarter\",\"value\":\"2026-Q3\"}", "quarter", "2026-Q3", "2026-07-01", "2026-09-30"},
            {"{\"value\":\"2026-02\"}", "month", "2026-02", "2026-02-01", "2026-02-28"},
            {"{\"kind\":\"custom\",\"start\":\"2026-01-15\",\"end\":\"2026-04-15\"}", "custom", null, "2026-01-15",
                "2026-04-15"},
        };
        for (String[] p : periods) {
            String body = GoalsHttp.goal("bob", "members").replace("{\"value\":\"2026-Q1\"}", p[0]);
            JsonNode created = http.create("bob", body);

            JsonNode period = json(HOST.get(GOALS + "/" + created.path("id").asLong(), "bob")).path("period");

            assertEquals(p[1], period.path("kind").asText());
            assertEquals(p[0], p[2], period.path("value").isNull() ? null : period.path("value").asText());
            assertEquals(p[3], period.path("start").asText());
            assertEquals(p[4], period.path("end").asText());
            String sentBack = GoalsHttp.update(1, "bob", "Same period").replace("{\"value\":\"2026-Q1\"}",
                    period.toString());
            HttpResponse<String> put = http.put(GOALS + "/" + created.path("id").asLong(), "bob", sentBack);
            assertEquals("a period read can be sent back: " + put.body(), 200, put.statusCode());
            assertEquals(period, json(put).path("period"));
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static GoalStore.ObjectiveFields activeFields(long id) {
        StoredObjective stored = KeyResultsHttp.goals(HOST).goal(new ObjectiveId(id)).orElseThrow();
        GoalStore.ObjectiveFields f = stored.fields();
        return new GoalStore.ObjectiveFields(f.title(), f.description(), f.owner(), f.levelKey(), f.period(),
                f.unit(), f.type(), Lifecycle.ACTIVE, f.visibility(), f.rollsUpFromChildren());
    }

    private static JsonNode find(JsonNode array, String field, long value) {
        for (JsonNode node : array) {
            if (node.path(field).asLong() == value) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static double fraction(HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), 200, response.statusCode());
        return json(response).path("progress").path("fraction").asDouble();
    }

    private static List<KeyResultId> keyResultsOf(GoalStore goals, ObjectiveId id) {
        return goals.goal(id).orElseThrow().keyResults().stream().map(GoalStore.StoredKeyResult::id).toList();
    }

    private static ObjectiveId benchGoal(GoalStore goals, String title, String level, List<String> epics,
            boolean rollsUp) {
        List<GoalStore.NewKeyResult> keyResults = new ArrayList<>();
        for (String epic : epics) {
            keyResults.add(new GoalStore.NewKeyResult(new GoalStore.KeyResultFields("Epic " + epic, Weight.FULL,
                    IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(new WorkLink.Epic(epic))), null),
                    new GoalStore.Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null)));
        }
        return goals.insert(new GoalStore.NewObjective(new GoalStore.ObjectiveFields(title, null,
                new UserRef("alice"), level, Period.year(2026), new OrgUnit.Project("BENCH"), GoalType.RESULT,
                Lifecycle.ACTIVE, Visibility.EVERYONE, rollsUp), keyResults), "alice", NOW).objective().id();
    }

    /** The ids of a goal and of its first key result. */
    private record CheckedIn(long id, long keyResult) {
    }

    /** Creates a {@link #tieredGoal} of bob's and checks a value in on its first key result. */
    private CheckedIn checkedInTieredGoal(String title, int value) throws Exception {
        JsonNode goal = http.create("bob", tieredGoal(title));
        long kr = goal.path("keyResults").get(0).path("id").asLong();
        assertEquals(201, HOST.postJson(KEY_RESULTS + "/" + kr + "/check-ins", "bob", checkIn(value)).statusCode());
        return new CheckedIn(goal.path("id").asLong(), kr);
    }
}
