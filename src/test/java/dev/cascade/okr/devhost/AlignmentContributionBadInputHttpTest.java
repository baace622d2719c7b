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
        return table().below(GOALS).rows("""
                malformed JSON -> 400 contribution request.malformed
                    zhang PUT /{child}/alignments/{parent} {"contribution":
                truncated JSON -> 400 version request.malformed
                    zhang PUT /{child}/alignments/{parent} {"contribution":40,"version":
                empty body -> 400 body request.malformed
                    zhang PUT /{child}/alignments/{parent}
                JSON null -> 400 body request.malformed
                    zhang PUT /{child}/alignments/{parent} null
                trailing tokens -> 400 body request.malformed
                    zhang PUT /{child}/alignments/{parent} {"contribution":40,"version":1} {}
                NaN -> 400 contribution request.malformed
                    zhang PUT /{child}/alignments/{parent} {"contribution":NaN,"version":1}
                Infinity -> 400 contribution request.malformed
                    zhang PUT /{child}/alignments/{parent} {"contribution":Infinity,"version":1}
                negative contribution -> 400 contribution alignment.contribution-invalid
                    zhang PUT /{child}/alignments/{parent} {"contribution":-1,"version":1}
                contribution above 100 -> 400 contribution alignment.contribution-invalid
                    zhang PUT /{child}/alignments/{parent} {"contribution":101,"version":1}
                contribution 100.01 -> 400 contribution alignment.contribution-invalid
                    zhang PUT /{child}/alignments/{parent} {"contribution":100.01,"version":1}
                huge contribution -> 400 contribution alignment.contribution-invalid
                    zhang PUT /{child}/alignments/{parent} {"contribution":1e400,"version":1}
                tiny contribution -> 400 contribution alignment.contribution-invalid
                    zhang PUT /{child}/alignments/{parent} {"contribution":1e-400,"version":1}
                three decimals -> 400 contribution alignment.contribution-invalid
                    zhang PUT /{child}/alignments/{parent} {"contribution":33.333,"version":1}
                missing contribution -> 400 contribution alignment.contribution-invalid
                    zhang PUT /{child}/alignments/{parent} {"version":1}
                null contribution -> 400 contribution alignment.contribution-invalid
                    zhang PUT /{child}/alignments/{parent} {"contribution":null,"version":1}
                contribution as text -> 400 contribution request.wrong-type
                    zhang PUT /{child}/alignments/{parent} {"contribution":"40","version":1}
                contribution as boolean -> 400 contribution request.wrong-type
                    zhang PUT /{child}/alignments/{parent} {"contribution":true,"version":1}
                contribution as list -> 400 contribution request.wrong-type
                    zhang PUT /{child}/alignments/{parent} {"contribution":[40],"version":1}
                contribution of 1 MB text -> 400 contribution request.wrong-type
                    zhang PUT /{child}/alignments/{parent} {"contribution":"{megabyteOfNines}","version":1}
                control characters -> 400 contribution text.character-not-allowed
                    zhang PUT /{child}/alignments/{parent} {"contribution":"\\u0000\\u0007","version":1}
                control characters around a number -> 400 contribution text.character-not-allowed
                    zhang PUT /{child}/alignments/{parent} {"contribution":"\\u00074\\u0000","version":1}
                missing version -> 400 version version.required
                    zhang PUT /{child}/alignments/{parent} {"contribution":40}
                null version -> 400 version version.required
                    zhang PUT /{child}/alignments/{parent} {"contribution":40,"version":null}
                version as text -> 400 version request.wrong-type
                    zhang PUT /{child}/alignments/{parent} {"contribution":40,"version":"1"}
                fractional version -> 400 version request.wrong-type
                    zhang PUT /{child}/alignments/{parent} {"contribution":40,"version":1.5}
                zero version -> 400 version version.invalid
                    zhang PUT /{child}/alignments/{parent} {"contribution":40,"version":0}
                negative version -> 400 version version.invalid
                    zhang PUT /{child}/alignments/{parent} {"contribution":40,"version":-3}
                huge version -> 400 version request.wrong-type
                    zhang PUT /{child}/alignments/{parent} {"contribution":40,"version":1e30}
                unknown field -> 400 weight request.unknown-field
                    zhang PUT /{child}/alignments/{parent} {"contribution":40,"version":1,"weight":40}
                unknown child -> 404 id objective.not-found
                    zhang PUT /999999/alignments/{parent} {"contribution":40,"version":1}
                child id not a number -> 404 id objective.not-found
                    zhang PUT /abc/alignments/{parent} {"contribution":40,"version":1}
                negative child id -> 404 id objective.not-found
                    zhang PUT /-1/alignments/{parent} {"contribution":40,"version":1}
                unknown parent -> 404 parentId alignment.not-found
                    zhang PUT /{child}/alignments/999999 {"contribution":40,"version":1}
                parent id not a number -> 404 parentId alignment.not-found
                    zhang PUT /{child}/alignments/x1 {"contribution":40,"version":1}
                parent id too big -> 404 parentId alignment.not-found
                    zhang PUT /{child}/alignments/99999999999999999999 {"contribution":40,"version":1}
                not aligned -> 404 parentId alignment.not-found
                    zhang PUT /{child}/alignments/{other} {"contribution":40,"version":1}
                aligned the other way round -> 403 - auth.forbidden
                    zhang PUT /{parent}/alignments/{child} {"contribution":40,"version":1}
                parent the caller cannot see -> 404 parentId alignment.not-found
                    zhang PUT /{child}/alignments/{hidden} {"contribution":40,"version":1}
                not aligned with a bad body -> 404 parentId alignment.not-found
                    zhang PUT /{child}/alignments/{other} {"contribution":-1}
                """).list();
    }

    @Override
    protected void placeholders(Map<String, Object> ids) {
        ids.put("megabyteOfNines", "9".repeat(1 << 20));
        ids.put("child", child.value());
        ids.put("parent", parent.value());
        ids.put("hidden", hidden.value());
        ids.put("other", other.value());
    }

    @Test
    public void shouldAnswerClientErrorNamingFieldAndStoreNothingWhenInputIsBad() throws Exception {
        assertRefusedAndUnchanged().notAMessageKey();
    }
}
