package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.AppraisalHttp.BASE;
import static dev.cascade.okr.devhost.AppraisalHttp.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.Period;
import java.net.http.HttpResponse;
import org.junit.Test;

/**
 * The appraisal API over HTTP, every step in order: managers recorded, the goal confirmed by both sides (with an
 * objection on the way), the appraisal started, self-assessed, assessed (PRODUCT.md's 甲: 48 of 50 = 96%, process 4 →
 * 91.2, Good, with the core's explanation), signed off, appealed and revised; and a stale step answered 409.
 */
public class AppraisalHttpTest extends DevHostHttpTest {

    private static String post(String path, String user, String body) throws Exception {
        return HOST.postJson(BASE + path, user, body).body();
    }

    @Test
    public void shouldTakeAGoalFromConfirmationToAResolvedAppealWhenEveryStepIsTakenByItsParty() throws Exception {
        long version = ok(HOST.get(BASE + "/people/bob/managers", "alice"), 200).path("version").asLong();
        JsonNode managers = ok(AppraisalHttp.putJson(HOST, BASE + "/people/bob/managers", "alice",
                "{\"managers\":[\"zhang\"],\"version\":" + version + "}"), 200);
        assertEquals(version + 1, managers.path("version").asLong());
        assertEquals("zhang", managers.path("managers").path(0).asText());
        assertEquals("zhang", ok(HOST.get(BASE + "/people/bob/managers", "bob"), 200)
                .path("managers").path(0).asText());
        long goal = AppraisalHttp.insertMeasuredGoal(HOST, "bob", "Sign 50 customers", Period.year(2026),
                "individual", "New customers:100:50");
        AppraisalHttp.checkIn(HOST, "bob", AppraisalHttp.keyResultIds(HOST, goal).get(0), "48", "2026-11-30");
        String confirmation = "/goals/" + goal + "/confirmation";

        JsonNode c = ok(HOST.get(BASE + confirmation, "bob"), 200);
        assertEquals(0, c.path("version").asLong());
        assertEquals("zhang", c.path("manager").asText());
        c = ok(HOST.postJson(BASE + confirmation + "/confirm", "bob", "{\"version\":0}"), 200);
        assertEquals(1, c.path("version").asLong());
        c = ok(HOST.postJson(BASE + confirmation + "/object", "zhang",
                "{\"version\":1,\"reason\":\"50 is too few\"}"), 200);
        assertTrue(c.path("ownerConfirmation").isNull());
        assertTrue(c.path("objections").path(0).path("open").asBoolean());
        c = ok(HOST.postJson(BASE + confirmation + "/resolve", "bob",
                "{\"version\":2,\"objection\":0,\"resolution\":\"Kept at 50: two reps left\"}"), 200);
        assertFalse(c.path("objections").path(0).path("open").asBoolean());
        ok(HOST.postJson(BASE + confirmation + "/confirm", "bob", "{\"version\":3}"), 200);
        c = ok(HOST.postJson(BASE + confirmation + "/confirm", "zhang", "{\"version\":4}"), 200);
        assertTrue(c.path("confirmed").asBoolean());
        assertEquals(5, c.path("version").asLong());

        JsonNode a = ok(HOST.postJson(BASE + "/appraisals", "zhang", "{\"objectiveId\":" + goal + "}"), 201);
        long id = a.path("id").asLong();
        assertEquals("not-started", a.path("state").asText());
        assertEquals("bob", a.path("appraisee").asText());
        assertEquals("zhang", a.path("manager").asText());
        String appraisal = BASE + "/appraisals/" + id;
        a = ok(HOST.postJson(appraisal + "/self-assessment", "bob",
                "{\"version\":1,\"score\":4,\"comment\":\"Closed 48\"}"), 200);
        assertEquals("self-assessed", a.path("state").asText());
        assertEquals(4, a.path("selfAssessment").path("score").asInt());
        a = ok(HOST.postJson(appraisal + "/manager-assessment", "zhang", "{\"version\":2,"
                + "\"processScore\":4,\"comment\":\"Solid\",\"suggestion\":\"Plan earlier\"}"), 200);
        assertEquals("manager-assessed", a.path("state").asText());
        JsonNode achievement = a.path("managerAssessment").path("achievement");
        assertEquals(0.96, achievement.path("rate").asDouble(), 0.0);
        assertEquals("48 \u00f7 50 = 96.0%", achievement.path("keyResults").path(0).path("explanation").asText());
        assertTrue(a.path("composite").path("override").isNull());
        assertEquals("91.2", a.path("composite").path("score").decimalValue().toPlainString());
        assertEquals("good", a.path("composite").path("grade").asText());
        assertEquals("70% \u00d7 min(96.0%, 100%) + 30% \u00d7 (4 \u00d7 20) = 67.20 + 24.00 = 91.2",
                a.path("composite").path("explanation").asText());
        a = ok(HOST.postJson(appraisal + "/sign-off", "bob", "{\"version\":3}"), 200);
        assertEquals("signed-off", a.path("state").asText());
        assertFalse(a.path("appealDeadline").isNull());
        a = ok(HOST.postJson(appraisal + "/appeal", "bob", "{\"version\":4,\"reason\":\"Process was a 5\"}"), 200);
        assertEquals("appealed", a.path("state").asText());
        a = ok(HOST.postJson(appraisal + "/appeal-resolution", "alice",
                "{\"version\":5,\"outcome\":\"revised\",\"processScore\":5,\"comment\":\"Evidence shown\"}"), 200);
        assertEquals("appeal-resolved", a.path("state").asText());
        assertEquals("revised", a.path("appealResolution").path("outcome").asText());
        assertEquals("97.2", a.path("composite").path("score").decimalValue().toPlainString());
        assertEquals("excellent", a.path("composite").path("grade").asText());
        assertEquals(5, a.path("history").size());

        JsonNode read = ok(HOST.get(appraisal, "zhang"), 200);
        assertEquals(6, read.path("version").asLong());
        JsonNode list = ok(HOST.get(BASE + "/appraisals?person=bob", "bob"), 200);
        assertEquals(1, list.size());
        assertEquals(id, list.path(0).path("id").asLong());
    }

