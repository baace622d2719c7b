package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.TrackingHttp.API;
import static dev.cascade.okr.devhost.TrackingHttp.OWNER;
import static dev.cascade.okr.devhost.TrackingHttp.YEAR;
import static dev.cascade.okr.devhost.TrackingHttp.json;
import static dev.cascade.okr.devhost.TrackingHttp.put;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.devhost.TrackingHttp.Goal;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.Test;

/** The tracking API's happy paths over HTTP, with PRODUCT.md's example (plan Q1 12, actual 10 → −16.7%). */
public class TrackingHttpTest extends DevHostHttpTest {

    @Test
    public void shouldShowMinus16Point7PercentWhenQ1PlannedTwelveAndTenWereReached() throws Exception {
        Goal goal = TrackingHttp.newGoal(HOST);
        assertEquals(200, put(HOST, API + "/key-results/" + goal.kr(0) + "/plan", OWNER,
                TrackingHttp.quarterPlan(0)).statusCode());
        assertEquals(201, HOST.postJson(API + "/key-results/" + goal.kr(0) + "/check-ins", OWNER,
                TrackingHttp.checkIn(10, YEAR + "-02-15")).statusCode());

        HttpResponse<String> table = HOST.get(API + "/goals/" + goal.id() + "/tracking?period=" + YEAR + "-Q1", "bob");

        assertEquals(table.body(), 200, table.statusCode());
        JsonNode row = json(table).get("rows").get(0);
        assertEquals(goal.kr(0), row.get("keyResultId").asLong());
        assertEquals(new BigDecimal("12"), row.get("plannedValue").decimalValue());
        assertEquals(new BigDecimal("10"), row.get("actual").decimalValue());
        assertEquals(new BigDecimal("-16.7"), row.get("deviationPercent").decimalValue());
        assertEquals(new BigDecimal("-0.166667"), row.get("deviationRate").decimalValue());
        assertEquals("at-risk", row.get("status").asText());
        assertEquals("slow legal", row.get("cause").asText());
        assertEquals("template contract", row.get("adjustment").asText());
        assertEquals(OWNER, row.get("owner").asText());
        assertEquals(YEAR + "-02-15", row.get("updatedOn").asText());
        assertEquals("monthly", row.get("cadence").asText());
        assertTrue(row.get("nextCheckInDue").isNull());
        JsonNode unplanned = json(table).get("rows").get(1);
        assertFalse(unplanned.get("planned").asBoolean());
        assertEquals("no-data", unplanned.get("status").asText());
        assertTrue(unplanned.get("deviationPercent").isNull());
    }

    @Test
    public void shouldAnswerPlanWithVersionWhenPutThenRead() throws Exception {
        String path = ofNewKeyResult("/plan");
        JsonNode none = json(HOST.get(path, "bob"));
        assertEquals(0, none.get("version").asLong());
        assertTrue(none.get("granularity").isNull());

        HttpResponse<String> put = put(HOST, path, "pat", TrackingHttp.quarterPlan(0));

        assertEquals(put.body(), 200, put.statusCode());
        JsonNode plan = json(HOST.get(path, "bob"));
        assertEquals(1, plan.get("version").asLong());
        assertEquals("quarter", plan.get("granularity").asText());
        assertEquals(4, plan.get("values").size());
        assertEquals(YEAR + "-04-01", plan.get("values").get(1).get("period").get("start").asText());
        assertEquals(new BigDecimal("15"), plan.get("values").get(1).get("value").decimalValue());
        assertEquals(new BigDecimal("54"), plan.get("total").decimalValue());
    }

    @Test
    public void shouldAnswer409WithCurrentAndChangeNothingWhenPlanVersionIsStale() throws Exception {
        Goal goal = TrackingHttp.newGoal(HOST);
        String path = API + "/key-results/" + goal.kr(0) + "/plan";
        assertEquals(200, put(HOST, path, OWNER, TrackingHttp.quarterPlan(0)).statusCode());
        assertEquals(200, put(HOST, path, OWNER, TrackingHttp.quarterPlan(1)).statusCode());
        String before = HOST.dumpDatabase();

        HttpResponse<String> stale = put(HOST, path, "alice",
                "{\"version\":1,\"granularity\":\"quarter\",\"values\":[1,1,1,1]}");

        assertEquals(stale.body(), 409, stale.statusCode());
        JsonNode body = json(stale);
        assertEquals("version.stale", body.get("errors").get(0).get("code").asText());
        assertEquals("version", body.get("errors").get(0).get("field").asText());
        assertEquals(2, body.get("current").get("version").asLong());
        assertEquals(new BigDecimal("12"), body.get("current").get("values").get(0).get("value").decimalValue());
        assertEquals(before, HOST.dumpDatabase());
    }

