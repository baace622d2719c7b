package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;
import static dev.cascade.okr.devhost.KeyResultsHttp.CASCADE;
import static dev.cascade.okr.devhost.KeyResultsHttp.KEY_RESULTS;

import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Visibility;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input on the key-result, alignment and cascade endpoints: each case answers 4xx with the field and code of its
 * first error and a message (in Chinese for zhang), and the database is the same afterwards. Alignment cases run on
 * goals stored directly: a pair A and B with B supporting A, goals of a year and of a quarter, a department and a
 * team goal, a chain eight alignments long, and a private goal of zhang's.
 */
public class KeyResultsBadInputHttpTest extends BadInputRunner {

    private static final String MB = "x".repeat(1_000_000);
    private static final String METRIC = "\"measure\":{\"kind\":\"metric\",\"direction\":\"increase\",\"start\":0,"
            + "\"tiers\":{\"target\":10},\"unit\":\"demos\"}";
    private static final String ISSUES = "\"measure\":{\"kind\":\"issues\",\"basis\":\"issue-count-done\","
            + "\"links\":[%s]}";

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        Cases c = table();
        // POST /goals/{id}/key-results
        String add = GOALS + "/{goal}/key-results";
        c.post("add: malformed JSON", "bob", add, "{\"title\":", 400, "title", "request.malformed");
        c.post("add: truncated JSON", "bob", add, "{\"title\":\"T\",\"weight\":10,", 400, "weight",
                "request.malformed");
        c.post("add: not JSON", "bob", add, "title=x", 400, "body", "request.malformed");
        c.post("add: empty body", "bob", add, "", 400, "body", "request.malformed");
        c.post("add: JSON array", "bob", add, "[]", 400, "body", "request.malformed");
        c.post("add: unknown field", "bob", add, kr("\"weight\":10,\"colour\":\"red\"," + METRIC), 400, "colour",
                "request.unknown-field");
        c.post("add: title a number", "bob", add, "{\"title\":5,\"weight\":10," + METRIC + "}", 400, "title",
                "request.wrong-type");
        c.post("add: NaN weight", "bob", add, kr("\"weight\":NaN," + METRIC), 400, "weight", "request.malformed");
        c.post("add: Infinity weight", "bob", add, kr("\"weight\":Infinity," + METRIC), 400, "weight",
                "request.malformed");
        c.post("add: weight text", "bob", add, kr("\"weight\":\"ten\"," + METRIC), 400, "weight",
                "request.wrong-type");
        c.post("add: negative weight", "bob", add, kr("\"weight\":-1," + METRIC), 400, "weight", "weight.invalid");
        c.post("add: weight over 100", "bob", add, kr("\"weight\":100.01," + METRIC), 400, "weight",
                "weight.invalid");
        c.post("add: huge weight", "bob", add, kr("\"weight\":1e20," + METRIC), 400, "weight", "weight.invalid");
        c.post("add: weight with three decimals", "bob", add, kr("\"weight\":10.125," + METRIC), 400, "weight",
                "weight.invalid");
        c.post("add: title missing", "bob", add, "{\"weight\":10," + METRIC + "}", 400, "title", "title.required");
        c.post("add: title blank", "bob", add, "{\"title\":\"  \",\"weight\":10," + METRIC + "}", 400, "title",
                "title.required");
        c.post("add: 1 MB title", "bob", add, "{\"title\":\"" + MB + "\",\"weight\":10," + METRIC + "}", 400,
                "title", "title.too-long");
        c.post("add: control characters in title", "bob", add, "{\"title\":\"a\\u0007b\",\"weight\":10," + METRIC
                + "}", 400, "title", "text.character-not-allowed");
        c.post("add: measure missing", "bob", add, "{\"title\":\"T\",\"weight\":10}", 400, "measure.kind",
                "measure.kind-required");
        c.post("add: measure kind unknown", "bob", add, kr("\"weight\":10,\"measure\":{\"kind\":\"vibes\"}"), 400,
                "measure.kind", "value.unknown");
        c.post("add: NaN target", "bob", add, kr("\"weight\":10," + METRIC.replace("\"target\":10",
                "\"target\":NaN")), 400, "measure.tiers.target", "request.malformed");
        c.post("add: unknown epic", "bob", add, kr("\"weight\":10," + ISSUES.formatted("{\"epic\":\"CASC-999\"}")),
                400, "measure.links[0]", "epic.unknown");
        c.post("add: malformed issue key", "bob", add, kr("\"weight\":10,"
                + ISSUES.formatted("{\"issue\":\"casc-1\"}")), 400, "measure.links[0]", "link.key-invalid");
        c.post("add: link with two kinds", "bob", add, kr("\"weight\":10,"
                + ISSUES.formatted("{\"epic\":\"CASC-1\",\"issue\":\"CASC-2\"}")), 400, "measure.links[0]",
                "link.required");
        c.post("add: issues without links", "bob", add, kr("\"weight\":10," + ISSUES.formatted("")), 400,
                "measure.links", "links.required");
        c.post("add: unknown goal", "bob", GOALS + "/999999/key-results", kr("\"weight\":10," + METRIC), 404, "id",
                "objective.not-found");
        c.post("add: goal id not a number", "bob", GOALS + "/abc/key-results", kr("\"weight\":10," + METRIC), 404,
                "id", "objective.not-found");
        c.post("add: goal hidden from carol", "carol", add, kr("\"weight\":10," + METRIC), 404, "id",
                "objective.not-found");
        c.post("add: goal of someone else", "zhang", add, kr("\"weight\":10," + METRIC), 403, null,
                "auth.forbidden");
        c.post("add: weights of an active goal past 100%", "bob", GOALS + "/{active}/key-results",
                kr("\"weight\":10," + METRIC), 400, "keyResults", "weights.not-100");

