package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.AppraisalHttp.BASE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.appraisal.Achievements;
import dev.cascade.okr.core.appraisal.AppraisalScheme;
import dev.cascade.okr.core.appraisal.AppraisalWorkflow;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.AppraisalStore;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

/**
 * The appraisal's figures from their evidence, over HTTP: a goal's achievement rate derived from its key results'
 * check-ins (PRODUCT.md's 48 of 50 and 23,000 of 20,000), a manager's override only with its reason named in the
 * composite, a person's composite over their goals with the default equal weights, and a department's grade
 * distribution with the scheme's warning. Each test uses its own period, so they do not see each other's goals.
 */
public class AppraisalEvidenceHttpTest extends DevHostHttpTest {

    /** bob's goal in {@code year} with key results given as "title:weight:target" and one check-in value each. */
    private static long measuredGoal(int year, String title, String[] keyResults, String... actuals)
            throws Exception {
        long goal = AppraisalHttp.insertMeasuredGoal(HOST, "bob", title, Period.year(year), "individual",
                keyResults);
        List<Long> ids = AppraisalHttp.keyResultIds(HOST, goal);
        for (int i = 0; i < actuals.length; i++) {
            AppraisalHttp.checkIn(HOST, "bob", ids.get(i), actuals[i], year + "-12-20");
        }
        return goal;
    }

    /** Starts and self-assesses the appraisal of the goal; its id (at version 2). */
    private static long selfAssessed(long goal) throws Exception {
        long id = ok(HOST.postJson(BASE + "/appraisals", "zhang", "{\"objectiveId\":" + goal + "}"), 201)
                .path("id").asLong();
        ok(HOST.postJson(BASE + "/appraisals/" + id + "/self-assessment", "bob", "{\"version\":1,\"score\":4}"), 200);
        return id;
    }

    @Test
    public void shouldDeriveTheRateFromTheKeyResultsAndNameAnOverrideWithItsReason() throws Exception {
        AppraisalHttp.setManagers(HOST, "bob", "zhang");
        long goal = measuredGoal(2024, "Customers and revenue",
                new String[] {"New customers:50:50", "Revenue:50:20000"}, "48", "23000");

        JsonNode achievement = ok(HOST.get(BASE + "/goals/" + goal + "/achievement", "bob"), 200);

        assertEquals(1.055, achievement.path("rate").asDouble(), 0.0);
        assertTrue(achievement.path("complete").asBoolean());
        JsonNode customers = achievement.path("keyResults").path(0);
        assertEquals("metric-increase", customers.path("basis").asText());
        assertEquals("48", customers.path("actual").decimalValue().toPlainString());
        assertEquals("50", customers.path("target").decimalValue().toPlainString());
        assertEquals(0.96, customers.path("rate").asDouble(), 0.0);
        assertEquals("48 \u00f7 50 = 96.0%", customers.path("explanation").asText());
        assertEquals("23000 \u00f7 20000 = 115.0%", achievement.path("keyResults").path(1).path("explanation")
                .asText());
        assertEquals("50% \u00d7 96.0% + 50% \u00d7 115.0% = 105.5%", achievement.path("explanation").asText());
        assertTrue(achievement.path("text").asText().contains("105.5%"));
        assertEquals(404, HOST.get(BASE + "/goals/" + goal + "/achievement", "pat").statusCode());

        long id = selfAssessed(goal);
        String assess = BASE + "/appraisals/" + id + "/manager-assessment";
        JsonNode overridden = ok(HOST.postJson(assess, "zhang", "{\"version\":2,\"processScore\":4,"
                + "\"achievementRate\":0.9,\"reason\":\"Two deals were booked twice\"}"), 200);
        JsonNode composite = overridden.path("composite");
        assertEquals(0.9, composite.path("override").path("rate").asDouble(), 0.0);
        assertEquals(1.055, composite.path("override").path("computedRate").asDouble(), 0.0);
        assertEquals("Two deals were booked twice", composite.path("override").path("reason").asText());
        assertEquals("70% \u00d7 min(90.0%, 100%) + 30% \u00d7 (4 \u00d7 20) = 63.00 + 24.00 = 87.0",
                composite.path("explanation").asText());
        assertTrue(composite.path("text").asText(), composite.path("text").asText()
                .contains("Two deals were booked twice"));
        assertTrue(composite.path("text").asText().contains("105.5%"));
        assertEquals(2, overridden.path("managerAssessment").path("achievement").path("keyResults").size());

        JsonNode computed = ok(HOST.postJson(assess, "zhang", "{\"version\":3,\"processScore\":4}"), 200);
        assertTrue(computed.path("composite").path("override").isNull());
        assertEquals("70% \u00d7 min(105.5%, 100%) + 30% \u00d7 (4 \u00d7 20) = 70.00 + 24.00 = 94.0",
                computed.path("composite").path("explanation").asText());
        assertEquals("good", computed.path("composite").path("grade").asText());
    }

