package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;

import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Visibility;
import java.util.Collection;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input to {@code PUT /goals/{id}/alignments/{parentId}}: each answers 4xx naming the field (none for a body that
 * is not JSON) with a translated message, and the database is exactly as before. zhang owns the child {@code {child}},
 * aligned (version 1) to bob's {@code {parent}} and to bob's private {@code {hidden}}; {@code {other}} is a goal
 * zhang may see that the child is not aligned to.
 */
public class AlignmentContributionBadInputHttpTest extends BadInputRunner {

    private static final String OK = "/{child}/alignments/{parent}";

    private static ObjectiveId child;
    private static ObjectiveId parent;
    private static ObjectiveId hidden;
    private static ObjectiveId other;

    @BeforeClass
    public static void storeGoals() {
        child = KeyResultsHttp.store(HOST, "Faster answers", "team", "zhang", Visibility.MEMBERS, Period.year(2026),
                false, 0.4);
        parent = KeyResultsHttp.store(HOST, "Happy customers", "department", "bob", Visibility.MEMBERS,
                Period.year(2026), true, 0.2);
        hidden = KeyResultsHttp.store(HOST, "Bob's private plan", "department", "bob", Visibility.PRIVATE,
                Period.year(2026), true, 0.2);
        other = KeyResultsHttp.store(HOST, "Unrelated", "department", "bob", Visibility.MEMBERS, Period.year(2026),
                true, 0.2);
        KeyResultsHttp.align(HOST, child, parent, 50);
        KeyResultsHttp.align(HOST, child, hidden, 50);
    }

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        Cases c = table().below(GOALS);
        add(c, "malformed JSON", OK, "{\"contribution\":", 400, "contribution", "request.malformed");
        add(c, "truncated JSON", OK, "{\"contribution\":40,\"version\":", 400, "version", "request.malformed");
        add(c, "empty body", OK, "", 400, "body", "request.malformed");
        add(c, "JSON null", OK, "null", 400, "body", "request.malformed");
        add(c, "trailing tokens", OK, "{\"contribution\":40,\"version\":1} {}", 400, "body", "request.malformed");
        add(c, "NaN", OK, "{\"contribution\":NaN,\"version\":1}", 400, "contribution", "request.malformed");
        add(c, "Infinity", OK, "{\"contribution\":Infinity,\"version\":1}", 400, "contribution", "request.malformed");
        add(c, "negative contribution", OK, "{\"contribution\":-1,\"version\":1}", 400, "contribution",
                "alignment.contribution-invalid");
        add(c, "contribution above 100", OK, "{\"contribution\":101,\"version\":1}", 400, "contribution",
                "alignment.contribution-invalid");
        add(c, "contribution 100.01", OK, "{\"contribution\":100.01,\"version\":1}", 400, "contribution",
                "alignment.contribution-invalid");
        add(c, "huge contribution", OK, "{\"contribution\":1e400,\"version\":1}", 400, "contribution",
                "alignment.contribution-invalid");
        add(c, "tiny contribution", OK, "{\"contribution\":1e-400,\"version\":1}", 400, "contribution",
                "alignment.contribution-invalid");
        add(c, "three decimals", OK, "{\"contribution\":33.333,\"version\":1}", 400, "contribution",
                "alignment.contribution-invalid");
        add(c, "missing contribution", OK, "{\"version\":1}", 400, "contribution",
                "alignment.contribution-invalid");
        add(c, "null contribution", OK, "{\"contribution\":null,\"version\":1}", 400, "contribution",
                "alignment.contribution-invalid");
        add(c, "contribution as text", OK, "{\"contribution\":\"40\",\"version\":1}", 400, "contribution",
                "request.wrong-type");
        add(c, "contribution as boolean", OK, "{\"contribution\":true,\"version\":1}", 400, "contribution",
                "request.wrong-type");
        add(c, "contribution as list", OK, "{\"contribution\":[40],\"version\":1}", 400, "contribution",
                "request.wrong-type");
        add(c, "contribution of 1 MB text", OK, "{\"contribution\":\"" + "9".repeat(1 << 20) + "\",\"version\":1}",
                400, "contribution", "request.wrong-type");
        // Jackson reads text of nothing but control characters as blank, so as no contribution
        // issue 10: the one text rule answers control characters at the door, before the type is read
        add(c, "control characters", OK, "{\"contribution\":\"\\u0000\\u0007\",\"version\":1}", 400,
                "contribution", "text.character-not-allowed");
        add(c, "control characters around a number", OK, "{\"contribution\":\"\\u00074\\u0000\",\"version\":1}",
                400, "contribution", "text.character-not-allowed");
        add(c, "missing version", OK, "{\"contribution\":40}", 400, "version", "version.required");
        add(c, "null version", OK, "{\"contribution\":40,\"version\":null}", 400, "version", "version.required");
        add(c, "version as text", OK, "{\"contribution\":40,\"version\":\"1\"}", 400, "version",
                "request.wrong-type");
        add(c, "fractional version", OK, "{\"contribution\":40,\"version\":1.5}", 400, "version",
                "request.wrong-type");
        add(c, "zero version", OK, "{\"contribution\":40,\"version\":0}", 400, "version", "version.invalid");
        add(c, "negative version", OK, "{\"contribution\":40,\"version\":-3}", 400, "version", "version.invalid");
        add(c, "huge version", OK, "{\"contribution\":40,\"version\":1e30}", 400, "version", "request.wrong-type");
        add(c, "unknown field", OK, "{\"contribution\":40,\"version\":1,\"weight\":40}", 400, "weight",
                "request.unknown-field");
        add(c, "unknown child", "/999999/alignments/{parent}", "{\"contribution\":40,\"version\":1}", 404, "id",
                "objective.not-found");
        add(c, "child id not a number", "/abc/alignments/{parent}", "{\"contribution\":40,\"version\":1}", 404,
                "id", "objective.not-found");
        add(c, "negative child id", "/-1/alignments/{parent}", "{\"contribution\":40,\"version\":1}", 404, "id",
                "objective.not-found");
        add(c, "unknown parent", "/{child}/alignments/999999", "{\"contribution\":40,\"version\":1}", 404,
                "parentId", "alignment.not-found");
        add(c, "parent id not a number", "/{child}/alignments/x1", "{\"contribution\":40,\"version\":1}", 404,
                "parentId", "alignment.not-found");
        add(c, "parent id too big", "/{child}/alignments/99999999999999999999",
                "{\"contribution\":40,\"version\":1}", 404, "parentId", "alignment.not-found");
        add(c, "not aligned", "/{child}/alignments/{other}", "{\"contribution\":40,\"version\":1}", 404,
                "parentId", "alignment.not-found");
        add(c, "aligned the other way round", "/{parent}/alignments/{child}", "{\"contribution\":40,\"version\":1}",
                403, null, "auth.forbidden");
        add(c, "parent the caller cannot see", "/{child}/alignments/{hidden}",
                "{\"contribution\":40,\"version\":1}", 404, "parentId", "alignment.not-found");
        add(c, "not aligned with a bad body", "/{child}/alignments/{other}", "{\"contribution\":-1}", 404,
                "parentId", "alignment.not-found");
        return c.list();
    }

    private static void add(Cases c, String name, String path, String body, int status, String field, String code) {
        c.put(name, "zhang", path, body, status, field, code);
    }

    @Test
    public void shouldAnswerClientErrorNamingFieldAndStoreNothingWhenInputIsBad() throws Exception {
        assertRefusedAndUnchanged().notAMessageKey();
    }

    @Override
    protected void placeholders(Map<String, Object> ids) {
        ids.put("child", child.value());
        ids.put("parent", parent.value());
        ids.put("hidden", hidden.value());
        ids.put("other", other.value());
    }
}
