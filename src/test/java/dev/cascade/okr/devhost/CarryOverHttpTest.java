package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.AppraisalHttp.BASE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

/**
 * Carry-over over HTTP: closing 2025 turns each goal's unfinished key results into a draft of 2026 (what remains, the
 * appraisal's suggestion attached, aligned to the parent's own draft), finished goals are skipped, and running it
 * again creates nothing; one goal is carried by its owner the same way.
 */
public class CarryOverHttpTest extends DevHostHttpTest {

    private static long goal(String owner, String title, String level, Period period, String keyResults,
            String... actuals) throws Exception {
        long goal = AppraisalHttp.insertMeasuredGoal(HOST, owner, title, period, level, keyResults.split(","));
        List<Long> ids = AppraisalHttp.keyResultIds(HOST, goal);
        for (int i = 0; i < actuals.length; i++) {
            AppraisalHttp.checkIn(HOST, owner, ids.get(i), actuals[i], period.end().minusDays(3).toString());
        }
        return goal;
    }

    private static JsonNode item(JsonNode list, long source) {
        for (JsonNode item : list) {
            if (item.path("sourceId").asLong() == source) {
                return item;
            }
        }
        throw new AssertionError("goal " + source + " not in " + list);
    }

    @Test
    public void shouldCarryUnfinishedGoalsIntoDraftsOnceWhenAPeriodIsCarriedOver() throws Exception {
        AppraisalHttp.setManagers(HOST, "bob", "zhang");
        GoalStore goals = HOST.server().plugin().bean(GoalStore.class);
        AlignmentStore alignments = HOST.server().plugin().bean(AlignmentStore.class);
        Period y2025 = Period.year(2025);
        long parent = goal("zhang", "Sales grows", "department", y2025, "Revenue:100:20000", "15000");
        long child = goal("bob", "Sign customers", "individual", y2025, "New customers:60:50,Revenue:40:20000",
                "48", "23000");
        long finished = goal("bob", "Finish training", "individual", y2025, "Courses:100:10", "10");
        alignments.align(new Alignment(new ObjectiveId(child), new ObjectiveId(parent), Weight.ofPercent(50)), "alice",
                Instant.now());
        long appraisal = ok(HOST.postJson(BASE + "/appraisals", "zhang", "{\"objectiveId\":" + child + "}"), 201)
                .path("id").asLong();
        ok(HOST.postJson(BASE + "/appraisals/" + appraisal + "/self-assessment", "bob", "{\"version\":1,\"score\":4}"),
                200);
        ok(HOST.postJson(BASE + "/appraisals/" + appraisal + "/manager-assessment", "zhang",
                "{\"version\":2,\"processScore\":4,\"suggestion\":\"One more visit a week\"}"), 200);

        JsonNode run = ok(HOST.postJson(BASE + "/carry-over", "alice",
                "{\"period\":\"2025\",\"toPeriod\":\"2026\"}"), 200);

        assertEquals("2026-01-01", run.path("toPeriodStart").asText());
        assertEquals(2, run.path("created").size());
        assertEquals(parent, run.path("created").path(0).path("sourceId").asLong());
        long parentDraft = item(run.path("created"), parent).path("draftId").asLong();
        JsonNode carried = item(run.path("created"), child);
        assertEquals("created", carried.path("result").asText());
        assertEquals("One more visit a week", carried.path("suggestion").asText());
        assertEquals(parentDraft, carried.path("alignedTo").asLong());
        assertEquals(1, carried.path("keyResults").size());
        assertEquals("New customers", carried.path("keyResults").path(0).path("title").asText());
        assertEquals("100", carried.path("keyResults").path(0).path("weight").decimalValue().stripTrailingZeros()
                .toPlainString());
        assertEquals("2", carried.path("keyResults").path(0).path("remaining").decimalValue().toPlainString());
        assertEquals("finished", item(run.path("skipped"), finished).path("result").asText());

        long draftId = carried.path("draftId").asLong();
        StoredObjective draft = goals.goal(new ObjectiveId(draftId)).orElseThrow();
        assertEquals(Lifecycle.DRAFT, draft.objective().lifecycle());
        assertEquals(Period.year(2026), draft.objective().period());
        assertEquals("bob", draft.objective().owner().key());
        assertEquals("Sign customers", draft.objective().title());
        MetricMeasure remaining = (MetricMeasure) draft.objective().keyResults().get(0).measure();
        assertEquals(new BigDecimal("48"), remaining.start());
        assertEquals(new BigDecimal("50"), remaining.target());

        String before = HOST.dumpDatabase();
        JsonNode again = ok(HOST.postJson(BASE + "/carry-over", "alice",
                "{\"period\":\"2025\",\"toPeriod\":\"2026\"}"), 200);
        assertEquals(0, again.path("created").size());
        assertEquals("already-carried", item(again.path("skipped"), child).path("result").asText());
        assertEquals(draftId, item(again.path("skipped"), child).path("draftId").asLong());
        assertEquals(before, HOST.dumpDatabase());

        JsonNode origin = ok(HOST.get(BASE + "/goals/" + draftId + "/carried-from", "bob"), 200);
        assertEquals(child, origin.path("sourceId").asLong());
        assertEquals("One more visit a week", origin.path("suggestion").asText());
        assertEquals("alice", origin.path("createdBy").asText());
        assertEquals(404, HOST.get(BASE + "/goals/" + draftId + "/carried-from", "pat").statusCode());
        assertEquals(404, HOST.get(BASE + "/goals/" + child + "/carried-from", "bob").statusCode());
    }