    @Test
    public void shouldAnswerTheConfirmationStateNoManagerWhenTheOwnerHasNoManager() throws Exception {
        long goal = AppraisalHttp.insertGoal(HOST, "pat", "Goal of someone without a manager");
        String confirmation = BASE + "/goals/" + goal + "/confirmation";

        JsonNode state = ok(HOST.get(confirmation, "pat"), 200);

        assertEquals("no-manager", state.path("state").asText());
        assertEquals("pat", state.path("owner").asText());
        assertTrue(state.path("manager").isNull());
        assertFalse(state.path("confirmed").asBoolean());
        assertEquals(0, state.path("version").asLong());
        assertEquals("no-manager", ok(HOST.get(confirmation, "alice"), 200).path("state").asText());
        String before = HOST.dumpDatabase();
        JsonNode refused = ok(HOST.postJson(confirmation + "/confirm", "pat", "{\"version\":0}"), 400);
        assertEquals("appraisal.no-manager", refused.path("errors").path(0).path("code").asText());
        assertEquals(before, HOST.dumpDatabase());
    }

    @Test
    public void shouldAnswerConflictWithCurrentAndChangeNothingWhenVersionIsStale() throws Exception {
        AppraisalHttp.setManagers(HOST, "bob", "zhang");
        long goal = AppraisalHttp.insertGoal(HOST, "bob", "Stale goal");
        long id = json(HOST.postJson(BASE + "/appraisals", "alice", "{\"objectiveId\":" + goal + "}"))
                .path("id").asLong();
        ok(HOST.postJson(BASE + "/appraisals/" + id + "/self-assessment", "bob", "{\"version\":1,\"score\":3}"), 200);
        String before = HOST.dumpDatabase();

        HttpResponse<String> stale = HOST.postJson(BASE + "/appraisals/" + id + "/self-assessment", "bob",
                "{\"version\":1,\"score\":5}");

        JsonNode body = ok(stale, 409);
        assertEquals("version.stale", body.path("errors").path(0).path("code").asText());
        assertEquals(2, body.path("current").path("version").asLong());
        assertEquals(3, body.path("current").path("selfAssessment").path("score").asInt());
        assertEquals(before, HOST.dumpDatabase());

        String confirmation = BASE + "/goals/" + goal + "/confirmation";
        ok(HOST.postJson(confirmation + "/confirm", "bob", "{\"version\":0}"), 200);
        String beforeConfirm = HOST.dumpDatabase();
        JsonNode staleConfirm = ok(HOST.postJson(confirmation + "/confirm", "zhang", "{\"version\":0}"), 409);
        assertEquals(1, staleConfirm.path("current").path("version").asLong());
        assertEquals(beforeConfirm, HOST.dumpDatabase());
    }
}
