package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;
import static dev.cascade.okr.devhost.GoalsHttp.JSON;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.PeopleStore;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/**
 * The seed tables' columns over HTTP on the dev host's sample cascade: the new goal fields, a person's role and a
 * task's progress written and read back, and one read per seed table with exactly its columns in the seed's order,
 * in English and (for zhang) Chinese, holding only what the caller may see.
 */
public class SeedTablesHttpTest extends SampleCascadeHttpBase {

    private static final String TABLES = "/rest/cascade/1.0/tables/";

    // ---- the new fields ----------------------------------------------------------------------------------------

    @Test
    public void shouldReadBackCategoryDepartmentsSupportAndWeightWhenCreatedAndUpdated() throws Exception {
        JsonNode created = http.create("bob", individual("bob", "2026-H1", "60", "members")
                .replace("\"type\":\"result\"", "\"type\":\"result\",\"category\":\"learning-growth\","
                        + "\"departments\":[{\"project\":\"CASC\"},{\"group\":\"Engineering\"}],"
                        + "\"supportNeeded\":\"Product training\\nkey-account list\""));

        assertEquals("learning-growth", created.path("category").asText());
        assertEquals("CASC", created.path("departments").path(0).path("project").asText());
        assertEquals("Engineering", created.path("departments").path(1).path("group").asText());
        assertEquals("Product training\nkey-account list", created.path("supportNeeded").asText());
        assertEquals(60.0, created.path("weight").asDouble(), 0.0);
        assertEquals("a draft whose set weighs 60% is warned, not refused", "goal-weights.not-100",
                created.path("warnings").path(0).path("code").asText());
        long id = created.path("id").asLong();
        JsonNode read = JSON.readTree(HOST.get(GOALS + "/" + id, "bob").body());
        assertEquals("learning-growth", read.path("category").asText());
        assertEquals(2, read.path("departments").size());

        HttpResponse<String> updated = http.put(GOALS + "/" + id, "bob", "{\"version\":1,\"title\":\"New customers "
                + "+25%\",\"level\":\"individual\",\"period\":{\"value\":\"2026-H1\"},\"unit\":{\"project\":"
                + "\"CASC\"},\"type\":\"process\",\"category\":\"customer\",\"weight\":100}");

        assertEquals(updated.body(), 200, updated.statusCode());
        read = JSON.readTree(HOST.get(GOALS + "/" + id, "bob").body());
        assertEquals("customer", read.path("category").asText());
        assertEquals(0, read.path("departments").size());
        assertTrue(read.path("supportNeeded").isNull());
        assertEquals(100.0, read.path("weight").asDouble(), 0.0);
        assertEquals("process", read.path("type").asText());
        assertEquals(0, JSON.readTree(updated.body()).path("warnings").size());
    }

    @Test
    public void shouldConfirmAPersonsGoalOnlyWhenTheirWeightsSumTo100() throws Exception {
        long first = http.create("bob", individual("bob", "2026-Q3", "70", "members")).path("id").asLong();
        String lifecycle = GOALS + "/" + first + "/lifecycle";

        HttpResponse<String> refused = HOST.postJson(lifecycle, "bob", "{\"to\":\"confirmed\",\"version\":1}");

        assertEquals(refused.body(), 400, refused.statusCode());
        JsonNode error = JSON.readTree(refused.body()).path("errors").path(0);
        assertEquals("goal-weights.not-100", error.path("code").asText());
        assertEquals("weight", error.path("field").asText());
        assertTrue(error.path("message").asText(), error.path("message").asText().contains("70.00%"));
        http.create("bob", individual("bob", "2026-Q3", "30", "members").replace("\"type\":\"result\"",
                "\"type\":\"development\""));
        HttpResponse<String> confirmed = HOST.postJson(lifecycle, "bob", "{\"to\":\"confirmed\",\"version\":1}");
        assertEquals(confirmed.body(), 200, confirmed.statusCode());
    }

    @Test
    public void shouldListTheAllowedCategoriesWhenTheCategoryIsUnknown() throws Exception {
        HttpResponse<String> response = HOST.postJson(GOALS, "bob", individual("bob", "2026", "10", "members")
                .replace("\"type\":\"result\"", "\"type\":\"result\",\"category\":\"visionary\""));

        assertEquals(400, response.statusCode());
        String message = JSON.readTree(response.body()).path("errors").path(0).path("message").asText();
        assertTrue(message, message.contains("strategic, operational, financial, customer, process, "
                + "learning-growth"));
    }

