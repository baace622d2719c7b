package dev.cascade.okr.devhost;


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
public class WalkingSkeletonBadInputHttpTest extends BadInputRunner {

    private static final String OBJECTIVES = "/rest/cascade/1.0/objectives";
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
                "No issue with key CASC-999 exists, or you do not have permission to see it."},
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
                "title", "text.character-not-allowed", "This text contains U+0000, a control character"},
            {"null key result", "bob", "{\"title\":\"T\",\"projectKey\":\"CASC\",\"keyResults\":[null]}", 400,
                "keyResults[0].title", "title.required", "Enter a title."},
            {"NaN is not JSON", "bob", "{\"title\":NaN,\"projectKey\":\"CASC\"}", 400, "title", "request.malformed", "The request body is not valid JSON."},
            {"anonymous", null, "{\"title\":\"T\",\"projectKey\":\"CASC\"}", 401, null, "auth.required",
                "You need to log in"},
            {"message in Chinese", "zhang", "{\"projectKey\":\"CASC\"}", 400, "title", "title.required",
                "\u8bf7\u8f93\u5165\u6807\u9898\u3002"},
        });
    }

    private final String message;

    public WalkingSkeletonBadInputHttpTest(String name, String user, String body, int status, String field,
            String code, String message) {
        super(host, "POST", user, OBJECTIVES, body, status, field, code);
        this.message = message;
    }

    @Test
    public void shouldAnswerClientErrorNamingFieldAndStoreNothingWhenInputIsBad() throws Exception {
        assertRefusedAndUnchanged(() -> host.postJson(path, user, body)).startingWith(message);
    }
}
