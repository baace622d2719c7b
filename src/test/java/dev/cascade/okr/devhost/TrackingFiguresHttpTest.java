package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.TrackingHttp.API;
import static dev.cascade.okr.devhost.TrackingHttp.json;
import static dev.cascade.okr.devhost.TrackingHttp.put;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalQueries;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.devhost.jira.DevIssue;
import dev.cascade.okr.devhost.jira.SampleJira;
import dev.cascade.okr.service.kernel.ProgressService;
import dev.cascade.okr.service.tracking.TrackingService;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/**
 * The tracking table's figures on the dev host (issue 10): actuals for the sample cascade's October and Q4, today's
 * issue changes at once, a year as the period, running totals against amounts per period, and approved target
 * adjustments that change the target, progress and plan from their effective date while the old target stays in the
 * history.
 */
public class TrackingFiguresHttpTest extends DevHostHttpTest {

    private static final int THIS_YEAR = LocalDate.now(ZoneOffset.UTC).getYear();
    private static final String PLAN = "{\"version\":0,\"granularity\":\"quarter\",\"values\":[8,15,17,10]}";

    @Test
    public void shouldShowActualsWithoutAPlanAndNeverAskForCheckInsOnIssueDrivenKeyResults() throws Exception {
        HOST.server().seedSampleCascade();
        GoalQueries queries = HOST.server().plugin().bean(GoalQueries.class);
        int rows = 0;
        for (StoredObjective team : queries.find(GoalQuery.all().withLevel("team")).items()) {
            if (!team.objective().period().equals(Period.year(2026))) {
                continue;
            }
            for (String period : List.of("2026-Q4", "2026")) {
                for (Tracked tracked : trackingRows(team, period)) {
                    JsonNode row = tracked.row();
                    JsonNode keyResult = tracked.keyResult();
                    if (!"issues".equals(keyResult.path("measure").path("kind").asText())) {
                        continue;
                    }
                    // Jira measures it every day: no check-in is ever due, whatever the calendar says.
                    assertFalse(period + ": " + row, row.get("overdue").asBoolean());
                    assertTrue(period + ": " + row, row.get("nextCheckInDue").isNull());
                    if (row.get("planned").asBoolean() || !keyResult.path("progress").path("known").asBoolean()) {
                        continue;
                    }
                    // Nobody planned it, yet what was done in the period is shown, by the planned rows' rule.
                    assertActualWithout(period, row, "plannedValue");
                    rows++;
                }
            }
        }
        assertTrue("the sample cascade has unplanned issue-driven key results", rows > 0);
    }

    @Test
    public void shouldShowActualsForOctoberAndQ4OnTheSampleCascade() throws Exception {
        HOST.server().seedSampleCascade();
        GoalQueries queries = HOST.server().plugin().bean(GoalQueries.class);
        List<StoredObjective> departments = queries.find(GoalQuery.all().withLevel("department")).items();
        assertFalse(departments.isEmpty());
        int rows = 0;
        for (StoredObjective department : departments) {
            if (!department.objective().period().equals(Period.year(2026))) {
                continue;
            }
            for (StoredKeyResult keyResult : department.keyResults()) {
                assertEquals(200, put(HOST, API + "/key-results/" + keyResult.id().value() + "/plan", "alice", PLAN)
                        .statusCode());
            }
            for (String period : List.of("2026-10", "2026-Q4")) {
                for (Tracked tracked : trackingRows(department, period)) {
                    JsonNode row = tracked.row();
                    JsonNode progress = tracked.keyResult().path("progress");
                    if (!progress.path("known").asBoolean()) {
                        continue; // an empty epic has no data, and so no actual: never a silent 0
                    }
                    assertActualWithout(period, row, "noDeviationReason");
                    rows++;
                }
            }
        }
        assertTrue("the sample cascade has planned key results", rows > 0);
    }