    @Test
    public void shouldVersionARoleWhenAnAdministratorSetsIt() throws Exception {
        String role = "/rest/cascade/1.0/people/pat/role";
        JsonNode before = JSON.readTree(HOST.get(role, "alice").body());
        assertEquals(0, before.path("version").asLong());
        assertTrue(before.path("role").isNull());

        HttpResponse<String> put = AppraisalHttp.putJson(HOST, role, "alice", "{\"role\":\"Sales representative\","
                + "\"version\":0}");
        HttpResponse<String> stale = AppraisalHttp.putJson(HOST, role, "alice", "{\"role\":\"x\",\"version\":0}");

        assertEquals(put.body(), 200, put.statusCode());
        assertEquals(1, JSON.readTree(put.body()).path("version").asLong());
        assertEquals("Sales representative", JSON.readTree(HOST.get(role, "pat").body()).path("role").asText());
        assertEquals(409, stale.statusCode());
        assertEquals("Sales representative", JSON.readTree(stale.body()).path("current").path("role").asText());
        assertEquals("someone who may not see pat's appraisal data", 404, HOST.get(role, "carol").statusCode());
    }

    @Test
    public void shouldKeepTaskProgressAndItsDayWhenATaskIsWrittenAndReadBack() throws Exception {
        long goal = newGoal("bob");
        long initiative = ActionPlanHttp.createInitiative(HOST, "bob", goal, ActionPlanHttp.initiative())
                .path("item").path("initiative").asLong();

        JsonNode created = ActionPlanHttp.createTask(HOST, "bob", goal, initiative, ActionPlanHttp.task(
                "percentComplete", "40", "progressNote", "\"Venue shortlisted\""));

        long taskId = created.path("item").path("task").asLong();
        JsonNode task = JSON.readTree(HOST.get(ActionPlanHttp.plan(goal), "bob").body()).path("initiatives")
                .path(0).path("tasks").path(0);
        assertEquals(taskId, task.path("id").asLong());
        assertEquals(40, task.path("percentComplete").asInt());
        assertEquals("Venue shortlisted", task.path("progressNote").asText());
        assertFalse(task.path("progressUpdatedOn").isNull());
        JsonNode rows = table("task-tracking", "2026-Q1&project=CASC&limit=100", "bob").path("rows");
        boolean found = false;
        for (JsonNode row : rows) {
            if (row.path("itemId").asLong() == task.path("id").asLong()) {
                found = true;
                assertEquals("Book the venue", row.path("values").path("task").asText());
                assertEquals(40, row.path("values").path("percentComplete").asInt());
                assertEquals("Venue shortlisted", row.path("values").path("progress").asText());
                assertEquals("A recorded talk", row.path("values").path("measure").asText());
            }
        }
        assertTrue(rows.toString(), found);
    }

    // ---- the tables --------------------------------------------------------------------------------------------

    @Test
    public void shouldAnswerEachTableWithItsColumnsInTheSeedsOrderInEnglishAndChinese() throws Exception {
        String[][] tables = {
            {"company-goals", "category,goal,target,departments,deadline,initiatives", "Category",
                "\u76ee\u6807\u7c7b\u522b"},
            {"department-goals", "department,parentGoal,goal,target,owner,deadline,measure", "Department",
                "\u90e8\u95e8"},
            {"individual-goals", "person,department,role,parentGoal,goal,target,deadline,measure,supportNeeded,"
                + "weight,type", "Person", "\u5458\u5de5\u59d3\u540d"},
            {"tracking-record", "who,goal,planned,actual,deviation,cause,adjustment,owner,updatedOn", "Person",
                "\u5458\u5de5\u59d3\u540d"},
            {"appraisal", "person,goal,target,actual,achievementRate,processScore,composite,grade,suggestion",
                "Person", "\u5458\u5de5\u59d3\u540d"},
            {"quarterly-review", "quarter,department,goal,quarterTarget,actual,deviation,subjectiveCauses,"
                + "objectiveCauses,improvement,nextQuarterAdjustment", "Quarter", "\u5b63\u5ea6"},
            {"task-tracking", "task,goal,owner,plannedStart,plannedFinish,progress,percentComplete,risk,measure,"
                + "updatedOn", "Task", "\u4efb\u52a1"},
        };
        for (String[] t : tables) {
            String period = t[0].equals("tracking-record") ? "2026-Q4" : "2026";
            JsonNode english = table(t[0], period, "alice");
            JsonNode chinese = table(t[0], period, "zhang");

            assertEquals(t[0], List.of(t[1].split(",")), keys(english.path("columns")));
            assertEquals(t[0], List.of(t[1].split(",")), keys(chinese.path("columns")));
            assertEquals(t[0], t[2], english.path("columns").path(0).path("label").asText());
            assertEquals(t[0], t[3], chinese.path("columns").path(0).path("label").asText());
            for (JsonNode row : english.path("rows")) {
                assertEquals(t[0] + " " + row, List.of(t[1].split(",")), fieldNames(row.path("values")));
            }
        }
    }

