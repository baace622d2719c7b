package dev.cascade.okr.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.service.Outcome;
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
public class JsonBodiesTest {

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
        });
    }

    private final String body;
    private final String code;
    private final String field;

    public JsonBodiesTest(String name, String body, String code, String field) {
        this.body = body;
        this.code = code;
        this.field = field;
    }

    @Test
    public void shouldNameTheFieldWhenTheBodyIsWrong() {
        Outcome<Outer> read = JsonBodies.read(body, Outer.class);

        Violation violation = read.violations().get(0);
        assertEquals(code, violation.code().code());
        assertEquals(field, violation.field());
    }
}