    @Test
    public void shouldCountTheFirstMonthWithResolutionsAndTodaysChangeAtOnce() throws Exception {
        SampleJira sample = HOST.server().sample();
        String epic = epicOf("CASC", 1);
        List<DevIssue> issues = sample.issuesOfEpics(Set.of(epic));
        assertTrue("the epic needs three issues", issues.size() >= 3);
        Instant now = Instant.now();
        for (DevIssue issue : issues) {
            sample.setStatus(issue.getKey(), SampleJira.TO_DO, now);
        }
        // Resolved on 30 October and 8 November: nothing before, so the back-fill used to start on 29 October and
        // October (which began before it) had no "before" amount: no actual.
        sample.setStatus(issues.get(0).getKey(), SampleJira.DONE, Instant.parse(THIS_YEAR + "-10-30T10:00:00Z"));
        sample.setStatus(issues.get(1).getKey(), SampleJira.DONE, Instant.parse(THIS_YEAR + "-11-08T10:00:00Z"));
        long goal = linkedGoal("Ships the epic", epic);
        long kr = keyResults(goal).get(0);
        assertEquals(200, put(HOST, API + "/key-results/" + kr + "/plan", "bob",
                "{\"version\":0,\"granularity\":\"month\",\"values\":[0,0,0,0,0,0,0,0,0,1,1,1]}").statusCode());

        assertEquals(new BigDecimal("1"), actual(goal, THIS_YEAR + "-10"));
        assertEquals(new BigDecimal("1"), actual(goal, THIS_YEAR + "-11"));
        assertEquals(new BigDecimal("2"), actual(goal, THIS_YEAR + "-Q4"));
        assertEquals(new BigDecimal("2"), actual(goal, String.valueOf(THIS_YEAR)));

        HttpResponse<String> moved = HOST.postJson("/dev/issues/" + issues.get(2).getKey(), "bob",
                "{\"status\":\"Done\"}");
        assertEquals(moved.body(), 200, moved.statusCode());
        String month = LocalDate.now(ZoneOffset.UTC).toString().substring(0, 7);
        JsonNode row = HOST.awaitJson(API + "/goals/" + goal + "/tracking?period=" + THIS_YEAR + "-Q4", "bob",
                json -> json.path("rows").path(0).path("actual").asInt() == 3).path("rows").path(0);
        assertEquals("the issue Done today counts today, before any snapshot", 3, row.path("actual").asInt());
        if (month.startsWith(THIS_YEAR + "-1")) {
            assertTrue(actual(goal, month).compareTo(BigDecimal.ONE) >= 0);
        }
    }

    @Test
    public void shouldAnswerAYearAsThePeriodAndRefuseOneOutsideTheGoal() throws Exception {
        long goal = linkedGoal("A year of work", epicOf("CASC", 2));
        long kr = keyResults(goal).get(0);
        assertEquals(200, put(HOST, API + "/key-results/" + kr + "/plan", "bob", PLAN).statusCode());

        HttpResponse<String> year = HOST.get(API + "/goals/" + goal + "/tracking?period=" + THIS_YEAR, "bob");

        assertEquals(year.body(), 200, year.statusCode());
        JsonNode body = json(year);
        assertEquals(THIS_YEAR + "-01-01", body.path("period").path("start").asText());
        assertEquals(THIS_YEAR + "-12-31", body.path("period").path("end").asText());
        assertEquals(0, new BigDecimal("50").compareTo(body.path("rows").path(0).path("periodPlan").decimalValue()));
        for (String bad : List.of(String.valueOf(THIS_YEAR - 1), THIS_YEAR + "-H1", "year")) {
            HttpResponse<String> refused = HOST.get(API + "/goals/" + goal + "/tracking?period=" + bad, "bob");
            assertEquals(bad, 400, refused.statusCode());
            assertEquals(bad, "period", json(refused).path("errors").path(0).path("field").asText());
            assertEquals(bad, "tracking.period-invalid", json(refused).path("errors").path(0).path("code").asText());
        }
    }

