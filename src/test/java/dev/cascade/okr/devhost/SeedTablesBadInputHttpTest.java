package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input on the seed tables' columns and reads: the new goal fields (category, departments, support needed,
 * weight), a person's role, a task's percent complete and progress note, and the table reads. Each case answers 4xx
 * with the field and code of its first error and a message (in Chinese for zhang), and the database is unchanged.
 */
public class SeedTablesBadInputHttpTest extends BadInputRunner {

    private static final String MB = "x".repeat(1_000_000);
    private static final String BASE = "\"title\":\"New customers +25%\",\"level\":\"individual\","
            + "\"period\":{\"value\":\"2026\"},\"unit\":{\"project\":\"CASC\"}";
    private static final String ROLE = "/rest/cascade/1.0/people/zhang/role";
    private static final String TABLES = "/rest/cascade/1.0/tables/";

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        Cases c = table();
        // POST /goals: the new fields
        post(c, "unknown category", "bob", "{" + BASE + ",\"category\":\"visionary\"}", "category",
                "category.unknown");
        post(c, "unknown category (message in Chinese)", "zhang", "{" + BASE + ",\"category\":\"Strategic\"}",
                "category", "category.unknown");
        post(c, "category as number", "bob", "{" + BASE + ",\"category\":3}", "category", "request.wrong-type");
        post(c, "unknown department", "bob", "{" + BASE + ",\"departments\":[{\"project\":\"NOPE\"}]}",
                "departments[0].project", "project.unknown");
        post(c, "department the caller may not browse", "bob", "{" + BASE
                + ",\"departments\":[{\"project\":\"CASC\"},{\"project\":\"OPS\"}]}", "departments[1].project",
                "project.unknown");
        post(c, "department with project and group", "bob", "{" + BASE
                + ",\"departments\":[{\"project\":\"CASC\",\"group\":\"Sales\"}]}", "departments[0]",
                "unit.required");
        post(c, "empty department", "bob", "{" + BASE + ",\"departments\":[{}]}", "departments[0]",
                "unit.required");
        post(c, "null department", "bob", "{" + BASE + ",\"departments\":[null]}", "departments[0]",
                "unit.required");
        post(c, "1 MB department group", "bob", "{" + BASE + ",\"departments\":[{\"group\":\"" + MB + "\"}]}",
                "departments[0].group", "value.unknown");
        post(c, "21 departments", "bob", "{" + BASE + ",\"departments\":[" + String.join(",",
                Collections.nCopies(21, "{\"project\":\"CASC\"}")) + "]}", "departments", "departments.too-many");
        post(c, "departments not a list", "bob", "{" + BASE + ",\"departments\":\"CASC\"}", "departments",
                "request.wrong-type");
        post(c, "unknown department field", "bob", "{" + BASE + ",\"departments\":[{\"team\":\"x\"}]}",
                "departments[0].team", "request.unknown-field");
        post(c, "weight over 100", "bob", "{" + BASE + ",\"weight\":101}", "weight", "weight.invalid");
        post(c, "negative weight", "bob", "{" + BASE + ",\"weight\":-5}", "weight", "weight.invalid");
        post(c, "weight with three decimals", "bob", "{" + BASE + ",\"weight\":33.333}", "weight",
                "weight.invalid");
        post(c, "weight as text", "bob", "{" + BASE + ",\"weight\":\"60\"}", "weight", "request.wrong-type");
        post(c, "1 MB support needed", "bob", "{" + BASE + ",\"supportNeeded\":\"" + MB + "\"}", "supportNeeded",
                "text.too-long");
        post(c, "control characters in support needed", "zhang", "{" + BASE
                + ",\"supportNeeded\":\"a\\u0007b\"}", "supportNeeded", "text.character-not-allowed");
        // PUT /goals/{id}: the same fields on an update
        c.put("unknown category on update", "bob", GOALS + "/{goal}", "{\"version\":1," + BASE
                + ",\"category\":\"visionary\"}", 400, "category", "category.unknown");
        c.put("weight out of range on update", "bob", GOALS + "/{goal}", "{\"version\":1,"
                + BASE + ",\"weight\":100.5}", 400, "weight", "weight.invalid");
        c.put("unknown department on update", "bob", GOALS + "/{goal}", "{\"version\":1,"
                + BASE + ",\"departments\":[{\"project\":\"ZZZ\"}]}", 400, "departments[0].project",
                "project.unknown");
        // POST /goals/{id}/lifecycle: a person's weights must sum to 100 from confirmation on
        c.post("confirming a set of 70%", "bob", GOALS + "/{weighted}/lifecycle",
                "{\"to\":\"confirmed\",\"version\":1}", 400, "weight", "goal-weights.not-100");
        // tasks: percent complete and progress note
        c.post("percent 101", "bob", "{tasks}", ActionPlanHttp.task("percentComplete", "101"),
                400, "percentComplete", "plan.percent-complete-invalid");
        c.post("percent -1", "bob", "{tasks}", ActionPlanHttp.task("percentComplete", "-1"),
                400, "percentComplete", "plan.percent-complete-invalid");
        c.post("fractional percent", "bob", "{tasks}", ActionPlanHttp.task("percentComplete",
                "50.5"), 400, "percentComplete", "request.wrong-type");
        c.post("percent as text", "bob", "{tasks}", ActionPlanHttp.task("percentComplete",
                "\"50\""), 400, "percentComplete", "request.wrong-type");
        c.post("1 MB progress note", "bob", "{tasks}", ActionPlanHttp.task("progressNote",
                "\"" + MB + "\""), 400, "progressNote", "text.too-long");
        c.put("percent 101 on update", "bob", "{task}", ActionPlanHttp.task("version", "1",
                "percentComplete", "101"), 400, "percentComplete", "plan.percent-complete-invalid");
        c.post("percent on an initiative", "bob", "{initiatives}", ActionPlanHttp.initiative(
                "percentComplete", "10"), 400, "percentComplete", "request.unknown-field");
        // PUT /people/{user}/role
        c.put("role without version", "alice", ROLE, "{\"role\":\"Engineer\"}", 400, "version",
                "version.required");
        c.put("negative role version", "alice", ROLE, "{\"role\":\"Engineer\",\"version\":-1}",
                400, "version", "version.invalid");
        c.put("role over two lines", "alice", ROLE, "{\"role\":\"Sales\\nrep\",\"version\":0}",
                400, "role", "text.character-not-allowed");
        c.put("role of 256 characters", "alice", ROLE, "{\"role\":\"" + "r".repeat(256)
                + "\",\"version\":0}", 400, "role", "text.too-long");
        c.put("role as list", "alice", ROLE, "{\"role\":[\"a\"],\"version\":0}", 400, "role",
                "request.wrong-type");
        c.put("role set by a non-administrator", "zhang", ROLE,
                "{\"role\":\"Boss\",\"version\":0}", 403, null, "auth.forbidden");
        c.put("role of a user who does not exist", "alice",
                "/rest/cascade/1.0/people/nobody/role", "{\"role\":\"x\",\"version\":0}", 404, "userKey",
                "people.not-found");
        c.get("role read by someone who may not see it", "carol", ROLE, 404, "userKey",
                "people.not-found");
        // GET /tables/{table}
        c.get("unknown table", "bob", TABLES + "salaries?period=2026", 404, "table", "table.unknown");
        c.get("table without period", "bob", TABLES + "company-goals", 400, "period", "period.invalid");
        c.get("table with quarter 5", "zhang", TABLES + "company-goals?period=2026-Q5", 400, "period",
                "period.invalid");
        c.get("table of an unknown project", "bob", TABLES + "department-goals?period=2026&project=NOPE", 400,
                "project", "project.unknown");
        c.get("table of a project the caller may not browse", "carol",
                TABLES + "individual-goals?period=2026&project=CASC", 400, "project", "project.unknown");
        c.get("table limit 101", "bob", TABLES + "appraisal?period=2026&limit=101", 400, "limit",
                "paging.invalid");
        c.get("table limit not a number", "bob", TABLES + "appraisal?period=2026&limit=ten", 400, "limit",
                "paging.invalid");
        c.get("table negative offset", "bob", TABLES + "quarterly-review?period=2026&offset=-1", 400, "offset",
                "paging.invalid");
        c.get("table read anonymously", null, TABLES + "company-goals?period=2026", 401, null, "auth.required");
        return c.list();
    }

    @Override
    protected void placeholders(Map<String, Object> ids) throws Exception {
        ids.put("goal", http.create("bob", "{" + BASE + "}").path("id").asLong());
        ids.put("weighted", http.create("bob", "{" + BASE.replace("2026\"", "2026-Q2\"") + ",\"weight\":70,"
                + "\"keyResults\":[{\"title\":\"50 new customers\",\"weight\":100,\"measure\":{\"kind\":"
                + "\"metric\",\"direction\":\"increase\",\"start\":0,\"tiers\":{\"target\":50}}}]}")
                .path("id").asLong());
        long planned = http.create("bob", GoalsHttp.goal("bob", "members")).path("id").asLong();
        long initiative = ActionPlanHttp.createInitiative(HOST, "bob", planned, ActionPlanHttp.initiative())
                .path("item").path("initiative").asLong();
        long task = ActionPlanHttp.createTask(HOST, "bob", planned, initiative, ActionPlanHttp.task())
                .path("item").path("task").asLong();
        ids.put("tasks", ActionPlanHttp.tasks(planned, initiative, null));
        ids.put("task", ActionPlanHttp.tasks(planned, initiative, task));
        ids.put("initiatives", ActionPlanHttp.initiatives(planned, null));
    }

    private static void post(Cases c, String name, String user, String body, String field, String code) {
        c.post(name, user, GOALS, body, 400, field, code);
    }

    @Test
    public void shouldAnswerClientErrorNamingFieldAndChangeNothingWhenInputIsBad() throws Exception {
        assertRefusedAndUnchanged().inChineseWhenCalledBy(user).notAMessageKey();
    }
}