        // PUT /key-results/{id}
        String one = KEY_RESULTS + "/{kr}";
        c.put("update: version missing", "bob", one, kr("\"weight\":60," + METRIC), 400, "version",
                "version.required");
        c.put("update: version text", "bob", one, "{\"version\":\"one\"," + kr("\"weight\":60," + METRIC)
                .substring(1), 400, "version", "request.wrong-type");
        c.put("update: malformed JSON", "bob", one, "{\"version\":1,", 400, "version", "request.malformed");
        c.put("update: NaN weight", "bob", one, versioned(kr("\"weight\":NaN," + METRIC)), 400, "weight",
                "request.malformed");
        c.put("update: negative weight", "bob", one, versioned(kr("\"weight\":-5," + METRIC)), 400, "weight",
                "weight.invalid");
        c.put("update: 1 MB title", "bob", one, versioned("{\"title\":\"" + MB + "\",\"weight\":60," + METRIC
                + "}"), 400, "title", "title.too-long");
        c.put("update: unknown field", "bob", one, versioned(kr("\"weight\":60,\"id\":3," + METRIC)), 400, "id",
                "request.unknown-field");
        c.put("update: unknown epic", "bob", KEY_RESULTS + "/{krIssues}", versioned(kr("\"weight\":40,"
                + ISSUES.formatted("{\"epic\":\"OPS-999\"}"))), 400, "measure.links[0]", "epic.unknown");
        c.put("update: unknown key result", "bob", KEY_RESULTS + "/999999", versioned(kr("\"weight\":60," + METRIC)),
                404, "id", "key-result.not-found");
        c.put("update: key result id not a number", "bob", KEY_RESULTS + "/x", versioned(kr("\"weight\":60,"
                + METRIC)), 404, "id", "key-result.not-found");
        c.put("update: negative key result id", "bob", KEY_RESULTS + "/-1", versioned(kr("\"weight\":60,"
                + METRIC)), 404, "id", "key-result.not-found");
        c.put("update: hidden from carol", "carol", one, versioned(kr("\"weight\":60," + METRIC)), 404, "id",
                "key-result.not-found");
        c.put("update: weights of an active goal off 100%", "bob", KEY_RESULTS + "/{activeKr}",
                versioned(kr("\"weight\":50," + METRIC)), 400, "keyResults", "weights.not-100");