    @Test
    public void shouldSumAmountsPerPeriodAndTakeTheLatestRunningTotal() throws Exception {
        long goal = draftGoal("Sales");
        String metric = "\"kind\":\"metric\",\"direction\":\"increase\",\"start\":0,\"tiers\":{\"target\":50},"
                + "\"unit\":\"deals\"";
        HttpResponse<String> totals = HOST.postJson(API + "/goals/" + goal + "/key-results", "bob",
                "{\"title\":\"Deals (running total)\",\"weight\":50,\"measure\":{" + metric + "}}");
        HttpResponse<String> amounts = HOST.postJson(API + "/goals/" + goal + "/key-results", "bob",
                "{\"title\":\"Deals (per month)\",\"weight\":50,\"measure\":{" + metric
                        + ",\"checkInValues\":\"per-period\"}}");
        assertEquals(totals.body(), 201, totals.statusCode());
        assertEquals(amounts.body(), 201, amounts.statusCode());
        long cumulative = json(totals).path("id").asLong();
        long perPeriod = json(amounts).path("id").asLong();
        assertEquals("cumulative", json(HOST.get(API + "/key-results/" + cumulative, "bob")).path("measure")
                .path("checkInValues").asText());
        assertEquals("per-period", json(HOST.get(API + "/key-results/" + perPeriod, "bob")).path("measure")
                .path("checkInValues").asText());
        for (long kr : List.of(cumulative, perPeriod)) {
            assertEquals(200, put(HOST, API + "/key-results/" + kr + "/plan", "bob", PLAN).statusCode());
            for (String[] checkIn : List.of(new String[] {"02-10", "2"}, new String[] {"03-20", "4"})) {
                HttpResponse<String> posted = HOST.postJson(API + "/key-results/" + kr + "/check-ins", "bob",
                        "{\"value\":" + checkIn[1] + ",\"confidence\":7,\"date\":\"" + THIS_YEAR + "-" + checkIn[0]
                                + "\"}");
                assertEquals(posted.body(), 201, posted.statusCode());
            }
        }

        JsonNode rows = json(HOST.get(API + "/goals/" + goal + "/tracking?period=" + THIS_YEAR + "-Q1", "bob"))
                .path("rows");
        assertEquals(4, rows.path(0).path("actual").asInt()); // the latest running total
        assertEquals(-50.0, rows.path(0).path("deviationPercent").asDouble(), 0);
        assertEquals(6, rows.path(1).path("actual").asInt()); // 2 + 4
        assertEquals(-25.0, rows.path(1).path("deviationPercent").asDouble(), 0);
        // Progress follows the same reading: 4 of 50 against 6 of 50.
        assertEquals(0.08, json(HOST.get(API + "/key-results/" + cumulative, "bob")).path("progress")
                .path("fraction").asDouble(), 1e-9);
        assertEquals(0.12, json(HOST.get(API + "/key-results/" + perPeriod, "bob")).path("progress")
                .path("fraction").asDouble(), 1e-9);

        // Switching back to running totals through an update is read back, and a band cannot take amounts.
        JsonNode read = json(HOST.get(API + "/key-results/" + perPeriod, "bob"));
        HttpResponse<String> updated = put(HOST, API + "/key-results/" + perPeriod, "bob", "{\"version\":"
                + read.path("version").asLong() + ",\"title\":\"Deals\",\"weight\":50,\"measure\":{" + metric
                + ",\"checkInValues\":\"cumulative\"}}");
        assertEquals(updated.body(), 200, updated.statusCode());
        assertEquals("cumulative", json(updated).path("measure").path("checkInValues").asText());
        assertEquals("read as running totals now: 4 of 50", 0.08, json(updated).path("progress").path("fraction")
                .asDouble(), 1e-9);
        HttpResponse<String> band = HOST.postJson(API + "/goals/" + goal + "/key-results", "bob",
                "{\"title\":\"Uptime\",\"weight\":10,\"measure\":{\"kind\":\"band\",\"low\":99,\"high\":100,"
                        + "\"unit\":\"%\",\"checkInValues\":\"per-period\"}}");
        assertEquals(band.body(), 400, band.statusCode());
        assertEquals("measure.checkInValues", json(band).path("errors").path(0).path("field").asText());
        assertEquals("measure.check-in-values-metric-only", json(band).path("errors").path(0).path("code").asText());
        HttpResponse<String> unknown = HOST.postJson(API + "/goals/" + goal + "/key-results", "bob",
                "{\"title\":\"Deals\",\"weight\":10,\"measure\":{" + metric + ",\"checkInValues\":\"weekly\"}}");
        assertEquals(unknown.body(), 400, unknown.statusCode());
        assertEquals("measure.checkInValues", json(unknown).path("errors").path(0).path("field").asText());
    }

