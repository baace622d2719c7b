package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input on the seed tables' columns and reads: the new goal fields (category, departments, support needed,
 * weight), a person's role, a task's percent complete and progress note, and the table reads. Each case answers 4xx
 * with the field and code of its first error and a message (in Chinese for zhang), and the database is unchanged.
 */
@RunWith(Parameterized.class)
public class SeedTablesBadInputHttpTest extends BadInputRunner {

    @ClassRule
    public static final DevHostFixture HOST = DevHostFixture.seeded();

    private static final String MB = "x".repeat(1_000_000);
    private static final String BASE = "\"title\":\"New customers +25%\",\"level\":\"individual\","
            + "\"period\":{\"value\":\"2026\"},\"unit\":{\"project\":\"CASC\"}";
    private static final String ROLE = "/rest/cascade/1.0/people/zhang/role";
    private static final String TABLES = "/rest/cascade/1.0/tables/";

    private static Long goal;
    private static Long weighted;
    private static Long initiative;
    private static Long task;
    private static long planGoal;

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        List<Object[]> c = new ArrayList<>();
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
        c.add(new Object[] {"unknown category on update", "PUT", "bob", GOALS + "/{goal}", "{\"version\":1," + BASE
                + ",\"category\":\"visionary\"}", 400, "category", "category.unknown"});
        c.add(new Object[] {"weight out of range on update", "PUT", "bob", GOALS + "/{goal}", "{\"version\":1,"
                + BASE + ",\"weight\":100.5}", 400, "weight", "weight.invalid"});
        c.add(new Object[] {"unknown department on update", "PUT", "bob", GOALS + "/{goal}", "{\"version\":1,"
                + BASE + ",\"departments\":[{\"project\":\"ZZZ\"}]}", 400, "departments[0].project",
                "project.unknown"});
        // POST /goals/{id}/lifecycle: a person's weights must sum to 100 from confirmation on
        c.add(new Object[] {"confirming a set of 70%", "POST", "bob", GOALS + "/{weighted}/lifecycle",
                "{\"to\":\"confirmed\",\"version\":1}", 400, "weight", "goal-weights.not-100"});
        // tasks: percent complete and progress note
        c.add(new Object[] {"percent 101", "POST", "bob", "{tasks}", ActionPlanHttp.task("percentComplete", "101"),
                400, "percentComplete", "plan.percent-complete-invalid"});
        c.add(new Object[] {"percent -1", "POST", "bob", "{tasks}", ActionPlanHttp.task("percentComplete", "-1"),
                400, "percentComplete", "plan.percent-complete-invalid"});
        c.add(new Object[] {"fractional percent", "POST", "bob", "{tasks}", ActionPlanHttp.task("percentComplete",
                "50.5"), 400, "percentComplete", "request.wrong-type"});
        c.add(new Object[] {"percent as text", "POST", "bob", "{tasks}", ActionPlanHttp.task("percentComplete",
                "\"50\""), 400, "percentComplete", "request.wrong-type"});
        c.add(new Object[] {"1 MB progress note", "POST", "bob", "{tasks}", ActionPlanHttp.task("progressNote",
                "\"" + MB + "\""), 400, "progressNote", "text.too-long"});
        c.add(new Object[] {"percent 101 on update", "PUT", "bob", "{task}", ActionPlanHttp.task("version", "1",
                "percentComplete", "101"), 400, "percentComplete", "plan.percent-complete-invalid"});
        c.add(new Object[] {"percent on an initiative", "POST", "bob", "{initiatives}", ActionPlanHttp.initiative(
                "percentComplete", "10"), 400, "percentComplete", "request.unknown-field"});
        // PUT /people/{user}/role
        c.add(new Object[] {"role without version", "PUT", "alice", ROLE, "{\"role\":\"Engineer\"}", 400, "version",
                "version.required"});
        c.add(new Object[] {"negative role version", "PUT", "alice", ROLE, "{\"role\":\"Engineer\",\"version\":-1}",
                400, "version", "version.invalid"});
        c.add(new Object[] {"role over two lines", "PUT", "alice", ROLE, "{\"role\":\"Sales\\nrep\",\"version\":0}",
                400, "role", "text.character-not-allowed"});
        c.add(new Object[] {"role of 256 characters", "PUT", "alice", ROLE, "{\"role\":\"" + "r".repeat(256)
                + "\",\"version\":0}", 400, "role", "text.too-long"});
        c.add(new Object[] {"role as list", "PUT", "alice", ROLE, "{\"role\":[\"a\"],\"version\":0}", 400, "role",
                "request.wrong-type"});
        c.add(new Object[] {"role set by a non-administrator", "PUT", "zhang", ROLE,
                "{\"role\":\"Boss\",\"version\":0}", 403, null, "auth.forbidden"});
        c.add(new Object[] {"role of a user who does not exist", "PUT", "alice",
                "/rest/cascade/1.0/people/nobody/role", "{\"role\":\"x\",\"version\":0}", 404, "userKey",
                "people.not-found"});
        c.add(new Object[] {"role read by someone who may not see it", "GET", "carol", ROLE, null, 404, "userKey",
                "people.not-found"});
        // GET /tables/{table}
        get(c, "unknown table", "bob", TABLES + "salaries?period=2026", 404, "table", "table.unknown");
        get(c, "table without period", "bob", TABLES + "company-goals", 400, "period", "period.invalid");
        get(c, "table with quarter 5", "zhang", TABLES + "company-goals?period=2026-Q5", 400, "period",
                "period.invalid");
        get(c, "table of an unknown project", "bob", TABLES + "department-goals?period=2026&project=NOPE", 400,
                "project", "project.unknown");
        get(c, "table of a project the caller may not browse", "carol",
                TABLES + "individual-goals?period=2026&project=CASC", 400, "project", "project.unknown");
        get(c, "table limit 101", "bob", TABLES + "appraisal?period=2026&limit=101", 400, "limit",
                "paging.invalid");
        get(c, "table limit not a number", "bob", TABLES + "appraisal?period=2026&limit=ten", 400, "limit",
                "paging.invalid");
        get(c, "table negative offset", "bob", TABLES + "quarterly-review?period=2026&offset=-1", 400, "offset",
                "paging.invalid");
        get(c, "table read anonymously", null, TABLES + "company-goals?period=2026", 401, null, "auth.required");
        return c;
    }

    private static void post(List<Object[]> c, String name, String user, String body, String field, String code) {
        c.add(new Object[] {name, "POST", user, GOALS, body, 400, field, code});
    }

    private static void get(List<Object[]> c, String name, String user, String path, int status, String field,
            String code) {
        c.add(new Object[] {name, "GET", user, path, null, status, field, code});
    }

    private final GoalsHttp http = new GoalsHttp(HOST);

    public SeedTablesBadInputHttpTest(String name, String method, String user, String path, String body,
            int status, String field, String code) {
        super(HOST, method, user, path, body, status, field, code);
    }

    @Test
    public void shouldAnswerClientErrorNamingFieldAndChangeNothingWhenInputIsBad() throws Exception {
        String resolved = resolve(path);
        String sent = resolve(body);

        assertRefusedAndUnchanged(() -> switch (method) {
            case "POST" -> HOST.postJson(resolved, user, sent);
            case "GET" -> HOST.get(resolved, user);
            case "PUT" -> http.put(resolved, user, sent);
            default -> throw new AssertionError(method);
        }).inChineseWhenCalledBy(user).notAMessageKey();
    }

    private String resolve(String template) throws Exception {
        if (template == null) {
            return null;
        }
        if (goal == null) {
            goal = http.create("bob", "{" + BASE + "}").path("id").asLong();
            weighted = http.create("bob", "{" + BASE.replace("2026\"", "2026-Q2\"") + ",\"weight\":70,"
                    + "\"keyResults\":[{\"title\":\"50 new customers\",\"weight\":100,\"measure\":{\"kind\":"
                    + "\"metric\",\"direction\":\"increase\",\"start\":0,\"tiers\":{\"target\":50}}}]}")
                    .path("id").asLong();
            long planned = http.create("bob", GoalsHttp.goal("bob", "members")).path("id").asLong();
            initiative = ActionPlanHttp.createInitiative(HOST, "bob", planned, ActionPlanHttp.initiative())
                    .path("item").path("initiative").asLong();
            task = ActionPlanHttp.createTask(HOST, "bob", planned, initiative, ActionPlanHttp.task())
                    .path("item").path("task").asLong();
            planGoal = planned;
        }
        return template.replace("{goal}", String.valueOf(goal)).replace("{weighted}", String.valueOf(weighted))
                .replace("{tasks}", ActionPlanHttp.tasks(planGoal, initiative, null))
                .replace("{task}", ActionPlanHttp.tasks(planGoal, initiative, task))
                .replace("{initiatives}", ActionPlanHttp.initiatives(planGoal, null));
    }
}