    @Test
    public void shouldLetTheOwnerCarryOneGoalOnceAndRefuseABackwardPeriod() throws Exception {
        long goal = goal("bob", "Call prospects", "individual", Period.year(2024), "Calls:100:100", "40");
        String carry = BASE + "/goals/" + goal + "/carry-over";

        JsonNode created = ok(HOST.postJson(carry, "bob", "{\"toPeriod\":\"2025-Q1\"}"), 201);

        assertEquals("created", created.path("result").asText());
        assertEquals("60", created.path("keyResults").path(0).path("remaining").decimalValue().toPlainString());
        assertTrue(created.path("suggestion").isNull());
        JsonNode again = ok(HOST.postJson(carry, "bob", "{\"toPeriod\":\"2025-Q1\"}"), 200);
        assertEquals("already-carried", again.path("result").asText());
        assertEquals(created.path("draftId").asLong(), again.path("draftId").asLong());
        JsonNode backwards = ok(HOST.postJson(carry, "bob", "{\"toPeriod\":\"2024-Q4\"}"), 400);
        assertEquals("toPeriod", backwards.path("errors").path(0).path("field").asText());
        assertEquals("carry-over.period-not-after", backwards.path("errors").path(0).path("code").asText());
    }

    @Test
    public void shouldCarryUnfinishedGoalsIntoDraftsWhenClosingAPeriodAndThenFreezeTheSources() throws Exception {
        long unfinished = goal("bob", "Visit key accounts", "individual", Period.year(2023), "Visits:50:50", "30");
        long finished = goal("bob", "Answer every ticket", "individual", Period.year(2023), "Tickets:10:10", "10");
        String close = BASE + "/periods/2023/close?carryOverTo=2024";

        JsonNode refused = ok(HOST.postJson(close, "bob", "{}"), 403);
        assertEquals(1, refused.path("errors").size());
        JsonNode closed = ok(HOST.postJson(close, "alice", "{}"), 200);

        JsonNode carried = closed.path("carriedOver");
        JsonNode draft = item(carried.path("created"), unfinished);
        assertEquals("created", draft.path("result").asText());
        assertEquals("20", draft.path("keyResults").path(0).path("remaining").decimalValue().toPlainString());
        assertEquals("finished", item(carried.path("skipped"), finished).path("result").asText());
        JsonNode closedIds = closed.path("closed");
        assertTrue(closedIds.toString(), closedIds.toString().contains(String.valueOf(unfinished))
                && closedIds.toString().contains(String.valueOf(finished)));
        JsonNode draftGoal = ok(HOST.get(BASE + "/goals/" + draft.path("draftId").asLong(), "bob"), 200);
        assertEquals("draft", draftGoal.path("lifecycle").asText());
        assertEquals("2024", draftGoal.path("period").path("value").asText());
        assertEquals("closed", ok(HOST.get(BASE + "/goals/" + unfinished, "bob"), 200).path("lifecycle").asText());

        JsonNode again = ok(HOST.postJson(close, "alice", "{}"), 200);
        assertEquals(0, again.path("closed").size());
        assertEquals(0, again.path("carriedOver").path("created").size());
        assertEquals("already-carried", item(again.path("carriedOver").path("skipped"), unfinished)
                .path("result").asText());
        JsonNode plain = ok(HOST.postJson(BASE + "/periods/2023/close", "alice", "{}"), 200);
        assertTrue(plain.path("carriedOver").isNull());
    }
}