        // DELETE /key-results/{id}
        c.delete("delete: version missing", "bob", one, 400, "version", "version.required");
        c.delete("delete: version text", "bob", one + "?version=abc", 400, "version", "request.wrong-type");
        c.delete("delete: the only key result of an active goal", "bob", KEY_RESULTS + "/{activeKr}?version=1",
                400, "keyResults", "key-results.required");
        c.delete("delete: unknown key result", "bob", KEY_RESULTS + "/999999?version=1", 404, "id",
                "key-result.not-found");

        // PUT /key-results/{id}/links
        String links = KEY_RESULTS + "/{krIssues}/links";
        c.put("links: malformed JSON", "bob", links, "{\"version\":1,\"links\"", 400, "links", "request.malformed");
        c.put("links: version missing", "bob", links, "{\"links\":[{\"epic\":\"CASC-1\"}]}", 400, "version",
                "version.required");
        c.put("links: links missing", "bob", links, "{\"version\":1}", 400, "links", "links.required");
        c.put("links: links empty", "bob", links, KeyResultsHttp.links(1, ""), 400, "links", "links.required");
        c.put("links: links not a list", "bob", links, "{\"version\":1,\"links\":\"CASC-1\"}", 400, "links",
                "request.wrong-type");
        c.put("links: unknown epic", "bob", links, KeyResultsHttp.links(1, "{\"epic\":\"CASC-999\"}"), 400,
                "links[0]", "epic.unknown");
        c.put("links: unknown issue", "bob", links, KeyResultsHttp.links(1, "{\"epic\":\"CASC-1\"},"
                + "{\"issue\":\"NOPE-1\"}"), 400, "links[1]", "epic.unknown");
        c.put("links: key with leading zero", "bob", links, KeyResultsHttp.links(1, "{\"epic\":\"CASC-01\"}"), 400,
                "links[0]", "link.key-invalid");
        c.put("links: two kinds in one", "bob", links, KeyResultsHttp.links(1,
                "{\"epic\":\"CASC-1\",\"jql\":\"project = CASC\"}"), 400, "links[0]", "link.required");
        c.put("links: null entry", "bob", links, KeyResultsHttp.links(1, "null"), 400, "links[0]", "link.required");
        c.put("links: blank JQL", "bob", links, KeyResultsHttp.links(1, "{\"jql\":\"  \"}"), 400, "links[0]",
                "link.jql-required");
        c.put("links: 1 MB JQL", "bob", links, KeyResultsHttp.links(1, "{\"jql\":\"" + MB + "\"}"), 400, "links[0]",
                "link.jql-too-long");
        c.put("links: control characters in JQL", "bob", links, KeyResultsHttp.links(1,
                "{\"jql\":\"project = CASC\\u0000\"}"), 400, "links[0].jql", "text.character-not-allowed");
        c.put("links: same epic twice", "bob", links, KeyResultsHttp.links(1,
                "{\"epic\":\"CASC-1\"},{\"epic\":\"CASC-1\"}"), 400, "links[1]", "link.duplicate");
        c.put("links: 51 links", "bob", links, KeyResultsHttp.links(1, String.join(",",
                Collections.nCopies(51, "{\"epic\":\"CASC-1\"}"))), 400, "links", "links.too-many");
        c.put("links: unknown field in a link", "bob", links, KeyResultsHttp.links(1,
                "{\"epic\":\"CASC-1\",\"story\":\"CASC-2\"}"), 400, "links[0].story", "request.unknown-field");
        c.put("links: metric key result", "bob", KEY_RESULTS + "/{kr}/links", KeyResultsHttp.links(1,
                "{\"epic\":\"CASC-1\"}"), 400, "links", "key-result.not-issue-driven");
        c.put("links: unknown key result", "bob", KEY_RESULTS + "/999999/links", KeyResultsHttp.links(1,
                "{\"epic\":\"CASC-1\"}"), 404, "id", "key-result.not-found");

