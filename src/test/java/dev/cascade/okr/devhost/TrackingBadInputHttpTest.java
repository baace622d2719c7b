package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.TrackingHttp.API;
import static dev.cascade.okr.devhost.TrackingHttp.OWNER;
import static dev.cascade.okr.devhost.TrackingHttp.YEAR;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.devhost.TrackingHttp.Goal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input on every tracking endpoint: each case answers 4xx with the field named and the stable code, a message in
 * the caller's language, and the database byte-for-byte the same afterwards.
 */
public class TrackingBadInputHttpTest extends BadInputRunner {

    private static final String MB = "x".repeat(1_000_000);
    private static final String PLAN = "/key-results/{kr}/plan";
    private static final String CHECK_INS = "/key-results/{kr}/check-ins";
    private static final String ADJUST = "/key-results/{kr}/adjustments";
    private static final String DECIDE = "/key-results/{pending}/adjustments/decision";
    private static final String TABLE = "/goals/{goal}/tracking";
    private static final String REVIEW = "/goals/{goal}/reviews/" + YEAR + "-Q1";
    private static final String TOMORROW = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();

    private static Goal goal;

    @BeforeClass
    public static void storeGoal() throws Exception {
        goal = TrackingHttp.newGoal(HOST);
        HttpResponse<String> pending = HOST.postJson(API + "/key-results/" + goal.kr(2) + "/adjustments", OWNER,
                "{\"version\":0,\"newTarget\":1200,\"reason\":\"more\",\"approverKey\":\"pat\"}");
        assertEquals(pending.body(), 201, pending.statusCode());
    }

    private static String plan(String granularity, String values) {
        return "{\"version\":0,\"granularity\":" + granularity + ",\"values\":" + values + "}";
    }

    private static String checkIn(String value, String confidence, String date) {
        return "{\"value\":" + value + ",\"confidence\":" + confidence + ",\"date\":" + date + "}";
    }

    private static String text(String field, String value) {
        return "{\"value\":5,\"confidence\":5,\"date\":\"" + YEAR + "-02-01\",\"" + field + "\":\"" + value + "\"}";
    }

    private static String review(String field, String value) {
        return "{\"version\":0,\"" + field + "\":\"" + value + "\"}";
    }