    @Test
    public void shouldListCheckInsNewestFirstWhenPaged() throws Exception {
        Goal goal = TrackingHttp.newGoal(HOST);
        String path = API + "/key-results/" + goal.kr(0) + "/check-ins";
        HttpResponse<String> first = HOST.postJson(path, OWNER, TrackingHttp.checkIn(3, YEAR + "-01-10"));
        assertEquals(first.body(), 201, first.statusCode());
        JsonNode created = json(first).get("checkIn");
        assertEquals(OWNER, created.get("author").asText());
        assertEquals(7, created.get("confidence").asInt());
        assertFalse(created.get("recordedAt").asText().isEmpty());
        assertEquals(201, HOST.postJson(path, "alice", TrackingHttp.checkIn(8, YEAR + "-03-10")).statusCode());
        HttpResponse<String> backdated = HOST.postJson(path, "pat", TrackingHttp.checkIn(5, YEAR + "-02-10"));
        assertEquals("checkin.backdated", json(backdated).get("warnings").get(0).asText());

        JsonNode page = json(HOST.get(path + "?offset=0&limit=2", "bob"));

        assertEquals(3, page.get("total").asInt());
        assertEquals(2, page.get("checkIns").size());
        assertEquals(YEAR + "-03-10", page.get("checkIns").get(0).get("date").asText());
        assertEquals("alice", page.get("checkIns").get(0).get("author").asText());
        assertEquals(YEAR + "-02-10", page.get("checkIns").get(1).get("date").asText());
        JsonNode rest = json(HOST.get(path + "?offset=2&limit=2", "bob"));
        assertEquals(1, rest.get("checkIns").size());
        assertEquals(new BigDecimal("3"), rest.get("checkIns").get(0).get("value").decimalValue());
    }

    @Test
    public void shouldMoveTheKeyResultAndItsGoalWhenAValueIsCheckedIn() throws Exception {
        Goal goal = TrackingHttp.newGoal(HOST);
        String path = API + "/key-results/" + goal.kr(0) + "/check-ins";
        JsonNode before = json(HOST.get(API + "/goals/" + goal.id(), "bob"));
        assertFalse(before.get("keyResults").get(0).get("progress").get("known").asBoolean());

        assertEquals(201, HOST.postJson(path, OWNER, TrackingHttp.checkIn(20, YEAR + "-03-10")).statusCode());
        assertEquals(201, HOST.postJson(path, OWNER, TrackingHttp.checkIn(10, YEAR + "-02-10")).statusCode());

        JsonNode after = json(HOST.get(API + "/goals/" + goal.id(), "bob"));
        // 0 → 50 customers, latest check-in by date 20: 40%; the backdated 10 does not replace it
        assertEquals(0.4, after.get("keyResults").get(0).get("progress").get("fraction").asDouble(), 1e-9);
        JsonNode tree = json(HOST.get(API + "/goals/" + goal.id() + "/tree", "bob"));
        assertTrue(tree.get("progress").get("known").asBoolean());
    }

    @Test
    public void shouldAnswer405AndChangeNothingWhenACheckInIsEditedOrDeleted() throws Exception {
        Goal goal = TrackingHttp.newGoal(HOST);
        String path = API + "/key-results/" + goal.kr(0) + "/check-ins";
        JsonNode created = json(HOST.postJson(path, OWNER, TrackingHttp.checkIn(3, YEAR + "-01-10")));
        String before = HOST.dumpDatabase();

        assertEquals(405, put(HOST, path, OWNER, TrackingHttp.checkIn(4, YEAR + "-01-10")).statusCode());
        assertEquals(405, TrackingHttp.send(HOST, "DELETE", path, OWNER, null).statusCode());
        int onOne = put(HOST, path + "/" + created.get("checkIn").get("id").asLong(), OWNER,
                TrackingHttp.checkIn(4, YEAR + "-01-10")).statusCode();

        assertTrue("PUT on one check-in: " + onOne, onOne == 404 || onOne == 405);
        assertEquals(before, HOST.dumpDatabase());
    }