        // POST /key-results/links/add (issue 13: the issue view's "link to a key result")
        String addLink = KEY_RESULTS + "/links/add";
        c.post("add link: malformed JSON", "bob", addLink, "{\"keyResult\":{krIssues},\"link\"", 400, "link",
                "request.malformed");
        c.post("add link: key result missing", "bob", addLink, "{\"version\":1,\"link\":{\"issue\":\"CASC-4\"}}",
                400, "keyResult", "key-result.required");
        c.post("add link: key result text", "bob", addLink, "{\"keyResult\":\"one\",\"version\":1,"
                + "\"link\":{\"issue\":\"CASC-4\"}}", 400, "keyResult", "request.wrong-type");
        c.post("add link: version missing", "bob", addLink, addLink("{krIssues}", null, "{\"issue\":\"CASC-4\"}"),
                400, "version", "version.required");
        c.post("add link: link missing", "bob", addLink, "{\"keyResult\":{krIssues},\"version\":1}", 400, "link",
                "link.required");
        c.post("add link: link with two kinds", "bob", addLink, addLink("{krIssues}", "1",
                "{\"issue\":\"CASC-4\",\"epic\":\"CASC-1\"}"), 400, "link", "link.required");
        c.post("add link: link empty", "bob", addLink, addLink("{krIssues}", "1", "{}"), 400, "link",
                "link.required");
        c.post("add link: malformed key", "bob", addLink, addLink("{krIssues}", "1", "{\"issue\":\"casc-4\"}"), 400,
                "link", "link.key-invalid");
        c.post("add link: unknown issue", "bob", addLink, addLink("{krIssues}", "1", "{\"issue\":\"CASC-999\"}"),
                400, "link", "epic.unknown");
        c.post("add link: issue bob may not browse", "bob", addLink, addLink("{krIssues}", "1",
                "{\"issue\":\"OPS-2\"}"), 400, "link", "epic.unknown");
        c.post("add link: already linked", "bob", addLink, addLink("{krIssues}", "1", "{\"epic\":\"CASC-1\"}"), 400,
                "link", "link.duplicate");
        c.post("add link: unknown field in the link", "bob", addLink, addLink("{krIssues}", "1",
                "{\"issue\":\"CASC-4\",\"story\":\"CASC-2\"}"), 400, "link.story", "request.unknown-field");
        c.post("add link: unknown field", "bob", addLink, "{\"keyResult\":{krIssues},\"version\":1,"
                + "\"link\":{\"issue\":\"CASC-4\"},\"links\":[]}", 400, "links", "request.unknown-field");
        c.post("add link: metric key result", "bob", addLink, addLink("{kr}", "1", "{\"issue\":\"CASC-4\"}"), 400,
                "link", "key-result.not-issue-driven");
        c.post("add link: unknown key result", "bob", addLink, addLink("999999", "1", "{\"issue\":\"CASC-4\"}"),
                404, "id", "key-result.not-found");
        c.post("add link: key result 0", "bob", addLink, addLink("0", "1", "{\"issue\":\"CASC-4\"}"), 404,
                "keyResult", "key-result.not-found");
        c.post("add link: hidden from carol", "carol", addLink, addLink("{krIssues}", "1",
                "{\"issue\":\"OPS-2\"}"), 404, "id", "key-result.not-found");