    private static String proposal(String newTarget, String reason, String approver) {
        return "{\"version\":0,\"newTarget\":" + newTarget + ",\"reason\":" + reason + ",\"approverKey\":" + approver
                + "}";
    }

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        String q = "\"quarter\"";
        String day = "\"" + YEAR + "-02-01\"";
        return Stream.of(new Object[][] {
            // ---- PUT plan ----
            {"plan: truncated JSON", "PUT", PLAN, OWNER, "{\"version\":0,", 400, "version", "request.malformed"},
            {"plan: not JSON", "PUT", PLAN, OWNER, "version=0", 400, "body", "request.malformed"},
            {"plan: empty body", "PUT", PLAN, OWNER, "", 400, "body", "request.malformed"},
            {"plan: JSON null", "PUT", PLAN, OWNER, "null", 400, "body", "request.malformed"},
            {"plan: trailing garbage", "PUT", PLAN, OWNER, plan(q, "[1,2,3,4]") + "}", 400, "body",
                "request.malformed"},
            {"plan: unknown field", "PUT", PLAN, OWNER, "{\"version\":0,\"granularity\":\"quarter\",\"values\":"
                + "[1,2,3,4],\"total\":10}", 400, "total", "request.unknown-field"},
            {"plan: version as text", "PUT", PLAN, OWNER, "{\"version\":\"0\",\"granularity\":\"quarter\","
                + "\"values\":[1,2,3,4]}", 400, "version", "request.wrong-type"},
            {"plan: version missing", "PUT", PLAN, OWNER, "{\"granularity\":\"quarter\",\"values\":[1,2,3,4]}", 400,
                "version", "version.required"},
            {"plan: negative version", "PUT", PLAN, OWNER, "{\"version\":-1,\"granularity\":\"quarter\","
                + "\"values\":[1,2,3,4]}", 400, "version", "version.required"},
            {"plan: granularity missing", "PUT", PLAN, OWNER, "{\"version\":0,\"values\":[1,2,3,4]}", 400,
                "granularity", "plan.granularity-invalid"},
            {"plan: granularity week", "PUT", PLAN, OWNER, plan("\"week\"", "[1,2,3,4]"), 400, "granularity",
                "plan.granularity-invalid"},
            {"plan: granularity upper case", "PUT", PLAN, OWNER, plan("\"QUARTER\"", "[1,2,3,4]"), 400,
                "granularity", "plan.granularity-invalid"},
            {"plan: granularity as array", "PUT", PLAN, OWNER, plan("[\"quarter\"]", "[1,2,3,4]"), 400,
                "granularity", "request.wrong-type"},
            {"plan: values missing", "PUT", PLAN, OWNER, "{\"version\":0,\"granularity\":\"quarter\"}", 400,
                "values", "plan.values-count"},
            {"plan: three values for four quarters", "PUT", PLAN, OWNER, plan(q, "[1,2,3]"), 400, "values",
                "plan.values-count"},
            {"plan: five values", "PUT", PLAN, OWNER, plan(q, "[1,2,3,4,5]"), 400, "values", "plan.values-count"},
            {"plan: four values for twelve months", "PUT", PLAN, OWNER, plan("\"month\"", "[1,2,3,4]"), 400,
                "values", "plan.values-count"},
            {"plan: null value", "PUT", PLAN, OWNER, plan(q, "[1,2,null,4]"), 400, "values[2]",
                "plan.value-required"},
            {"plan: NaN", "PUT", PLAN, OWNER, plan(q, "[1,2,NaN,4]"), 400, "values[2]", "request.malformed"},
            {"plan: Infinity", "PUT", PLAN, OWNER, plan(q, "[1,2,Infinity,4]"), 400, "values[2]", "request.malformed"},
            {"plan: value as text", "PUT", PLAN, OWNER, plan(q, "[1,2,\"3\",4]"), 400, "values[2]",
                "request.wrong-type"},
            {"plan: huge value", "PUT", PLAN, OWNER, plan(q, "[1,2,1e16,4]"), 400, "values[2]", "amount.too-large"},
            {"plan: huge negative value", "PUT", PLAN, OWNER, plan(q, "[1,2,-1e400,4]"), 400, "values[2]",
                "amount.too-large"},
            {"plan: seven decimals", "PUT", PLAN, OWNER, plan(q, "[1,2,0.1234567,4]"), 400, "values[2]",
                "amount.too-many-decimals"},
            {"plan: values as object", "PUT", PLAN, OWNER, plan(q, "{\"q1\":1}"), 400, "values",
                "request.wrong-type"},
            {"plan: unknown key result", "PUT", "/key-results/999999/plan", OWNER, plan(q, "[1,2,3,4]"), 404, "id",
                "key-result.not-found"},
            {"plan: id not a number", "PUT", "/key-results/abc/plan", OWNER, plan(q, "[1,2,3,4]"), 404, "id",
                "key-result.not-found"},
            {"plan: negative id", "GET", "/key-results/-1/plan", OWNER, null, 404, "id", "key-result.not-found"},
            {"plan: version given where none is", "PUT", PLAN, OWNER, "{\"version\":3,\"granularity\":\"quarter\","
                + "\"values\":[1,2,3,4]}", 409, "version", "version.stale"},
            {"plan: member may not change", "PUT", PLAN, "bob", plan(q, "[1,2,3,4]"), 403, null, "auth.forbidden"},
            // ---- check-ins ----
            {"check-in: value missing", "POST", CHECK_INS, OWNER, "{\"confidence\":5,\"date\":" + day + "}", 400,
                "value", "checkin.value-required"},
            {"check-in: value as text", "POST", CHECK_INS, OWNER, checkIn("\"10\"", "5", day), 400, "value",
                "request.wrong-type"},
            {"check-in: value NaN", "POST", CHECK_INS, OWNER, checkIn("NaN", "5", day), 400, "value",
                "request.malformed"},
            {"check-in: value -Infinity", "POST", CHECK_INS, OWNER, checkIn("-Infinity", "5", day), 400, "value",
                "request.malformed"},
            {"check-in: huge value", "POST", CHECK_INS, OWNER, checkIn("1000000000000001", "5", day), 400, "value",
                "amount.too-large"},
            {"check-in: seven decimals", "POST", CHECK_INS, OWNER, checkIn("0.0000001", "5", day), 400, "value",
                "amount.too-many-decimals"},
            {"check-in: confidence missing", "POST", CHECK_INS, OWNER, "{\"value\":5,\"date\":" + day + "}", 400,
                "confidence", "checkin.confidence-required"},
            {"check-in: confidence 0", "POST", CHECK_INS, OWNER, checkIn("5", "0", day), 400, "confidence",
                "checkin.confidence-out-of-range"},
            {"check-in: confidence 11", "POST", CHECK_INS, OWNER, checkIn("5", "11", day), 400, "confidence",
                "checkin.confidence-out-of-range"},
            {"check-in: confidence -3", "POST", CHECK_INS, OWNER, checkIn("5", "-3", day), 400, "confidence",
                "checkin.confidence-out-of-range"},
            {"check-in: confidence 5.5", "POST", CHECK_INS, OWNER, checkIn("5", "5.5", day), 400, "confidence",
                "request.wrong-type"},
            {"check-in: confidence as text", "POST", CHECK_INS, OWNER, checkIn("5", "\"5\"", day), 400,
                "confidence", "request.wrong-type"},
            {"check-in: confidence as boolean", "POST", CHECK_INS, OWNER, checkIn("5", "true", day), 400,
                "confidence", "request.wrong-type"},
            {"check-in: date missing", "POST", CHECK_INS, OWNER, "{\"value\":5,\"confidence\":5}", 400, "date",
                "checkin.date-required"},
            {"check-in: month 13", "POST", CHECK_INS, OWNER, checkIn("5", "5", "\"" + YEAR + "-13-01\""), 400,
                "date", "date.invalid"},
            {"check-in: date in another format", "POST", CHECK_INS, OWNER, checkIn("5", "5", "\"01/02/2025\""), 400,
                "date", "date.invalid"},
            {"check-in: date as number", "POST", CHECK_INS, OWNER, checkIn("5", "5", "20250201"), 400, "date",
                "request.wrong-type"},
            {"check-in: date in the future", "POST", CHECK_INS, OWNER, checkIn("5", "5", "\"" + TOMORROW + "\""),
                400, "date", "checkin.date-in-future"},
            {"check-in: date before the period", "POST", CHECK_INS, OWNER,
                checkIn("5", "5", "\"" + (YEAR - 1) + "-12-31\""), 400, "date", "checkin.date-outside-period"},
            {"check-in: progress note of 1 MB", "POST", CHECK_INS, OWNER, text("progressNote", MB), 400,
                "progressNote", "text.too-long"},
            {"check-in: problems with NUL", "POST", CHECK_INS, OWNER, text("problems", "a\\u0000b"), 400,
                "problems", "text.character-not-allowed"},
            {"check-in: solutions of 4,001 characters", "POST", CHECK_INS, OWNER, text("solutions", "y".repeat(4001)),
                400, "solutions", "text.too-long"},
            {"check-in: next steps with escape", "POST", CHECK_INS, OWNER, text("nextSteps", "a\\u001bb"), 400,
                "nextSteps", "text.character-not-allowed"},
            {"check-in: author given", "POST", CHECK_INS, OWNER, text("author", "alice"), 400, "author",
                "request.unknown-field"},
            {"check-in: recordedAt given", "POST", CHECK_INS, OWNER, text("recordedAt", "2020-01-01T00:00:00Z"), 400,
                "recordedAt", "request.unknown-field"},
            {"check-in: body is an array", "POST", CHECK_INS, OWNER, "[]", 400, "body", "request.malformed"},
            {"check-in: truncated JSON", "POST", CHECK_INS, OWNER, "{\"value\":5,\"confi", 400, "value",
                "request.malformed"},
            {"check-in: unknown key result", "POST", "/key-results/999999/check-ins", OWNER,
                checkIn("5", "5", day), 404, "id", "key-result.not-found"},
            {"check-in: message in Chinese", "POST", CHECK_INS, OWNER, "{\"confidence\":5,\"date\":" + day + "}",
                400, "value", "checkin.value-required"},
            {"check-ins: limit 0", "GET", CHECK_INS + "?limit=0", "bob", null, 400, "limit", "paging.invalid"},
            {"check-ins: limit 1000", "GET", CHECK_INS + "?limit=1000", "bob", null, 400, "limit", "paging.invalid"},
            {"check-ins: negative offset", "GET", CHECK_INS + "?offset=-1", "bob", null, 400, "offset",
                "paging.invalid"},
            {"check-ins: limit not a number", "GET", CHECK_INS + "?limit=ten", "bob", null, 400, "limit",
                "request.wrong-type"},
            {"check-ins: offset beyond int", "GET", CHECK_INS + "?offset=99999999999", "bob", null, 400, "offset",
                "request.wrong-type"},
            // ---- tracking table ----
            {"table: period missing", "GET", TABLE, "bob", null, 400, "period", "tracking.period-invalid"},
            {"table: quarter 5", "GET", TABLE + "?period=" + YEAR + "-Q5", "bob", null, 400, "period",
                "tracking.period-invalid"},
            {"table: month 13", "GET", TABLE + "?period=" + YEAR + "-13", "bob", null, 400, "period",
                "tracking.period-invalid"},
            {"table: quarter of another year", "GET", TABLE + "?period=" + (YEAR + 1) + "-Q1", "bob", null, 400,
                "period", "tracking.period-invalid"},
            {"table: free text", "GET", TABLE + "?period=last%20quarter", "bob", null, 400, "period",
                "tracking.period-invalid"},
            {"table: unknown goal", "GET", "/goals/999999/tracking?period=" + YEAR + "-Q1", "bob", null, 404, "id",
                "objective.not-found"},
            // ---- reviews ----
            {"review: quarter without year", "GET", "/goals/{goal}/reviews/Q1", "bob", null, 400, "quarter",
                "tracking.period-invalid"},
            {"review: month is no quarter", "GET", "/goals/{goal}/reviews/" + YEAR + "-01", "bob", null, 400,
                "quarter", "tracking.period-invalid"},
            {"review: version missing", "PUT", REVIEW, OWNER, "{\"improvement\":\"x\"}", 400, "version",
                "version.required"},
            {"review: causes of 1 MB", "PUT", REVIEW, OWNER, review("subjectiveCauses", MB), 400, "subjectiveCauses",
                "text.too-long"},
            {"review: control characters", "PUT", REVIEW, OWNER, review("improvement", "a\\u0007b"), 400,
                "improvement", "text.character-not-allowed"},
            {"review: unknown field", "PUT", REVIEW, OWNER, review("verdict", "good"), 400, "verdict",
                "request.unknown-field"},
            {"review: causes as number", "PUT", REVIEW, OWNER, "{\"version\":0,\"objectiveCauses\":5}", 400,
                "objectiveCauses", "request.wrong-type"},
            {"review: quarter of another year", "PUT", "/goals/{goal}/reviews/" + (YEAR + 1) + "-Q1", OWNER,
                "{\"version\":0}", 400, "quarter", "tracking.period-invalid"},
            // ---- adjustments ----
            {"adjust: band has no target", "POST", "/key-results/{band}/adjustments", OWNER,
                proposal("5", "\"r\"", "\"pat\""), 400, null, "adjustment.no-target"},
            {"adjust: approver who is no user", "POST", ADJUST, OWNER, proposal("40", "\"r\"", "\"nobody\""), 400,
                "approverKey", "user.unknown"},
            {"adjust: new target missing", "POST", ADJUST, OWNER, "{\"version\":0,\"reason\":\"r\","
                + "\"approverKey\":\"pat\"}", 400, "newTarget", "adjustment.target-required"},
            {"adjust: same target", "POST", ADJUST, OWNER, proposal("50", "\"r\"", "\"pat\""), 400, "newTarget",
                "adjustment.target-unchanged"},
            {"adjust: new target as text", "POST", ADJUST, OWNER, proposal("\"40\"", "\"r\"", "\"pat\""), 400,
                "newTarget", "request.wrong-type"},
            {"adjust: huge target", "POST", ADJUST, OWNER, proposal("1e20", "\"r\"", "\"pat\""), 400, "newTarget",
                "amount.too-large"},
            {"adjust: reason missing", "POST", ADJUST, OWNER, proposal("40", "null", "\"pat\""), 400, "reason",
                "adjustment.reason-required"},
            {"adjust: reason of 1 MB", "POST", ADJUST, OWNER, proposal("40", "\"" + MB + "\"", "\"pat\""), 400,
                "reason", "text.too-long"},
            {"adjust: approver missing", "POST", ADJUST, OWNER, proposal("40", "\"r\"", "null"), 400, "approverKey",
                "adjustment.approver-required"},
            {"adjust: approving oneself", "POST", ADJUST, OWNER, proposal("40", "\"r\"", "\"zhang\""), 400,
                "approverKey", "adjustment.approver-is-requester"},
            {"adjust: approver key of 1 MB", "POST", ADJUST, OWNER, proposal("40", "\"r\"", "\"" + MB + "\""), 400,
                "approverKey", "adjustment.approver-invalid"},
            {"adjust: version missing", "POST", ADJUST, OWNER, "{\"newTarget\":40,\"reason\":\"r\","
                + "\"approverKey\":\"pat\"}", 400, "version", "version.required"},
            {"adjust: another pending", "POST", "/key-results/{pending}/adjustments", OWNER,
                "{\"version\":1,\"newTarget\":900,\"reason\":\"r\",\"approverKey\":\"pat\"}", 400, null,
                "adjustment.pending-exists"},
            {"decide: approve as text", "POST", DECIDE, "pat", "{\"version\":1,\"approve\":\"yes\"}", 400, "approve",
                "request.wrong-type"},
            {"decide: approve missing", "POST", DECIDE, "pat", "{\"version\":1}", 400, "approve",
                "adjustment.decision-required"},
            {"decide: version missing", "POST", DECIDE, "pat", "{\"approve\":true}", 400, "version",
                "version.required"},
            {"decide: comment with NUL", "POST", DECIDE, "pat", "{\"version\":1,\"approve\":true,\"comment\":"
                + "\"a\\u0000\"}", 400, "comment", "text.character-not-allowed"},
            {"decide: stale version", "POST", DECIDE, "pat", "{\"version\":0,\"approve\":true}", 409, "version",
                "version.stale"},
            {"decide: not the approver", "POST", DECIDE, "alice", "{\"version\":1,\"approve\":true}", 403, null,
                "adjustment.not-approver"},
            {"decide: nothing pending", "POST", "/key-results/{kr}/adjustments/decision", "pat",
                "{\"version\":0,\"approve\":true}", 403, null, "adjustment.not-approver"},
        }).map(TrackingBadInputHttpTest::asCase).toList();
    }

    @Override
    protected void placeholders(Map<String, Object> ids) {
        ids.put("goal", goal.id());
        ids.put("kr", goal.kr(0));
        ids.put("band", goal.kr(1));
        ids.put("pending", goal.kr(2));
    }

    /** A row of the table above (name, method, path below the API, caller, body, status, field, code) as a case. */
    private static Object[] asCase(Object[] row) {
        return new Object[] {row[0], row[1], row[3], API + row[2], row[4], row[5], row[6], row[7]};
    }

    @Test
    public void shouldAnswer4xxNamingTheFieldAndChangeNothingWhenTheInputIsBad() throws Exception {
        assertRefusedAndUnchanged().inChineseWhenCalledBy(user);
    }
}