    @Test
    public void shouldServeAPersonsCompositeWithEqualWeightsByDefaultAndCompleteItWhenEveryGoalIsAssessed()
            throws Exception {
        AppraisalHttp.setManagers(HOST, "bob", "zhang");
        long customers = measuredGoal(2022, "Sign customers", new String[] {"New customers:100:50"}, "48");
        long revenue = measuredGoal(2022, "Grow revenue", new String[] {"Revenue:100:20000"}, "23000");
        long first = selfAssessed(customers);
        ok(HOST.postJson(BASE + "/appraisals/" + first + "/manager-assessment", "zhang",
                "{\"version\":2,\"processScore\":4}"), 200);

        JsonNode person = ok(HOST.get(BASE + "/people/bob/appraisal?period=2022", "zhang"), 200);

        assertEquals("bob", person.path("person").asText());
        assertEquals("equal-missing", person.path("weightSource").asText());
        assertEquals("100", person.path("typeWeights").path("result").decimalValue().stripTrailingZeros()
                .toPlainString());
        assertEquals(2, person.path("goals").size());
        assertEquals("91.2", person.path("goals").path(0).path("composite").path("score").decimalValue()
                .toPlainString());
        assertEquals(1.15, person.path("goals").path(1).path("composite").path("achievementRate").asDouble(), 0.0);
        assertFalse(person.path("complete").asBoolean());
        assertEquals(revenue, person.path("incompleteGoals").path(0).asLong());
        assertEquals("50% \u00d7 91.2 + 50% \u00d7 ? = 45.60 + ? = ?", person.path("explanation").asText());
        assertTrue(person.path("text").asText(), person.path("text").asText().contains("Grow revenue"));

        long second = selfAssessed(revenue);
        ok(HOST.postJson(BASE + "/appraisals/" + second + "/manager-assessment", "zhang",
                "{\"version\":2,\"processScore\":5}"), 200);
        person = ok(HOST.get(BASE + "/people/bob/appraisal?period=2022", "bob"), 200);
        assertTrue(person.path("complete").asBoolean());
        assertEquals("50% \u00d7 91.2 + 50% \u00d7 100.0 = 45.60 + 50.00 = 95.6", person.path("explanation").asText());
        assertEquals("95.6", person.path("score").decimalValue().toPlainString());
        assertEquals("excellent", person.path("grade").asText());

        JsonNode quarter = ok(HOST.get(BASE + "/people/bob/appraisal?period=2022-Q1", "bob"), 200);
        assertEquals(0, quarter.path("goals").size());
        assertTrue(quarter.path("score").isNull());
        assertEquals(404, HOST.get(BASE + "/people/bob/appraisal?period=2022", "pat").statusCode());
    }

    @Test
    public void shouldWeighGoalsByTheirWeightsInThePersonsSetAndSumThemPerTypeWhenEveryGoalHasOne()
            throws Exception {
        AppraisalHttp.setManagers(HOST, "bob", "zhang");
        long result = AppraisalHttp.insertMeasuredGoal(HOST, "bob", "Sign customers", Period.year(2021),
                "individual", GoalType.RESULT, 70, "New customers:100:50");
        long process = AppraisalHttp.insertMeasuredGoal(HOST, "bob", "Visit every key account", Period.year(2021),
                "individual", GoalType.PROCESS, 30, "Visits:100:40");
        AppraisalHttp.checkIn(HOST, "bob", AppraisalHttp.keyResultIds(HOST, result).get(0), "48", "2021-12-20");
        AppraisalHttp.checkIn(HOST, "bob", AppraisalHttp.keyResultIds(HOST, process).get(0), "40", "2021-12-20");
        for (long goal : new long[] {result, process}) {
            ok(HOST.postJson(BASE + "/appraisals/" + selfAssessed(goal) + "/manager-assessment", "zhang",
                    "{\"version\":2,\"processScore\":4}"), 200);
        }

        JsonNode person = ok(HOST.get(BASE + "/people/bob/appraisal?period=2021", "alice"), 200);

        assertEquals("given", person.path("weightSource").asText());
        assertEquals("70", person.path("typeWeights").path("result").decimalValue().stripTrailingZeros()
                .toPlainString());
        assertEquals("30", person.path("typeWeights").path("process").decimalValue().stripTrailingZeros()
                .toPlainString());
        assertEquals("0", person.path("typeWeights").path("development").decimalValue().stripTrailingZeros()
                .toPlainString());
        assertEquals("70", person.path("goals").path(0).path("givenWeight").decimalValue().stripTrailingZeros()
                .toPlainString());
        // 91.2 and 70% × 100% + 24 = 94.0
        assertEquals("70% \u00d7 91.2 + 30% \u00d7 94.0 = 63.84 + 28.20 = 92.04 \u2248 92.0",
                person.path("explanation").asText());
        assertEquals("good", person.path("grade").asText());
    }