        // POST /goals/{id}/alignments
        c.post("align: cycle A -> B -> A", "bob", GOALS + "/{a}/alignments", alignTo("{b}", "50"), 400, "parentId",
                "alignment.cycle");
        c.post("align: child period outside the parent's", "bob", GOALS + "/{year}/alignments",
                alignTo("{quarter}", "50"), 400, "parentId", "alignment.period-outside");
        c.post("align: level inverted", "bob", GOALS + "/{department}/alignments", alignTo("{team}", "50"), 400,
                "parentId", "alignment.level-inverted");
        c.post("align: too deep", "bob", GOALS + "/{loose}/alignments", alignTo("{deep}", "50"), 400, "parentId",
                "alignment.too-deep");
        c.post("align: already aligned", "bob", GOALS + "/{b}/alignments", alignTo("{a}", "50"), 400, "parentId",
                "alignment.duplicate");
        c.post("align: to itself", "bob", GOALS + "/{a}/alignments", alignTo("{a}", "50"), 400, "parentId",
                "alignment.self");
        c.post("align: NaN contribution", "bob", GOALS + "/{loose}/alignments", alignTo("{a}", "NaN"), 400,
                "contribution", "request.malformed");
        c.post("align: Infinity contribution", "bob", GOALS + "/{loose}/alignments", alignTo("{a}", "-Infinity"), 400,
                "contribution", "request.malformed");
        c.post("align: negative contribution", "bob", GOALS + "/{loose}/alignments", alignTo("{a}", "-5"), 400,
                "contribution", "alignment.contribution-invalid");
        c.post("align: contribution over 100", "bob", GOALS + "/{loose}/alignments", alignTo("{a}", "101"), 400,
                "contribution", "alignment.contribution-invalid");
        c.post("align: huge contribution", "bob", GOALS + "/{loose}/alignments", alignTo("{a}", "1e300"), 400,
                "contribution", "alignment.contribution-invalid");
        c.post("align: contribution missing", "bob", GOALS + "/{loose}/alignments", "{\"parentId\":{a}}", 400,
                "contribution", "alignment.contribution-invalid");
        c.post("align: contribution text", "bob", GOALS + "/{loose}/alignments",
                "{\"parentId\":{a},\"contribution\":\"half\"}", 400, "contribution", "request.wrong-type");
        c.post("align: parent missing", "bob", GOALS + "/{loose}/alignments", "{\"contribution\":50}", 400,
                "parentId", "request.field-required");
        c.post("align: unknown parent", "bob", GOALS + "/{loose}/alignments", alignTo("999999", "50"), 400,
                "parentId", "alignment.goal-unknown");
        c.post("align: parent 0", "bob", GOALS + "/{loose}/alignments", alignTo("0", "50"), 400, "parentId",
                "alignment.goal-unknown");
        c.post("align: parent hidden from the caller", "bob", GOALS + "/{loose}/alignments",
                alignTo("{private}", "50"), 400, "parentId", "alignment.goal-unknown");
        c.post("align: parent text", "bob", GOALS + "/{loose}/alignments",
                "{\"parentId\":\"one\",\"contribution\":50}", 400, "parentId", "request.wrong-type");
        c.post("align: malformed JSON", "bob", GOALS + "/{loose}/alignments", "{\"parentId\":", 400, "parentId",
                "request.malformed");
        c.post("align: unknown field", "bob", GOALS + "/{loose}/alignments",
                "{\"parentId\":{a},\"contribution\":50,\"weight\":1}", 400, "weight", "request.unknown-field");
        c.post("align: unknown child", "bob", GOALS + "/999999/alignments", alignTo("{a}", "50"), 404, "id",
                "objective.not-found");
        c.post("align: child of someone else", "zhang", GOALS + "/{loose}/alignments", alignTo("{a}", "50"), 403,
                null, "auth.forbidden");