    @Test
    public void shouldChangeTargetProgressAndPlanFromTheEffectiveDateAndKeepTheOldTarget() throws Exception {
        long goal = draftGoal("Revenue");
        HttpResponse<String> added = HOST.postJson(API + "/goals/" + goal + "/key-results", "bob",
                "{\"title\":\"Customers\",\"weight\":100,\"measure\":{\"kind\":\"metric\",\"direction\":\"increase\","
                        + "\"start\":0,\"tiers\":{\"target\":50,\"stretch\":80},\"unit\":\"customers\"}}");
        assertEquals(added.body(), 201, added.statusCode());
        long kr = json(added).path("id").asLong();
        assertEquals(200, put(HOST, API + "/key-results/" + kr + "/plan", "bob", PLAN).statusCode());
        assertEquals(201, HOST.postJson(API + "/key-results/" + kr + "/check-ins", "bob",
                "{\"value\":30,\"confidence\":7,\"date\":\"" + THIS_YEAR + "-09-20\"}").statusCode());
        assertEquals(0.6, fraction(kr), 1e-9);

        // The new target must fit the measure: above the stretch is refused at its field.
        HttpResponse<String> tooHigh = HOST.postJson(API + "/key-results/" + kr + "/adjustments", "bob",
                "{\"version\":0,\"newTarget\":90,\"reason\":\"More demand\",\"approverKey\":\"alice\"}");
        assertEquals(tooHigh.body(), 400, tooHigh.statusCode());
        assertEquals("newTarget", json(tooHigh).path("errors").path(0).path("field").asText());
        HttpResponse<String> badDate = HOST.postJson(API + "/key-results/" + kr + "/adjustments", "bob",
                "{\"version\":0,\"newTarget\":60,\"reason\":\"More demand\",\"approverKey\":\"alice\","
                        + "\"effectiveFrom\":\"1 July\"}");
        assertEquals(badDate.body(), 400, badDate.statusCode());
        assertEquals("effectiveFrom", json(badDate).path("errors").path(0).path("field").asText());

        HttpResponse<String> proposed = HOST.postJson(API + "/key-results/" + kr + "/adjustments", "bob",
                "{\"version\":0,\"newTarget\":60,\"reason\":\"More demand\",\"approverKey\":\"alice\","
                        + "\"effectiveFrom\":\"" + THIS_YEAR + "-07-01\"}");
        assertEquals(proposed.body(), 201, proposed.statusCode());
        assertEquals(0.6, fraction(kr), 1e-9); // proposed is not approved
        HttpResponse<String> approved = HOST.postJson(API + "/key-results/" + kr + "/adjustments/decision",
                "alice", "{\"version\":1,\"approve\":true,\"comment\":\"ok\"}");
        assertEquals(approved.body(), 200, approved.statusCode());

        JsonNode history = json(approved);
        assertEquals(0, new BigDecimal("50").compareTo(history.path("originalTarget").decimalValue()));
        assertEquals(0, new BigDecimal("60").compareTo(history.path("currentTarget").decimalValue()));
        assertEquals(THIS_YEAR + "-07-01", history.path("targets").path(1).path("from").asText());
        assertTrue(history.path("targets").path(0).path("from").isNull());
        JsonNode keyResult = json(HOST.get(API + "/key-results/" + kr, "bob"));
        assertEquals(0, new BigDecimal("60").compareTo(keyResult.path("measure").path("tiers").path("target")
                .decimalValue()));
        assertEquals(0.5, fraction(kr), 1e-9); // 30 of 60
        // The goal's progress follows at once (its caches were forgotten).
        assertEquals(0.5, json(HOST.get(API + "/goals/" + goal, "bob")).path("keyResults").path(0)
                .path("progress").path("fraction").asDouble(), 1e-9);
        // Tracking: Q1 keeps its plan; the +10 goes to Q3 and Q4 in proportion to 17 and 10.
        assertEquals(0, new BigDecimal("8").compareTo(row(goal, "Q1").path("periodPlan").decimalValue()));
        assertEquals(0, new BigDecimal("23.296296").compareTo(row(goal, "Q3").path("periodPlan").decimalValue()));
        assertEquals(0, new BigDecimal("13.703704").compareTo(row(goal, "Q4").path("periodPlan").decimalValue()));
        // Re-reading the history gives the same: the original target is not lost now that the measure holds 60.
        JsonNode reread = json(HOST.get(API + "/key-results/" + kr + "/adjustments", "bob"));
        assertEquals(0, new BigDecimal("50").compareTo(reread.path("originalTarget").decimalValue()));
        assertEquals("approved", reread.path("adjustments").path(0).path("state").asText());
        assertEquals(0, new BigDecimal("50").compareTo(reread.path("adjustments").path(0).path("oldTarget")
                .decimalValue()));

        // An approval that counts from a later day changes nothing today; the daily job brings it in on its day.
        LocalDate later = LocalDate.of(THIS_YEAR, 12, 31);
        assertEquals(201, HOST.postJson(API + "/key-results/" + kr + "/adjustments", "bob",
                "{\"version\":2,\"newTarget\":75,\"reason\":\"Partner deal\",\"approverKey\":\"alice\","
                        + "\"effectiveFrom\":\"" + later + "\"}").statusCode());
        assertEquals(200, HOST.postJson(API + "/key-results/" + kr + "/adjustments/decision", "alice",
                "{\"version\":3,\"approve\":true}").statusCode());
        if (LocalDate.now(ZoneOffset.UTC).isBefore(later)) {
            assertEquals(0.5, fraction(kr), 1e-9);
            assertEquals(0, new BigDecimal("60").compareTo(json(HOST.get(API + "/key-results/" + kr
                    + "/adjustments", "bob")).path("currentTarget").decimalValue()));
        }
        HOST.server().plugin().bean(TrackingService.class).applyDueAdjustments(later, Instant.now());
        assertEquals(0.4, fraction(kr), 1e-9); // 30 of 75
        assertEquals(0, new BigDecimal("75").compareTo(json(HOST.get(API + "/key-results/" + kr, "bob"))
                .path("measure").path("tiers").path("target").decimalValue()));
    }

