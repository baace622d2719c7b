package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.ActionPlanHttp.initiative;
import static dev.cascade.okr.devhost.ActionPlanHttp.task;

import java.util.Collection;
import java.util.Map;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input on every action-plan endpoint: each case answers 4xx with the field and code of its first error and a
 * message (in Chinese for zhang), and the database is the same afterwards. The plan under test: a 2026-Q1 goal of
 * bob's with initiative {a}, initiative {b} waiting for {a}, and task {t} of {a}; {o} is an initiative of another of
 * bob's goals.
 */
public class ActionPlanBadInputHttpTest extends BadInputRunner {

    private static final String MB = "x".repeat(1_000_000);
    private static final String INITIATIVES = "/rest/cascade/1.0/goals/{goal}/action-plan/initiatives";
    private static final String A = INITIATIVES + "/{a}";
    private static final String TASKS = A + "/tasks";
    private static final String T = TASKS + "/{t}";

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        Cases c = table();
        // POST …/initiatives: the JSON itself
        post(c, "malformed JSON", "{\"title\":", 400, "title", "request.malformed");
        String whole = initiative();
        post(c, "truncated JSON", whole.substring(0, whole.length() - 12), 400, "status", "request.malformed");
        post(c, "empty body", "", 400, "body", "request.malformed");
        post(c, "JSON null", "null", 400, "body", "request.malformed");
        post(c, "JSON array", "[]", 400, "body", "request.malformed");
        post(c, "not JSON", "title=x", 400, "body", "request.malformed");
        post(c, "two documents", whole + " {}", 400, "body", "request.malformed");
        post(c, "unknown field", initiative("colour", "\"red\""), 400, "colour", "request.unknown-field");
        post(c, "unknown nested field", initiative("resources", "{\"cost\":1}"), 400, "resources.cost",
                "request.unknown-field");
        post(c, "issue key on an initiative", initiative("issueKey", "\"CASC-2\""), 400, "issueKey",
                "request.unknown-field");
        // title and description
        post(c, "title number", initiative("title", "5"), 400, "title", "request.wrong-type");
        post(c, "title array", initiative("title", "[\"a\"]"), 400, "title", "request.wrong-type");
        post(c, "title missing", initiative("title", null), 400, "title", "title.required");
        post(c, "title blank", initiative("title", "\"   \""), 400, "title", "title.required");
        // issue 10: one text rule for every field at the door; a tab in a single-line text is refused there
        post(c, "title blank with a tab", initiative("title", "\" \\t\""), 400, "title", "text.character-not-allowed");
        post(c, "1 MB title", initiative("title", "\"" + MB + "\""), 400, "title", "title.too-long");
        post(c, "control character in title", initiative("title", "\"a\\u0007b\""), 400, "title",
                "text.character-not-allowed");
        post(c, "1 MB description", initiative("description", "\"" + MB + "\""), 400, "description",
                "description.too-long");
        post(c, "NUL in description", initiative("description", "\"a\\u0000b\""), 400, "description",
                "text.character-not-allowed");
        // owner
        post(c, "owner missing", initiative("owner", null), 400, "owner", "plan.owner-required");
        post(c, "owner number", initiative("owner", "7"), 400, "owner", "request.wrong-type");
        post(c, "1 MB owner", initiative("owner", "\"" + MB + "\""), 400, "owner", "value.unknown");
        post(c, "control character in owner", initiative("owner", "\"bo\\u0000b\""), 400, "owner",
                "text.character-not-allowed");
        post(c, "owner who is no user", initiative("owner", "\"nobody\""), 400, "owner", "user.unknown");
        post(c, "resource person who is no user", initiative("resources", "{\"people\":[\"bob\",\"nobody\"]}"),
                400, "resources.people[1]", "user.unknown");
        post(c, "RACI person who is no user", initiative("raci", "[{\"person\":\"nobody\",\"role\":\"responsible\"},"
                + "{\"person\":\"alice\",\"role\":\"accountable\"}]"), 400, "raci[0].person", "user.unknown");
        // dates
        post(c, "start missing", initiative("start", null), 400, "start", "plan.start-required");
        post(c, "start 30 February", initiative("start", "\"2026-02-30\""), 400, "start", "date.invalid");
        post(c, "start in words", initiative("start", "\"tomorrow\""), 400, "start", "date.invalid");
        post(c, "start as a number", initiative("start", "20260105"), 400, "start", "request.wrong-type");
        post(c, "start before the goal's period", initiative("start", "\"2025-12-31\""), 400, "start",
                "plan.dates-outside-period");
        post(c, "due after the goal's period", initiative("due", "\"2026-04-01\""), 400, "due",
                "plan.dates-outside-period");
        post(c, "due before start", initiative("due", "\"2026-01-04\""), 400, "due", "plan.due-before-start");
        post(c, "due missing", initiative("due", null), 400, "due", "plan.due-required");
        // resources
        post(c, "NaN budget", initiative("resources", "{\"budget\":NaN,\"currency\":\"CNY\"}"), 400, "resources.budget",
                "request.malformed");
        post(c, "Infinity budget", initiative("resources", "{\"budget\":Infinity,\"currency\":\"CNY\"}"), 400,
                "resources.budget", "request.malformed");
        post(c, "budget as text", initiative("resources", "{\"budget\":\"100\",\"currency\":\"CNY\"}"), 400,
                "resources.budget", "request.wrong-type");
        post(c, "negative budget", initiative("resources", "{\"budget\":-1,\"currency\":\"CNY\"}"), 400,
                "resources.budget", "plan.budget-negative");
        post(c, "budget 1e300", initiative("resources", "{\"budget\":1e300,\"currency\":\"CNY\"}"), 400,
                "resources.budget", "amount.too-large");
        post(c, "budget above 10^15", initiative("resources", "{\"budget\":1000000000000000.01,\"currency\":\"CNY\"}"),
                400, "resources.budget", "amount.too-large");
        post(c, "budget with three decimals", initiative("resources", "{\"budget\":10.555,\"currency\":\"CNY\"}"),
                400, "resources.budget", "plan.budget-too-precise");
        post(c, "budget without currency", initiative("resources", "{\"budget\":100}"), 400, "resources.currency",
                "plan.currency-required");
        post(c, "lower-case currency", initiative("resources", "{\"budget\":100,\"currency\":\"cny\"}"), 400,
                "resources.currency", "plan.currency-invalid");
        post(c, "1 MB currency", initiative("resources", "{\"budget\":100,\"currency\":\"" + MB + "\"}"), 400,
                "resources.currency", "plan.currency-invalid");
        post(c, "person missing", initiative("resources", "{\"people\":[null]}"), 400, "resources.people[0]",
                "plan.person-required");
        post(c, "person with a control character", initiative("resources", "{\"people\":[\"b\\u0001\"]}"), 400,
                "resources.people[0]", "text.character-not-allowed");
        post(c, "people not a list", initiative("resources", "{\"people\":\"bob\"}"), 400, "resources.people",
                "request.wrong-type");
        post(c, "blank role", initiative("resources", "{\"roles\":[\" \"]}"), 400, "resources.roles[0]",
                "plan.resource-role-invalid");
        post(c, "1 MB role", initiative("resources", "{\"roles\":[\"" + MB + "\"]}"), 400, "resources.roles[0]",
                "plan.resource-role-invalid");
        // RACI
        post(c, "no RACI", initiative("raci", null), 400, "raci", "plan.raci-accountable-required");
        post(c, "RACI without accountable", initiative("raci", "[{\"person\":\"bob\",\"role\":\"responsible\"}]"),
                400, "raci", "plan.raci-accountable-required");
        post(c, "RACI without responsible", initiative("raci", "[{\"person\":\"bob\",\"role\":\"accountable\"}]"),
                400, "raci", "plan.raci-responsible-required");
        post(c, "two accountable", initiative("raci", "[{\"person\":\"bob\",\"role\":\"responsible\"},"
                + "{\"person\":\"alice\",\"role\":\"accountable\"},{\"person\":\"pat\",\"role\":\"accountable\"}]"),
                400, "raci[2].role", "plan.raci-accountable-duplicate");
        post(c, "unknown RACI role", initiative("raci", "[{\"person\":\"bob\",\"role\":\"boss\"},"
                + "{\"person\":\"alice\",\"role\":\"accountable\"}]"), 400, "raci[0].role", "value.unknown");
        post(c, "RACI role in capitals", initiative("raci", "[{\"person\":\"bob\",\"role\":\"RESPONSIBLE\"},"
                + "{\"person\":\"alice\",\"role\":\"accountable\"}]"), 400, "raci[0].role", "value.unknown");
        post(c, "RACI person missing", initiative("raci", "[{\"role\":\"responsible\"},"
                + "{\"person\":\"alice\",\"role\":\"accountable\"}]"), 400, "raci[0].person", "plan.person-required");
        post(c, "RACI person twice", initiative("raci", "[{\"person\":\"bob\",\"role\":\"responsible\"},"
                + "{\"person\":\"bob\",\"role\":\"accountable\"}]"), 400, "raci[1].person",
                "plan.raci-person-duplicate");
        post(c, "RACI entry null", initiative("raci", "[null,{\"person\":\"alice\",\"role\":\"accountable\"}]"),
                400, "raci[0].person", "plan.person-required");
        post(c, "RACI not a list", initiative("raci", "{\"person\":\"bob\"}"), 400, "raci", "request.wrong-type");
        // risk and status
        post(c, "risk without level", initiative("risk", "{\"description\":\"Rain\"}"), 400, "risk.level",
                "plan.risk-level-required");
        post(c, "unknown risk level", initiative("risk", "{\"description\":\"Rain\",\"level\":\"extreme\"}"), 400,
                "risk.level", "value.unknown");
        post(c, "risk without description", initiative("risk", "{\"contingency\":\"Tent\",\"level\":\"low\"}"), 400,
                "risk.description", "plan.risk-description-required");
        post(c, "control character in contingency", initiative("risk",
                "{\"description\":\"Rain\",\"contingency\":\"T\\u001bent\",\"level\":\"low\"}"), 400,
                "risk.contingency", "text.character-not-allowed");
        post(c, "1 MB risk", initiative("risk", "{\"description\":\"" + MB + "\",\"level\":\"low\"}"), 400,
                "risk.description", "description.too-long");
        post(c, "unknown status", initiative("status", "\"finished\""), 400, "status", "value.unknown");
        post(c, "status as a number", initiative("status", "1"), 400, "status", "request.wrong-type");
        post(c, "lower-case epic key", initiative("epicKey", "\"casc-1\""), 400, "epicKey", "epic.key-invalid");
        post(c, "1 MB epic key", initiative("epicKey", "\"" + MB + "\""), 400, "epicKey", "epic.key-invalid");
        // dependencies
        post(c, "unknown dependency", initiative("dependencies", "[{\"task\":999999}]"), 400, "dependencies[0]",
                "plan.dependency-unknown");
        post(c, "dependency on another goal's initiative", initiative("dependencies", "[{\"initiative\":{o}}]"), 400,
                "dependencies[0]", "plan.dependency-unknown");
        post(c, "dependency id 0", initiative("dependencies", "[{\"initiative\":0}]"), 400, "dependencies[0]",
                "value.unknown");
        post(c, "dependency naming both kinds", initiative("dependencies", "[{\"initiative\":{a},\"task\":{t}}]"),
                400, "dependencies[0]", "value.unknown");
        post(c, "dependency null", initiative("dependencies", "[null]"), 400, "dependencies[0]",
                "plan.dependency-required");
        post(c, "dependency id 1.5", initiative("dependencies", "[{\"initiative\":1.5}]"), 400,
                "dependencies[0].initiative", "request.wrong-type");
        post(c, "dependency as text", initiative("dependencies", "[\"initiative:1\"]"), 400, "dependencies[0]",
                "request.wrong-type");
        // who and which goal
        c.post("member zhang may not add (message in Chinese)", "zhang", INITIATIVES,
                initiative(), 403, null, "auth.forbidden");
        c.post("unknown goal", "bob", "/rest/cascade/1.0/goals/999999/action-plan/initiatives",
                initiative(), 404, "id", "objective.not-found");
        c.post("goal id not a number", "bob", "/rest/cascade/1.0/goals/x/action-plan/initiatives",
                initiative(), 404, "id", "objective.not-found");
        // PUT …/initiatives/{a}
        put(c, "update without version", A, initiative(), 400, "version", "version.required");
        put(c, "version as text", A, initiative("version", "\"1\""), 400, "version", "request.wrong-type");
        put(c, "version 1.5", A, initiative("version", "1.5"), 400, "version", "request.wrong-type");
        put(c, "update closing a cycle", A, initiative("version", "1", "dependencies", "[{\"initiative\":{b}}]"), 400,
                "dependencies", "plan.dependency-cycle");
        put(c, "initiative waiting for itself", A, initiative("version", "1", "dependencies",
                "[{\"initiative\":{a}}]"), 400, "dependencies[0]", "plan.dependency-self");
        put(c, "update with dates outside the period", A, initiative("version", "1", "start", "\"2027-01-01\"",
                "due", "\"2027-02-01\""), 400, "start", "plan.dates-outside-period");
        put(c, "update with 1 MB description", A, initiative("version", "1", "description", "\"" + MB + "\""), 400,
                "description", "description.too-long");
        put(c, "update to an owner who is no user", A, initiative("version", "1", "owner", "\"nobody\""), 400,
                "owner", "user.unknown");
        put(c, "update with malformed JSON", A, "{\"version\":1,", 400, "version", "request.malformed");
        put(c, "update of an unknown initiative", INITIATIVES + "/999999", initiative("version", "1"), 404,
                "initiativeId", "plan.item-unknown");
        put(c, "update of another goal's initiative", INITIATIVES + "/{o}", initiative("version", "1"), 404,
                "initiativeId", "plan.item-unknown");
        put(c, "update of initiative id abc", INITIATIVES + "/abc", initiative("version", "1"), 404, "initiativeId",
                "plan.item-unknown");
        put(c, "update of initiative id -1", INITIATIVES + "/-1", initiative("version", "1"), 404, "initiativeId",
                "plan.item-unknown");
        // DELETE …/initiatives/{a}
        delete(c, "delete without version", A, 400, "version", "version.required");
        delete(c, "delete with version abc", A + "?version=abc", 400, "version", "request.wrong-type");
        delete(c, "delete of an initiative another waits for", A + "?version=1", 400, null,
                "plan.item-has-dependents");
        delete(c, "delete of an unknown initiative", INITIATIVES + "/999999?version=1", 404, "initiativeId",
                "plan.item-unknown");
        delete(c, "delete of another goal's initiative", INITIATIVES + "/{o}?version=1", 404, "initiativeId",
                "plan.item-unknown");
        // POST …/initiatives/{a}/tasks
        c.post("task of an unknown initiative", "bob", INITIATIVES + "/999999/tasks", task(),
                404, "initiativeId", "plan.item-unknown");
        c.post("task of another goal's initiative", "bob", INITIATIVES + "/{o}/tasks", task(),
                404, "initiativeId", "plan.item-unknown");
        c.post("epic key on a task", "bob", TASKS, task("epicKey", "\"CASC-1\""), 400,
                "epicKey", "request.unknown-field");
        c.post("initiative in a task's body", "bob", TASKS, task("initiative", "{a}"), 400,
                "initiative", "request.unknown-field");
        c.post("invalid issue key", "bob", TASKS, task("issueKey", "\"CASC 2\""), 400,
                "issueKey", "plan.issue-key-invalid");
        c.post("task due after the period", "bob", TASKS, task("due", "\"2026-12-31\""), 400,
                "due", "plan.dates-outside-period");
        c.post("task waiting for its own initiative", "bob", TASKS,
                task("dependencies", "[{\"initiative\":{a}}]"), 400, "dependencies", "plan.dependency-cycle");
        c.post("task with truncated JSON", "bob", TASKS, "{\"title\":\"Book\",\"raci\":[", 400,
                "raci[0]", "request.malformed");
        c.post("task owner who is no user", "bob", TASKS, task("owner", "\"nobody\""), 400,
                "owner", "user.unknown");
        // PUT and DELETE …/tasks/{t}
        put(c, "task update closing a cycle", T, task("version", "1", "dependencies", "[{\"initiative\":{a}}]"),
                400, "dependencies", "plan.dependency-cycle");
        put(c, "task update with a RACI person who is no user", T, task("version", "1", "raci",
                "[{\"person\":\"bob\",\"role\":\"responsible\"},{\"person\":\"ghost\",\"role\":\"accountable\"}]"),
                400, "raci[1].person", "user.unknown");
        put(c, "task update without version", T, task(), 400, "version", "version.required");
        put(c, "task update under another initiative", INITIATIVES + "/{b}/tasks/{t}", task("version", "1"), 404,
                "taskId", "plan.item-unknown");
        put(c, "update of an unknown task", TASKS + "/999999", task("version", "1"), 404, "taskId",
                "plan.item-unknown");
        put(c, "task update with NaN budget", T, task("version", "1", "resources", "{\"budget\":NaN}"), 400,
                "resources.budget", "request.malformed");
        delete(c, "task delete without version", T, 400, "version", "version.required");
        delete(c, "task delete under another initiative", INITIATIVES + "/{b}/tasks/{t}?version=1", 404, "taskId",
                "plan.item-unknown");
        delete(c, "delete of task id 0", TASKS + "/0?version=1", 404, "taskId", "plan.item-unknown");
        // GET
        c.get("plan of an unknown goal", "bob", "/rest/cascade/1.0/goals/999999/action-plan",
                404, "id", "objective.not-found");
        c.get("plan of a goal carol may not see", "carol",
                "/rest/cascade/1.0/goals/{goal}/action-plan", 404, "id", "objective.not-found");
        return c.list();
    }

    @Override
    protected void placeholders(Map<String, Object> ids) throws Exception {
        long goal = http.create("bob", GoalsHttp.goal("bob", "members")).path("id").asLong();
        long a = ActionPlanHttp.createInitiative(HOST, "bob", goal, initiative()).path("item").path("initiative")
                .asLong();
        ids.put("goal", goal);
        ids.put("a", a);
        ids.put("b", ActionPlanHttp.createInitiative(HOST, "bob", goal, initiative("title", "\"Follow-up mailing\"",
                "dependencies", "[{\"initiative\":" + a + "}]")).path("item").path("initiative").asLong());
        ids.put("t", ActionPlanHttp.createTask(HOST, "bob", goal, a, task()).path("item").path("task").asLong());
        long other = http.create("bob", GoalsHttp.goal("bob", "members")).path("id").asLong();
        ids.put("o", ActionPlanHttp.createInitiative(HOST, "bob", other, initiative()).path("item")
                .path("initiative").asLong());
    }

    private static void post(Cases c, String name, String body, int status, String field, String code) {
        c.post(name, "bob", INITIATIVES, body, status, field, code);
    }

    private static void put(Cases c, String name, String path, String body, int status, String field, String code) {
        c.put(name, "bob", path, body, status, field, code);
    }

    private static void delete(Cases c, String name, String path, int status, String field, String code) {
        c.delete(name, "bob", path, status, field, code);
    }

    @Test
    public void shouldAnswerClientErrorNamingFieldAndChangeNothingWhenInputIsBad() throws Exception {
        assertRefusedAndUnchanged().inChineseWhenCalledBy(user);
    }
}
