package dev.cascade.okr.rest.http;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.service.kernel.Outcome;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Every malformed or mistyped body names the field where it went wrong, or "body" when it is wrong as a whole. */
@RunWith(Parameterized.class)
public class JsonBodiesTest extends TableCase<String, JsonBodiesTest.Refusal> {

    /** A body with a nested list, like a goal with key results. */
    public record Outer(@JsonProperty("title") String title, @JsonProperty("weight") BigDecimal weight,
            @JsonProperty("items") List<Inner> items) {
        /** Jackson's way in. */
        @JsonCreator
        public Outer {
        }
    }

    /** An item of the list. */
    public record Inner(@JsonProperty("name") String name, @JsonProperty("count") Integer count) {
        /** Jackson's way in. */
        @JsonCreator
        public Inner {
        }
    }

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"empty", "", "request.malformed", "body"},
            {"not JSON", "title=x", "request.malformed", "body"},
            {"top-level NaN", "NaN", "request.malformed", "body"},
            {"array", "[]", "request.malformed", "body"},
            {"number", "42", "request.malformed", "body"},
            {"NaN weight", "{\"weight\":NaN}", "request.malformed", "weight"},
            {"Infinity weight", "{\"title\":\"a\",\"weight\":Infinity}", "request.malformed", "weight"},
            {"cut after a name", "{\"title\":", "request.malformed", "title"},
            {"cut inside a string", "{\"title\":\"abc", "request.malformed", "title"},
            {"cut inside the list", "{\"items\":[{\"name\":\"a\"},{\"count\":", "request.malformed",
                "items[1].count"},
            {"bad token in the list", "{\"items\":[{\"count\":tru}]}", "request.malformed", "items[0].count"},
            {"wrong type", "{\"title\":[1]}", "request.wrong-type", "title"},
            {"wrong type in the list", "{\"items\":[{\"count\":\"x\"}]}", "request.wrong-type", "items[0].count"},
            {"unknown field", "{\"colour\":1}", "request.unknown-field", "colour"},
            // duplicate keys: Jackson would keep the last one
            {"duplicate field", "{\"title\":\"a\",\"title\":\"b\"}", "request.duplicate-field", "title"},
            {"duplicate version", "{\"weight\":1,\"version\":1,\"version\":2}", "request.duplicate-field",
                "version"},
            {"duplicate in the list", "{\"items\":[{\"name\":\"a\"},{\"count\":1,\"count\":2}]}",
                "request.duplicate-field", "items[1].count"},
            {"duplicate after an unknown field", "{\"colour\":1,\"colour\":2}", "request.duplicate-field",
                "colour"},
            // the text rule, for every text: values, values in lists, field names
            {"lone high surrogate escape", "{\"title\":\"a\\ud800b\"}", "text.character-not-allowed", "title"},
            {"lone low surrogate escape at the end", "{\"title\":\"a\\udc00\"}", "text.character-not-allowed",
                "title"},
            {"right-to-left override", "{\"title\":\"abc\u202Edef\"}", "text.character-not-allowed", "title"},
            {"first strong isolate", "{\"items\":[{\"name\":\"\u2068x\"}]}", "text.character-not-allowed",
                "items[0].name"},
            {"bidi override in a multi-line field", "{\"description\":\"a\u202Db\"}",
                "text.character-not-allowed", "description"},
            {"NUL escape", "{\"title\":\"a\\u0000\"}", "text.character-not-allowed", "title"},
            {"bell in a multi-line field", "{\"description\":\"a\\u0007b\"}", "text.character-not-allowed",
                "description"},
            {"C1 control", "{\"title\":\"a\u0085\"}", "text.character-not-allowed", "title"},
            {"DEL", "{\"title\":\"a\u007F\"}", "text.character-not-allowed", "title"},
            {"line break in a single-line field", "{\"title\":\"a\\nb\"}", "text.character-not-allowed",
                "title"},
            {"tab in a single-line field", "{\"title\":\"a\\tb\"}", "text.character-not-allowed", "title"},
            {"line separator", "{\"description\":\"a\u2028b\"}", "text.character-not-allowed", "description"},
            {"bidi override in a field name", "{\"ti\u202Etle\":1}", "text.character-not-allowed", "ti\u202Etle"},
            {"duplicate before a bad text", "{\"title\":\"a\",\"title\":\"\u202E\"}",
                "request.duplicate-field", "title"},
        });
    }

    public JsonBodiesTest(String name, String body, String code, String field) {
        super(body, new Refusal(code, field));
    }

    @Test
    public void shouldNameTheFieldWhenTheBodyIsWrong() {
        Outcome<Outer> read = JsonBodies.read(given, Outer.class);

        Violation violation = read.violations().get(0);
        assertEquals(expected.code(), violation.code().code());
        assertEquals(expected.field(), violation.field());
    }

    /** The error a body must be refused with: its code and the field it names. */
    record Refusal(String code, String field) {
    }
}