    @Test
    public void shouldAnswerReviewRowsAndNotesWhenNotesAreWritten() throws Exception {
        Goal goal = TrackingHttp.newGoal(HOST);
        put(HOST, API + "/key-results/" + goal.kr(0) + "/plan", OWNER, TrackingHttp.quarterPlan(0));
        HOST.postJson(API + "/key-results/" + goal.kr(0) + "/check-ins", OWNER,
                TrackingHttp.checkIn(10, YEAR + "-03-31"));
        String path = API + "/goals/" + goal.id() + "/reviews/" + YEAR + "-Q1";
        assertEquals(0, json(HOST.get(path, "bob")).get("version").asLong());

        HttpResponse<String> written = put(HOST, path, OWNER, "{\"version\":0,\"subjectiveCauses\":\"late hiring\","
                + "\"objectiveCauses\":\"market\",\"improvement\":\"hire earlier\",\"nextQuarterAdjustment\":\"+2\"}");

        assertEquals(written.body(), 200, written.statusCode());
        JsonNode review = json(HOST.get(path, "bob"));
        assertEquals(1, review.get("version").asLong());
        assertEquals("late hiring", review.get("subjectiveCauses").asText());
        assertEquals(OWNER, review.get("updatedBy").asText());
        JsonNode row = review.get("rows").get(0);
        assertEquals(new BigDecimal("12"), row.get("quarterTarget").decimalValue());
        assertEquals(new BigDecimal("10"), row.get("actual").decimalValue());
        assertEquals(new BigDecimal("-16.7"), row.get("deviationPercent").decimalValue());
        HttpResponse<String> stale = put(HOST, path, OWNER, "{\"version\":0,\"improvement\":\"x\"}");
        assertEquals(409, stale.statusCode());
        assertEquals("hire earlier", json(stale).get("current").get("improvement").asText());
    }

    @Test
    public void shouldMakeTheApprovedTargetCurrentWhenTheApproverApproves() throws Exception {
        String path = ofNewKeyResult("/adjustments");
        JsonNode none = json(HOST.get(path, "bob"));
        assertEquals(0, none.get("version").asLong());
        assertEquals(new BigDecimal("50"), none.get("currentTarget").decimalValue());

        HttpResponse<String> proposed = HOST.postJson(path, OWNER,
                "{\"version\":0,\"newTarget\":40,\"reason\":\"market shrank\",\"approverKey\":\"pat\"}");
        assertEquals(proposed.body(), 201, proposed.statusCode());
        assertEquals("proposed", json(proposed).get("adjustments").get(0).get("state").asText());
        HttpResponse<String> decided = HOST.postJson(path + "/decision", "pat",
                "{\"version\":1,\"approve\":true,\"comment\":\"agreed\"}");

        assertEquals(decided.body(), 200, decided.statusCode());
        JsonNode history = json(HOST.get(path, "bob"));
        assertEquals(2, history.get("version").asLong());
        assertEquals(new BigDecimal("40"), history.get("currentTarget").decimalValue());
        assertEquals("approved", history.get("adjustments").get(0).get("state").asText());
        assertEquals("agreed", history.get("adjustments").get(0).get("comment").asText());
    }

    @Test
    public void shouldKeepTheTargetWhenTheApproverRejects() throws Exception {
        Goal goal = TrackingHttp.newGoal(HOST);
        String path = API + "/key-results/" + goal.kr(2) + "/adjustments";
        HOST.postJson(path, "pat", "{\"version\":0,\"newTarget\":1200,\"reason\":\"more\",\"approverKey\":\"alice\"}");

        HttpResponse<String> decided = HOST.postJson(path + "/decision", "alice", "{\"version\":1,\"approve\":false}");

        assertEquals(decided.body(), 200, decided.statusCode());
        assertEquals("rejected", json(decided).get("adjustments").get(0).get("state").asText());
        assertEquals(new BigDecimal("1000"), json(decided).get("currentTarget").decimalValue());
    }

    /** The path of a resource of the first key result of a new goal, such as its {@code /plan}. */
    private static String ofNewKeyResult(String resource) throws Exception {
        return API + "/key-results/" + TrackingHttp.newGoal(HOST).kr(0) + resource;
    }
}
