package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.Visibility;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * An unknown enum value says which values are allowed, in English and in Chinese: the message of
 * {@code value.unknown} names every value of the enum the field reads, as the API writes them.
 */
@RunWith(Parameterized.class)
public class AllowedValuesHttpTest {

    @ClassRule
    public static final DevHostFixture HOST = DevHostFixture.seeded();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOAL = "\"level\":\"team\",\"period\":{\"value\":\"2026-Q1\"},"
            + "\"unit\":{\"project\":\"CASC\"}";

    @Parameters(name = "{0} as {1}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"status filter", "bob", null, GOALS + "?status=archived", "status", Lifecycle.class},
            {"status filter", "zhang", null, GOALS + "?status=archived", "status", Lifecycle.class},
            {"goal type", "bob", "{\"title\":\"T\",\"type\":\"epic\"," + GOAL + "}", GOALS, "type", GoalType.class},
            {"visibility", "zhang", "{\"title\":\"T\",\"visibility\":\"secret\"," + GOAL + "}", GOALS, "visibility",
                Visibility.class},
            {"measure kind", "bob", "{\"title\":\"T\"," + GOAL + ",\"keyResults\":[{\"title\":\"K\",\"weight\":100,"
                + "\"measure\":{\"kind\":\"guess\"}}]}", GOALS, "keyResults[0].measure.kind", Measure.Kind.class},
            {"direction", "zhang", "{\"title\":\"T\"," + GOAL + ",\"keyResults\":[{\"title\":\"K\",\"weight\":100,"
                + "\"measure\":{\"kind\":\"metric\",\"direction\":\"up\"}}]}", GOALS,
                "keyResults[0].measure.direction", Direction.class},
        });
    }

    /** The case's name. */
    @Parameter(0)
    public String name;

    /** Who calls. */
    @Parameter(1)
    public String user;

    /** The body to POST, {@code null} to GET the path. */
    @Parameter(2)
    public String body;

    /** The path. */
    @Parameter(3)
    public String path;

    /** The field the error names. */
    @Parameter(4)
    public String field;

    /** The enum whose every value the message lists. */
    @Parameter(5)
    public Class<? extends Enum<?>> type;

    @Test
    public void shouldListEveryAllowedValueWhenTheValueIsUnknown() throws Exception {
        HttpResponse<String> response = body == null ? HOST.get(path, user) : HOST.postJson(path, user, body);

        assertEquals(response.body(), 400, response.statusCode());
        JsonNode error = JSON.readTree(response.body()).path("errors").path(0);
        assertEquals(response.body(), "value.unknown", error.path("code").asText());
        assertEquals(response.body(), field, error.path("field").asText());
        String message = error.path("message").asText();
        for (Enum<?> value : type.getEnumConstants()) {
            assertThat(message, containsString(value.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        assertThat(message, containsString("zhang".equals(user) ? "\u5141\u8bb8\u7684\u503c\uff1a" : "Allowed: "));
    }
}