    @Test
    public void shouldCountGradesAndWarnAboveTheGuidanceWithoutRefusingWhenAProjectsDistributionIsRead()
            throws Exception {
        AppraisalHttp.setManagers(HOST, "bob", "zhang");
        AppraisalStore store = HOST.server().plugin().bean(AppraisalStore.class);
        String[][] people = {{"alice", "zhang", "50"}, {"bob", "zhang", "50"}, {"carol", "zhang", "50"},
            {"pat", "zhang", "48"}, {"zhang", "alice", "48"}};
        for (String[] person : people) {
            long goal = AppraisalHttp.insertMeasuredGoal(HOST, person[0], "Goal of " + person[0], Period.year(2023),
                    "individual", "Customers:100:50");
            UserRef appraisee = new UserRef(person[0]);
            UserRef manager = new UserRef(person[1]);
            Instant at = Instant.parse("2023-12-28T09:00:00Z");
            boolean excellent = person[2].equals("50");
            AppraisalWorkflow assessed = AppraisalWorkflow.start(appraisee, manager, AppraisalScheme.defaults())
                    .value().selfAssess(appraisee, 4, "", at).value()
                    .managerAssess(manager, Achievements.of(person[2], "50"), null, null, excellent ? 5 : 4, "", "",
                            at).value();
            store.create(new ObjectiveId(goal), Period.year(2023), assessed);
        }

        JsonNode all = ok(HOST.get(BASE + "/appraisals/distribution?project=CASC&period=2023", "alice"), 200);

        assertEquals("CASC", all.path("project").asText());
        assertEquals("everyone", all.path("counted").asText());
        assertEquals(5, all.path("graded").asInt());
        JsonNode excellent = all.path("grades").path(0);
        assertEquals("excellent", excellent.path("grade").asText());
        assertEquals(3, excellent.path("count").asInt());
        assertEquals("60.0", excellent.path("share").decimalValue().toPlainString());
        assertEquals("20", excellent.path("maxShare").decimalValue().stripTrailingZeros().toPlainString());
        assertEquals(2, all.path("grades").path(1).path("count").asInt());
        assertEquals(1, all.path("warnings").size());
        assertEquals("appraisal.distribution-exceeds-guidance", all.path("warnings").path(0).path("code").asText());
        assertTrue(all.path("warnings").path(0).path("message").asText().contains("60.0"));
        assertEquals(5, ok(HOST.get(BASE + "/appraisals/distribution?period=2023", "alice"), 200).path("graded")
                .asInt());

        JsonNode managed = ok(HOST.get(BASE + "/appraisals/distribution?project=CASC&period=2023", "zhang"), 200);
        assertEquals("people-you-may-appraise", managed.path("counted").asText());
        assertEquals(2, managed.path("graded").asInt());
        assertEquals(0, managed.path("warnings").size());
        assertEquals(403, HOST.get(BASE + "/appraisals/distribution?project=CASC&period=2023", "bob").statusCode());
    }

    @Test
    public void shouldShowTheAssessedEvidenceInTheAppraisalTableSoItsRateIsItsOwnActualOverTarget() throws Exception {
        AppraisalHttp.setManagers(HOST, "bob", "zhang");
        long goal = measuredGoal(2019, "Sign customers in 2019", new String[] {"New customers:100:50"}, "48");
        long appraisal = selfAssessed(goal);
        ok(HOST.postJson(BASE + "/appraisals/" + appraisal + "/manager-assessment", "zhang",
                "{\"version\":2,\"processScore\":4}"), 200);
        AppraisalHttp.checkIn(HOST, "bob", AppraisalHttp.keyResultIds(HOST, goal).get(0), "52", "2019-12-30");

        JsonNode table = ok(HOST.get(BASE + "/tables/appraisal?period=2019&project=CASC", "zhang"), 200);

        JsonNode row = null;
        for (JsonNode candidate : table.path("rows")) {
            if (candidate.path("goalId").asLong() == goal) {
                row = candidate.path("values");
            }
        }
        assertTrue(table.toString(), row != null);
        assertEquals(row.toString(), "50", row.path("target").path(0).decimalValue().toPlainString());
        assertEquals(row.toString(), "48", row.path("actual").path(0).decimalValue().toPlainString());
        assertEquals(row.toString(), "96.0", row.path("achievementRate").decimalValue().toPlainString());
    }
}
