package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;

import java.util.Collection;
import java.util.Map;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input on every goals endpoint: each case answers 4xx with the field and code of its first error and a
 * message, and the database is the same afterwards.
 */
public class GoalsBadInputHttpTest extends BadInputRunner {

    private static final String MB = "x".repeat(1_000_000);
    private static final String OK_PERIOD = "\"period\":{\"value\":\"2026-Q1\"}";
    private static final String OK_UNIT = "\"unit\":{\"project\":\"CASC\"}";
    private static final String BASE = "\"title\":\"Raise sign-ups to 500\",\"level\":\"team\"," + OK_PERIOD + ","
            + OK_UNIT;

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        Cases c = table();
        // POST /goals: the body
        post(c, "malformed JSON", "bob", "{\"title\":", 400, "title", "request.malformed");
        post(c, "not JSON", "bob", "title=x", 400, "body", "request.malformed");
        post(c, "empty body", "bob", "", 400, "body", "request.malformed");
        post(c, "JSON null", "bob", "null", 400, "body", "request.malformed");
        post(c, "JSON array", "bob", "[]", 400, "body", "request.malformed");
        post(c, "two documents", "bob", "{" + BASE + "} {}", 400, "body", "request.malformed");
        post(c, "NaN weight", "bob", kr("\"weight\":NaN," + metric()), 400, "keyResults[0].weight",
                "request.malformed");
        post(c, "Infinity weight", "bob", kr("\"weight\":Infinity," + metric()), 400, "keyResults[0].weight",
                "request.malformed");
        post(c, "unknown field", "bob", "{" + BASE + ",\"colour\":\"red\"}", 400, "colour", "request.unknown-field");
        post(c, "unknown nested field", "bob", "{\"title\":\"T\",\"level\":\"team\"," + OK_PERIOD
                + ",\"unit\":{\"project\":\"CASC\",\"team\":\"x\"}}", 400, "unit.team", "request.unknown-field");
        post(c, "title array", "bob", "{\"title\":[1],\"level\":\"team\"," + OK_PERIOD + "," + OK_UNIT + "}", 400,
                "title", "request.wrong-type");
        post(c, "title object", "bob", "{\"title\":{},\"level\":\"team\"," + OK_PERIOD + "," + OK_UNIT + "}", 400,
                "title", "request.wrong-type");
        post(c, "missing title", "bob", "{\"level\":\"team\"," + OK_PERIOD + "," + OK_UNIT + "}", 400, "title",
                "title.required");
        post(c, "blank title", "bob", "{\"title\":\"  \",\"level\":\"team\"," + OK_PERIOD + "," + OK_UNIT + "}",
                400, "title", "title.required");
        post(c, "1 MB title", "bob", "{\"title\":\"" + MB + "\",\"level\":\"team\"," + OK_PERIOD + "," + OK_UNIT
                + "}", 400, "title", "title.too-long");
        post(c, "control characters in title", "bob", "{\"title\":\"a\\u0007b\",\"level\":\"team\"," + OK_PERIOD
                + "," + OK_UNIT + "}", 400, "title", "text.character-not-allowed");
        post(c, "1 MB description", "bob", "{" + BASE + ",\"description\":\"" + MB + "\"}", 400, "description",
                "description.too-long");
        post(c, "missing level", "bob", "{\"title\":\"T\"," + OK_PERIOD + "," + OK_UNIT + "}", 400, "level",
                "level.required");
        post(c, "unknown level", "bob", "{\"title\":\"T\",\"level\":\"galaxy\"," + OK_PERIOD + "," + OK_UNIT + "}",
                400, "level", "level.unknown");
        post(c, "missing period", "bob", "{\"title\":\"T\",\"level\":\"team\"," + OK_UNIT + "}", 400,
                "period.start", "period.start-required");
        post(c, "quarter 5", "bob", withPeriod("{\"value\":\"2026-Q5\"}"), 400, "period.value", "period.invalid");
        post(c, "period words", "bob", withPeriod("{\"value\":\"next year\"}"), 400, "period.value",
                "period.invalid");
        post(c, "month 13", "bob", withPeriod("{\"value\":\"2026-13\"}"), 400, "period.value", "period.invalid");
        post(c, "unknown period kind", "bob", withPeriod("{\"kind\":\"decade\",\"value\":\"2026\"}"), 400,
                "period.kind", "value.unknown");
        post(c, "kind not matching value", "bob", withPeriod("{\"kind\":\"quarter\",\"value\":\"2026\"}"), 400,
                "period.value", "period.invalid");
        post(c, "custom without end", "bob", withPeriod("{\"kind\":\"custom\",\"start\":\"2026-01-01\"}"), 400,
                "period.end", "period.end-required");
        post(c, "custom end before start", "bob",
                withPeriod("{\"kind\":\"custom\",\"start\":\"2026-05-01\",\"end\":\"2026-04-01\"}"), 400,
                "period.end", "period.end-before-start");
        post(c, "30 February", "bob",
                withPeriod("{\"kind\":\"custom\",\"start\":\"2026-02-30\",\"end\":\"2026-04-01\"}"), 400,
                "period.start", "date.invalid");
        post(c, "date in words", "bob",
                withPeriod("{\"kind\":\"custom\",\"start\":\"2026-01-01\",\"end\":\"tomorrow\"}"), 400,
                "period.end", "date.invalid");
        post(c, "date as array", "bob",
                withPeriod("{\"kind\":\"custom\",\"start\":[2026,1,1],\"end\":\"2026-04-01\"}"), 400,
                "period.start", "request.wrong-type");
        post(c, "missing unit", "bob", "{\"title\":\"T\",\"level\":\"team\"," + OK_PERIOD + "}", 400, "unit",
                "unit.required");
        post(c, "project and group", "bob", "{\"title\":\"T\",\"level\":\"team\"," + OK_PERIOD
                + ",\"unit\":{\"project\":\"CASC\",\"group\":\"devs\"}}", 400, "unit", "unit.required");
        post(c, "unknown project", "bob", "{\"title\":\"T\",\"level\":\"team\"," + OK_PERIOD
                + ",\"unit\":{\"project\":\"NOPE\"}}", 400, "unit.project", "project.unknown");
        post(c, "project the caller may not browse", "carol", "{" + BASE + "}", 400, "unit.project",
                "project.unknown");
        post(c, "1 MB group", "bob", "{\"title\":\"T\",\"level\":\"team\"," + OK_PERIOD
                + ",\"unit\":{\"group\":\"" + MB + "\"}}", 400, "unit.group", "value.unknown");
        post(c, "unknown type", "bob", "{" + BASE + ",\"type\":\"epic\"}", 400, "type", "value.unknown");
        post(c, "upper-case visibility", "bob", "{" + BASE + ",\"visibility\":\"PRIVATE\"}", 400, "visibility",
                "value.unknown");
        post(c, "roll-up as text", "bob", "{" + BASE + ",\"rollsUpFromChildren\":\"yes\"}", 400,
                "rollsUpFromChildren", "request.wrong-type");
        post(c, "1 MB owner", "bob", "{" + BASE + ",\"ownerKey\":\"" + MB + "\"}", 400, "ownerKey",
                "value.unknown");
        post(c, "control characters in owner", "bob", "{" + BASE + ",\"ownerKey\":\"bo\\u0000b\"}", 400, "ownerKey",
                "text.character-not-allowed");
        post(c, "owner who is no user", "bob", "{" + BASE + ",\"ownerKey\":\"nobody\"}", 400, "ownerKey",
                "user.unknown");
        post(c, "owner who is no user (message in Chinese)", "zhang", "{" + BASE + ",\"ownerKey\":\" ghost \"}",
                400, "ownerKey", "user.unknown");
        post(c, "key results not a list", "bob", "{" + BASE + ",\"keyResults\":\"many\"}", 400, "keyResults",
                "request.wrong-type");
        post(c, "null key result", "bob", "{" + BASE + ",\"keyResults\":[null]}", 400, "keyResults[0].title",
                "title.required");
        post(c, "21 key results", "bob", "{" + BASE + ",\"keyResults\":[" + String.join(",",
                java.util.Collections.nCopies(21, "{\"title\":\"K\",\"weight\":1," + metric() + "}")) + "]}", 400,
                "keyResults", "key-results.too-many");
        post(c, "1 MB key-result title", "bob", "{" + BASE + ",\"keyResults\":[{\"title\":\"" + MB
                + "\",\"weight\":100," + metric() + "}]}", 400, "keyResults[0].title", "title.too-long");
        post(c, "negative weight", "bob", kr("\"weight\":-1," + metric()), 400, "keyResults[0].weight",
                "weight.invalid");
        post(c, "weight over 100", "bob", kr("\"weight\":101," + metric()), 400, "keyResults[0].weight",
                "weight.invalid");
        post(c, "weight with three decimals", "bob", kr("\"weight\":33.333," + metric()), 400,
                "keyResults[0].weight", "weight.invalid");
        post(c, "huge weight", "bob", kr("\"weight\":1e400," + metric()), 400, "keyResults[0].weight",
                "weight.invalid");
        post(c, "weight as text", "bob", kr("\"weight\":\"50\"," + metric()), 400, "keyResults[0].weight",
                "request.wrong-type");
        post(c, "missing weight", "bob", kr(metric()), 400, "keyResults[0].weight", "weight.invalid");
        post(c, "missing measure", "bob", kr("\"weight\":100"), 400, "keyResults[0].measure.kind",
                "measure.kind-required");
        post(c, "unknown measure kind", "bob", kr("\"weight\":100,\"measure\":{\"kind\":\"dial\"}"), 400,
                "keyResults[0].measure.kind", "value.unknown");
        post(c, "metric without direction", "bob", kr("\"weight\":100,\"measure\":{\"kind\":\"metric\","
                + "\"start\":0,\"tiers\":{\"target\":10}}"), 400, "keyResults[0].measure.direction",
                "measure.direction-required");
        post(c, "metric target too large", "bob", kr("\"weight\":100,\"measure\":{\"kind\":\"metric\","
                + "\"direction\":\"increase\",\"start\":0,\"tiers\":{\"target\":1e16}}"), 400,
                "keyResults[0].measure.tiers.target", "measure.number-too-large");
        post(c, "metric target too precise", "bob", kr("\"weight\":100,\"measure\":{\"kind\":\"metric\","
                + "\"direction\":\"increase\",\"start\":0,\"tiers\":{\"target\":1.1234567}}"), 400,
                "keyResults[0].measure.tiers.target", "measure.number-too-precise");
        post(c, "increasing target below start", "bob", kr("\"weight\":100,\"measure\":{\"kind\":\"metric\","
                + "\"direction\":\"increase\",\"start\":10,\"tiers\":{\"target\":5}}"), 400,
                "keyResults[0].measure.tiers.target", "measure.target-below-start");
        post(c, "negative huge start", "bob", kr("\"weight\":100,\"measure\":{\"kind\":\"metric\","
                + "\"direction\":\"decrease\",\"start\":-1e20,\"tiers\":{\"target\":5}}"), 400,
                "keyResults[0].measure.start", "measure.number-too-large");
        post(c, "band low above high", "bob", kr("\"weight\":100,\"measure\":{\"kind\":\"band\",\"low\":9,"
                + "\"high\":3}"), 400, "keyResults[0].measure.low", "measure.low-above-high");
        post(c, "issues without links", "bob", kr("\"weight\":100,\"measure\":{\"kind\":\"issues\"}"), 400,
                "keyResults[0].measure.links", "links.required");
        post(c, "malformed issue key", "bob", kr("\"weight\":100,\"measure\":{\"kind\":\"issues\","
                + "\"links\":[{\"epic\":\"casc 1\"}]}"), 400, "keyResults[0].measure.links[0]", "link.key-invalid");
        post(c, "unknown epic", "bob", kr("\"weight\":100,\"measure\":{\"kind\":\"issues\","
                + "\"links\":[{\"epic\":\"CASC-999\"}]}"), 400, "keyResults[0].measure.links[0]", "epic.unknown");
        post(c, "link naming epic and issue", "bob", kr("\"weight\":100,\"measure\":{\"kind\":\"issues\","
                + "\"links\":[{\"epic\":\"CASC-1\",\"issue\":\"CASC-2\"}]}"), 400,
                "keyResults[0].measure.links[0]", "link.required");
        post(c, "blank JQL", "bob", kr("\"weight\":100,\"measure\":{\"kind\":\"issues\","
                + "\"links\":[{\"jql\":\"  \"}]}"), 400, "keyResults[0].measure.links[0]", "link.jql-required");
        post(c, "anonymous", null, "{" + BASE + "}", 401, null, "auth.required");
        // GET /goals
        c.get("limit 0", "bob", GOALS + "?limit=0", 400, "limit", "paging.invalid");
        c.get("limit 101", "bob", GOALS + "?limit=101", 400, "limit", "paging.invalid");
        c.get("limit not a number", "bob", GOALS + "?limit=ten", 400, "limit", "paging.invalid");
        c.get("negative offset", "bob", GOALS + "?offset=-1", 400, "offset", "paging.invalid");
        c.get("huge offset", "bob", GOALS + "?offset=99999999999", 400, "offset", "paging.invalid");
        c.get("month 13 filter", "bob", GOALS + "?period=2026-13", 400, "period", "period.invalid");
        c.get("unknown status", "bob", GOALS + "?status=archived", 400, "status", "value.unknown");
        // GET /goals/{id}
        c.get("unknown id", "bob", GOALS + "/999999", 404, "id", "objective.not-found");
        c.get("id not a number", "bob", GOALS + "/abc", 404, "id", "objective.not-found");
        c.get("negative id", "bob", GOALS + "/-1", 404, "id", "objective.not-found");
        // PUT /goals/{id}
        put(c, "update without version", "bob", "{id}", GoalsHttp.update(1, "bob", "T").replace("\"version\":1,",
                ""), 400, "version", "version.required");
        put(c, "version as text", "bob", "{id}", GoalsHttp.update(1, "bob", "T").replace("\"version\":1",
                "\"version\":\"1\""), 400, "version", "request.wrong-type");
        put(c, "truncated update", "bob", "{id}", "{\"version\":1,\"title\":", 400, "title", "request.malformed");
        put(c, "key results in update", "bob", "{id}", GoalsHttp.update(1, "bob", "T").replaceFirst("\\}$",
                ",\"keyResults\":[]}"), 400, "keyResults",
                "request.unknown-field");
        put(c, "blank title in update", "bob", "{id}", GoalsHttp.update(1, "bob", " "), 400, "title",
                "title.required");
        put(c, "period outside the year", "bob", "{id}", GoalsHttp.update(1, "bob", "T").replace(
                "{\"value\":\"2026-Q1\"}", "{\"value\":\"10000\"}"), 400, "period.value", "period.invalid");
        put(c, "update to an owner who is no user", "bob", "{id}", GoalsHttp.update(1, "nobody", "T"), 400,
                "ownerKey", "user.unknown");
        put(c, "update of unknown goal", "bob", "999999", GoalsHttp.update(1, "bob", "T"), 404, "id",
                "objective.not-found");
        put(c, "update in Chinese", "zhang", "{id}", GoalsHttp.update(1, "bob", " "), 403, null, "auth.forbidden");
        // DELETE /goals/{id}
        c.delete("delete without version", "bob", GOALS + "/{id}", 400, "version", "version.required");
        c.delete("version not a number", "bob", GOALS + "/{id}?version=abc", 400, "version", "request.wrong-type");
        c.delete("delete unknown goal", "bob", GOALS + "/999999?version=1", 404, "id", "objective.not-found");
        // POST /goals/{id}/lifecycle
        post(c, "unknown state", "bob", "{id}", "{\"to\":\"archived\",\"version\":1}", 400, "to", "value.unknown");
        post(c, "missing state", "bob", "{id}", "{\"version\":1}", 400, "to", "value.unknown");
        post(c, "state as number", "bob", "{id}", "{\"to\":2,\"version\":1}", 400, "to", "request.wrong-type");
        post(c, "draft to closed", "bob", "{id}", "{\"to\":\"closed\",\"version\":1}", 400, "lifecycle",
                "lifecycle.transition-invalid");
        post(c, "confirm with weights of 90%", "bob", "{id90}", "{\"to\":\"confirmed\",\"version\":1}", 400,
                "keyResults", "weights.not-100");
        post(c, "confirm without key results", "bob", "{id0}", "{\"to\":\"confirmed\",\"version\":1}", 400,
                "keyResults", "key-results.required");
        post(c, "move without version", "bob", "{id}", "{\"to\":\"confirmed\"}", 400, "version",
                "version.required");
        post(c, "move in Chinese", "zhang", "{id}", "{\"to\":\"closed\",\"version\":1}", 403, null,
                "auth.forbidden");
        return c.list();
    }

    @Override
    protected void placeholders(Map<String, Object> ids) throws Exception {
        ids.put("id", http.create("bob", GoalsHttp.goal("bob", "members")).path("id").asLong());
        ids.put("id90", http.create("bob", GoalsHttp.goal("bob", "members").replace("\"weight\":40",
                "\"weight\":30")).path("id").asLong());
        ids.put("id0", http.create("bob", "{" + BASE + "}").path("id").asLong());
    }

    private static String metric() {
        return "\"measure\":{\"kind\":\"metric\",\"direction\":\"increase\",\"start\":0,\"tiers\":{\"target\":10}}";
    }

    private static String kr(String fields) {
        return "{" + BASE + ",\"keyResults\":[{\"title\":\"Sign-ups reach 500\"," + fields + "}]}";
    }

    private static String withPeriod(String period) {
        return "{\"title\":\"T\",\"level\":\"team\",\"period\":" + period + "," + OK_UNIT + "}";
    }

    private static void post(Cases c, String name, String user, String body, int status, String field,
            String code) {
        c.post(name, user, GOALS, body, status, field, code);
    }

    private static void post(Cases c, String name, String user, String id, String body, int status, String field,
            String code) {
        c.post(name, user, GOALS + "/" + id + "/lifecycle", body, status, field, code);
    }

    private static void put(Cases c, String name, String user, String id, String body, int status, String field,
            String code) {
        c.put(name, user, GOALS + "/" + id, body, status, field, code);
    }

    @Test
    public void shouldAnswerClientErrorNamingFieldAndChangeNothingWhenInputIsBad() throws Exception {
        assertRefusedAndUnchanged().inChineseWhenCalledBy(user);
    }
}