    @Test
    public void shouldShowTheSampleCompanyGoalWithCategoryDepartmentsAndInitiatives() throws Exception {
        JsonNode english = table("company-goals", "2026", "alice");
        JsonNode chinese = table("company-goals", "2026", "zhang");

        JsonNode row = english.path("rows").path(0).path("values");
        assertEquals("Grow subscription revenue", row.path("goal").asText());
        assertEquals("Strategic", row.path("category").asText());
        assertEquals("\u6218\u7565", chinese.path("rows").path(0).path("values").path("category").asText());
        assertEquals("[\"CASC\",\"OPS\",\"WEB\",\"MOB\"]", row.path("departments").toString());
        assertEquals("2026-12-31", row.path("deadline").asText());
        assertEquals("Launch three new subscription plans", row.path("initiatives").path(0).asText());
        assertEquals(1, english.path("total").asInt());
    }

    @Test
    public void shouldShowIndividualGoalsWithRoleWeightTypeAndParentOnlyToThoseWhoMaySeeThem() throws Exception {
        JsonNode alice = table("individual-goals", "2026", "alice");
        JsonNode zhang = valuesOf(alice, "Halve onboarding drop-off");
        assertEquals("\u5f20\u4f1f", zhang.path("person").asText());
        assertEquals("\u9ad8\u7ea7\u5de5\u7a0b\u5e08", zhang.path("role").asText());
        assertEquals("CASC", zhang.path("department").asText());
        assertEquals("Cascade Demo delivers its 2026 roadmap", zhang.path("parentGoal").path(0).asText());
        assertEquals(60.0, zhang.path("weight").asDouble(), 0.0);
        assertEquals("Result", zhang.path("type").asText());
        assertEquals("20 %", zhang.path("target").path(0).asText());
        assertEquals("Onboarding drop-off", zhang.path("measure").path(0).asText());
        assertFalse(zhang.path("supportNeeded").isNull());
        assertEquals("\u53d1\u5c55", valuesOf(table("individual-goals", "2026", "zhang"),
                "Learn the billing domain").path("type").asText());

        JsonNode carol = table("individual-goals", "2026", "carol");
        assertEquals(carol.toString(), List.of("OPS"), departments(carol));
        assertEquals(1, carol.path("total").asInt());
        assertEquals("Operations engineer", carol.path("rows").path(0).path("values").path("role").asText());
    }

    @Test
    public void shouldLeaveAPrivateGoalOutForANonMemberAndShowItToItsOwner() throws Exception {
        long hidden = http.create("bob", individual("bob", "2026", "100", "private")
                .replace("New customers +25%", "Private stretch goal")).path("id").asLong();

        assertTrue(goalIds(table("individual-goals", "2026&limit=100", "bob")).contains(hidden));
        assertTrue(goalIds(table("individual-goals", "2026&limit=100", "alice")).contains(hidden));
        assertFalse(goalIds(table("individual-goals", "2026&limit=100", "zhang")).contains(hidden));
        assertFalse(goalIds(table("individual-goals", "2026&limit=100", "pat")).contains(hidden));
        assertFalse(goalIds(table("tracking-record", "2026-Q4&limit=100", "zhang")).contains(hidden));
        assertFalse(goalIds(table("task-tracking", "2026&limit=100", "pat")).contains(hidden));
    }

    @Test
    public void shouldShowCarolOnlyOperationsRowsWhenSheAsksForADepartment() throws Exception {
        JsonNode ops = table("department-goals", "2026&project=OPS", "carol");
        assertEquals(List.of("OPS"), departments(ops));
        assertEquals("Grow subscription revenue", ops.path("rows").path(0).path("values").path("parentGoal")
                .path(0).asText());
        assertEquals("Carol Diaz", ops.path("rows").path(0).path("values").path("owner").asText());
        HttpResponse<String> casc = HOST.get(TABLES + "department-goals?period=2026&project=CASC", "carol");
        assertEquals("a project carol may not browse reads like one that does not exist", 400, casc.statusCode());
        assertEquals("project.unknown", JSON.readTree(casc.body()).path("errors").path(0).path("code").asText());
        JsonNode tracking = table("tracking-record", "2026-Q4&project=OPS", "carol");
        assertFalse(tracking.path("rows").isEmpty());
        for (JsonNode row : table("individual-goals", "2026&limit=100", "carol").path("rows")) {
            assertEquals(row.toString(), "OPS", row.path("values").path("department").asText());
        }
    }