    private static JsonNode row(long goal, String quarter) throws Exception {
        HttpResponse<String> table = HOST.get(API + "/goals/" + goal + "/tracking?period=" + THIS_YEAR + "-"
                + quarter, "bob");
        assertEquals(table.body(), 200, table.statusCode());
        return json(table).path("rows").path(0);
    }

    private static double fraction(long kr) throws Exception {
        return json(HOST.get(API + "/key-results/" + kr, "bob")).path("progress").path("fraction").asDouble();
    }

    private static BigDecimal actual(long goal, String period) throws Exception {
        HttpResponse<String> table = HOST.get(API + "/goals/" + goal + "/tracking?period=" + period, "bob");
        assertEquals(table.body(), 200, table.statusCode());
        JsonNode actual = json(table).path("rows").path(0).path("actual");
        assertTrue(period + ": " + table.body(), actual.isNumber());
        return actual.decimalValue();
    }

    /** The n-th epic of a project that no seeded goal follows (seeded goals take the first seven). */
    private static String epicOf(String project, int n) {
        SampleJira sample = HOST.server().sample();
        List<String> epics = new ArrayList<>();
        sample.projects().stream().filter(p -> p.getKey().equals(project)).findFirst().ifPresent(p ->
                sample.issuesOf(p).stream().filter(DevIssue::isEpic).map(DevIssue::getKey).forEach(epics::add));
        return epics.get(epics.size() - n);
    }

    /** A team goal of bob's for this year, measured by an epic's issues, measured and back-filled as in Jira. */
    private static long linkedGoal(String title, String epic) throws Exception {
        GoalStore goals = HOST.server().plugin().bean(GoalStore.class);
        StoredObjective goal = goals.insert(new NewObjective(new ObjectiveFields(title, "", new UserRef("bob"),
                "team", Period.year(THIS_YEAR), new OrgUnit.Project("CASC"), GoalType.RESULT, Lifecycle.ACTIVE,
                Visibility.MEMBERS, false), List.of(new NewKeyResult(new KeyResultFields("Epic done", Weight.FULL,
                        IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(new WorkLink.Epic(epic))), null),
                        new Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null)))), "bob", Instant.now());
        KeyResultId kr = goal.keyResults().get(0).id();
        HOST.server().plugin().bean(ProgressService.class).recompute(List.of(kr));
        HOST.server().plugin().bean(dev.cascade.okr.service.kernel.ProgressHistoryService.class).backfill(Set.of(kr),
                LocalDate.now(ZoneOffset.UTC), Instant.now());
        return goal.id().value();
    }

    private static long draftGoal(String title) {
        return HOST.server().plugin().bean(GoalStore.class).insert(new NewObjective(new ObjectiveFields(title, "",
                new UserRef("bob"), "team", Period.year(THIS_YEAR), new OrgUnit.Project("CASC"), GoalType.RESULT,
                Lifecycle.DRAFT, Visibility.MEMBERS, false), List.of()), "bob", Instant.now()).id().value();
    }

    private static List<Long> keyResults(long goal) {
        return HOST.server().plugin().bean(GoalStore.class).goal(new dev.cascade.okr.core.model.ObjectiveId(goal))
                .orElseThrow().keyResults().stream().map(k -> k.id().value()).toList();
    }

    /** A row of a goal's tracking table and the key result it tracks, as {@code GET /key-results/{id}} answers it. */
    private record Tracked(JsonNode row, JsonNode keyResult) {
    }

    /** The rows of the goal's tracking table for the period, as alice (who sees everything) reads them. */
    private static List<Tracked> trackingRows(StoredObjective goal, String period) throws Exception {
        HttpResponse<String> table = HOST.get(API + "/goals/" + goal.id().value() + "/tracking?period=" + period,
                "alice");
        assertEquals(table.body(), 200, table.statusCode());
        List<Tracked> rows = new ArrayList<>();
        for (JsonNode row : json(table).get("rows")) {
            rows.add(new Tracked(row, json(HOST.get(API + "/key-results/" + row.get("keyResultId").asLong(),
                    "alice"))));
        }
        return rows;
    }

    /** The row shows what was done in the period (a number), and the field is null. */
    private static void assertActualWithout(String period, JsonNode row, String field) {
        assertTrue(period + ": " + row, row.get("actual").isNumber());
        assertTrue(period + ": " + row, row.get(field).isNull());
    }
}