        // DELETE /goals/{id}/alignments/{parentId}
        c.delete("unalign: not aligned", "bob", GOALS + "/{a}/alignments/{year}", 404, "parentId",
                "alignment.not-found");
        c.delete("unalign: parent not a number", "bob", GOALS + "/{a}/alignments/abc", 404, "parentId",
                "alignment.not-found");
        c.delete("unalign: unknown child", "bob", GOALS + "/999999/alignments/{a}", 404, "id",
                "objective.not-found");
        c.delete("unalign: not aligned (Chinese)", "zhang", GOALS + "/{private}/alignments/{a}", 404, "parentId",
                "alignment.not-found");

        // GET /cascade
        // issue 10: an unknown project is a bad filter value, 400 at its field like an unknown status (was 404)
        c.get("cascade: project missing", "bob", CASCADE + "?period=2026", 400, "project", "project.unknown");
        c.get("cascade: unknown project", "bob", CASCADE + "?project=NOPE&period=2026", 400, "project",
                "project.unknown");
        c.get("cascade: project the caller may not browse", "bob", CASCADE + "?project=OPS&period=2026", 400,
                "project", "project.unknown");
        c.get("cascade: period missing", "bob", CASCADE + "?project=CASC", 400, "period", "period.invalid");
        c.get("cascade: fifth quarter", "bob", CASCADE + "?project=CASC&period=2026-Q5", 400, "period",
                "period.invalid");
        c.get("cascade: 2000-digit period", "bob", CASCADE + "?project=CASC&period=" + "9".repeat(2000), 400,
                "period", "period.invalid");
        return c.list();
    }

    @Override
    protected void placeholders(Map<String, Object> ids) throws Exception {
        putIds(ids, http.create("bob", GoalsHttp.goal("bob", "members")));
        Period year = Period.year(2026);
        ObjectiveId active = stored("An active goal", "team", year);
        ids.put("active", active.value());
        ids.put("activeKr", KeyResultsHttp.goals(HOST).goal(active).orElseThrow().keyResults().get(0).id()
                .value());
        ObjectiveId a = stored("A", "team", year);
        ObjectiveId b = stored("B", "team", year);
        KeyResultsHttp.align(HOST, b, a, 50);
        ids.put("a", a.value());
        ids.put("b", b.value());
        ids.put("year", stored("A year", "team", year).value());
        ids.put("quarter", stored("A quarter", "team", Period.quarter(2026, 1)).value());
        ids.put("department", stored("A department", "department", year).value());
        ids.put("team", stored("A team", "team", year).value());
        ObjectiveId above = stored("Chain 0", "team", year);
        for (int i = 1; i <= 8; i++) {
            ObjectiveId below = stored("Chain " + i, "team", year);
            KeyResultsHttp.align(HOST, below, above, 10);
            above = below;
        }
        ids.put("deep", above.value());
        ids.put("loose", stored("Loose", "team", year).value());
        ids.put("private", KeyResultsHttp.store(HOST, "Private", "team", "zhang", Visibility.PRIVATE, year,
                false, 0).value());
    }

    private static String kr(String rest) {
        return "{\"title\":\"Ten customer demos\"," + rest + "}";
    }

    private static String versioned(String body) {
        return "{\"version\":1," + body.substring(1);
    }

    private static String alignTo(String parent, String contribution) {
        return "{\"parentId\":" + parent + ",\"contribution\":" + contribution + "}";
    }

    @Test
    public void shouldAnswerClientErrorNamingFieldAndChangeNothingWhenInputIsBad() throws Exception {
        assertRefusedAndUnchanged().inChineseWhenCalledBy(user);
    }

    private static ObjectiveId stored(String title, String level, Period period) {
        return KeyResultsHttp.store(HOST, title, level, "bob", Visibility.MEMBERS, period, false, 0);
    }

    /** A body of {@code POST /key-results/links/add}; {@code version} left out when {@code null}. */
    private static String addLink(String keyResult, String version, String link) {
        return "{\"keyResult\":" + keyResult + (version == null ? "" : ",\"version\":" + version) + ",\"link\":"
                + link + "}";
    }

}
