package dev.cascade.okr.devhost;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Collection;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input on the skeleton's REST call: each case answers 4xx with {@code {"errors":[{field, code, message}]}} in
 * the caller's language, and the database is byte-for-byte the same afterwards.
 */
@RunWith(Parameterized.class)
public class WalkingSkeletonBadInputHttpTest {

    private static final String OBJECTIVES = "/rest/cascade/1.0/objectives";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG_TITLE = "x".repeat(100_000);
    @ClassRule
    public static final DevHostFixture host = DevHostFixture.seeded();

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"missing title", "bob", "{\"projectKey\":\"CASC\",\"keyResults\":[]}", 400, "title", "title.required",
                "Enter a title."},
            {"blank title", "bob", "{\"title\":\"   \",\"projectKey\":\"CASC\"}", 400, "title", "title.required",
                "Enter a title."},
            {"unknown project", "bob", "{\"title\":\"T\",\"projectKey\":\"NOPE\"}", 400, "projectKey",
                "project.unknown", "No project with key NOPE exists"},
            {"project the user may not browse", "carol", "{\"title\":\"T\",\"projectKey\":\"CASC\"}", 400,
                "projectKey", "project.unknown", "No project with key CASC exists"},
            {"unknown epic", "bob", "{\"title\":\"T\",\"projectKey\":\"CASC\",\"keyResults\":[{\"title\":\"K\","
                + "\"epicKey\":\"CASC-999\"}]}", 400, "keyResults[0].epicKey", "epic.unknown",
                "No issue with key CASC-999 exists."},
            {"malformed epic key", "bob", "{\"title\":\"T\",\"projectKey\":\"CASC\",\"keyResults\":[{\"title\":"
                + "\"K\",\"epicKey\":\"casc 1\"}]}", 400, "keyResults[0].epicKey", "epic.key-invalid",
                "Enter an issue key such as ABC-123."},
            {"malformed JSON", "bob", "{\"title\": \"T\", ", 400, "title", "request.malformed",
                "The request body is not valid JSON."},
            {"not JSON at all", "bob", "title=T", 400, "body", "request.malformed",
                "The request body is not valid JSON."},
            {"wrong type", "bob", "{\"title\":[1,2],\"projectKey\":\"CASC\"}", 400, "title", "request.wrong-type",
                "This field has the wrong type."},
            {"unknown field", "bob", "{\"title\":\"T\",\"projectKey\":\"CASC\",\"owner\":\"x\"}", 400, "owner",
                "request.unknown-field", "Unknown field \"owner\"."},
            {"title of 100,000 characters", "bob", "{\"title\":\"" + LONG_TITLE + "\",\"projectKey\":\"CASC\"}", 400,
                "title", "title.too-long", "The title must be at most 255 characters."},
            {"control characters in title", "bob", "{\"title\":\"a\\u0000b\",\"projectKey\":\"CASC\"}", 400,
                "title", "title.control-characters", "The title must not contain control characters."},
            {"null key result", "bob", "{\"title\":\"T\",\"projectKey\":\"CASC\",\"keyResults\":[null]}", 400,
                "keyResults[0].title", "title.required", "Enter a title."},
            {"NaN is not JSON", "bob", "{\"title\":NaN,\"projectKey\":\"CASC\"}", 400, "title", "request.malformed", "The request body is not valid JSON."},
            {"anonymous", null, "{\"title\":\"T\",\"projectKey\":\"CASC\"}", 401, null, "auth.required",
                "You need to log in"},
            {"message in Chinese", "zhang", "{\"projectKey\":\"CASC\"}", 400, "title", "title.required",
                "\u8bf7\u8f93\u5165\u6807\u9898\u3002"},
        });
    }

    private final String user;
    private final String body;
    private final int status;
    private final String field;
    private final String code;
    private final String message;

    public WalkingSkeletonBadInputHttpTest(String name, String user, String body, int status, String field,
            String code, String message) {
        this.user = user;
        this.body = body;
        this.status = status;
        this.field = field;
        this.code = code;
        this.message = message;
    }

    @Test
    public void shouldAnswerClientErrorNamingFieldAndStoreNothingWhenInputIsBad() throws Exception {
        String before = host.dumpDatabase();

        HttpResponse<String> response = host.postJson(OBJECTIVES, user, body);

        assertEquals(response.body(), status, response.statusCode());
        assertThat(response.statusCode(), allOf(greaterThanOrEqualTo(400), lessThan(500)));
        JsonNode error = JSON.readTree(response.body()).path("errors").path(0);
        assertEquals(code, error.path("code").asText());
        assertEquals(field, error.path("field").isNull() ? null : error.path("field").asText());
        assertThat(error.path("message").asText(), not(emptyString()));
        assertThat(error.path("message").asText(), org.hamcrest.Matchers.startsWith(message));
        assertEquals(before, host.dumpDatabase());
    }
}