    @Test
    public void shouldShowQuarterlyReviewAndTrackingRowsFromThePlan() throws Exception {
        JsonNode goal = JSON.readTree(HOST.get(GOALS + "?period=2026&owner=carol&level=individual", "carol").body())
                .path("items").path(0);
        long keyResult = goal.path("keyResults").path(0).path("id").asLong();
        HttpResponse<String> plan = TrackingHttp.put(HOST, "/rest/cascade/1.0/key-results/" + keyResult + "/plan",
                "carol", "{\"version\":0,\"granularity\":\"quarter\",\"values\":[60,70,80,90]}");
        assertEquals(plan.body(), 200, plan.statusCode());
        HttpResponse<String> notes = TrackingHttp.put(HOST, GOALS + "/" + goal.path("id").asLong()
                + "/reviews/2026-Q1", "carol", "{\"version\":0,\"subjectiveCauses\":\"Late tuning\","
                + "\"objectiveCauses\":\"Vendor outage\",\"improvement\":\"Weekly alert review\","
                + "\"nextQuarterAdjustment\":\"Keep 70\"}");
        assertEquals(notes.body(), 200, notes.statusCode());

        JsonNode review = table("quarterly-review", "2026&project=OPS", "carol");

        JsonNode q1 = review.path("rows").path(0).path("values");
        assertEquals(review.toString(), "2026-Q1", q1.path("quarter").asText());
        assertEquals("OPS", q1.path("department").asText());
        assertEquals("Late tuning", q1.path("subjectiveCauses").asText());
        assertEquals("Keep 70", q1.path("nextQuarterAdjustment").asText());
        assertEquals(4, review.path("rows").size());
        JsonNode tracking = table("tracking-record", "2026-Q1&project=OPS", "carol");
        boolean planned = false;
        for (JsonNode row : tracking.path("rows")) {
            planned |= row.path("keyResultId").asLong() == keyResult && !row.path("values").path("planned").isNull();
        }
        assertTrue(tracking.toString(), planned);
    }

    @Test
    public void shouldShowAnAppraisalOnlyToThoseWhoMaySeeThePersonsAppraisalData() throws Exception {
        HOST.server().plugin().bean(PeopleStore.class).setManagers(new UserRef("zhang"), Set.of(new UserRef("bob")));
        long goal = JSON.readTree(HOST.get(GOALS + "?period=2026&owner=zhang&level=individual&limit=100", "bob")
                .body()).path("items").path(0).path("id").asLong();
        HttpResponse<String> started = HOST.postJson("/rest/cascade/1.0/appraisals", "bob",
                "{\"objectiveId\":" + goal + "}");
        assertEquals(started.body(), 201, started.statusCode());

        assertTrue(goalIds(table("appraisal", "2026&limit=100", "bob")).contains(goal));
        assertTrue(goalIds(table("appraisal", "2026&limit=100", "zhang")).contains(goal));
        assertTrue(goalIds(table("appraisal", "2026&limit=100", "alice")).contains(goal));
        assertFalse("pat sees the goal but not zhang's appraisal",
                goalIds(table("appraisal", "2026&limit=100", "pat")).contains(goal));
        assertTrue(goalIds(table("individual-goals", "2026&limit=100", "pat")).contains(goal));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** An individual CASC goal of {@code owner} with a weight and one metric key result. */
    static String individual(String owner, String period, String weight, String visibility) {
        return "{\"title\":\"New customers +25%\",\"ownerKey\":\"" + owner + "\",\"level\":\"individual\","
                + "\"period\":{\"value\":\"" + period + "\"},\"unit\":{\"project\":\"CASC\"},\"type\":\"result\","
                + "\"visibility\":\"" + visibility + "\",\"weight\":" + weight + ",\"keyResults\":[{\"title\":"
                + "\"50 new customers\",\"weight\":100,\"measure\":{\"kind\":\"metric\",\"direction\":\"increase\","
                + "\"start\":0,\"tiers\":{\"target\":50}}}]}";
    }

    private static JsonNode table(String name, String periodAndMore, String user) throws Exception {
        HttpResponse<String> response = HOST.get(TABLES + name + "?period=" + periodAndMore, user);
        assertEquals(name + ": " + response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static List<String> keys(JsonNode columns) {
        List<String> keys = new ArrayList<>();
        columns.forEach(c -> keys.add(c.path("key").asText()));
        return keys;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Long> goalIds(JsonNode table) {
        List<Long> ids = new ArrayList<>();
        table.path("rows").forEach(r -> ids.add(r.path("goalId").asLong()));
        return ids;
    }

    private static List<String> departments(JsonNode table) {
        List<String> units = new ArrayList<>();
        table.path("rows").forEach(r -> {
            String unit = r.path("values").path("department").asText();
            if (!units.contains(unit)) {
                units.add(unit);
            }
        });
        return units;
    }

    private static JsonNode valuesOf(JsonNode table, String goal) {
        for (JsonNode row : table.path("rows")) {
            if (row.path("values").path("goal").asText().equals(goal)) {
                return row.path("values");
            }
        }
        throw new AssertionError(goal + " not in " + table);
    }
}
