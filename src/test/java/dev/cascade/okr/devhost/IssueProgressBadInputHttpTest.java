package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.IssueProgressHttp.KEY_RESULTS;
import static dev.cascade.okr.devhost.IssueProgressHttp.SETTINGS;

import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.WorkLink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input on the drill-down's limit and on the issue-progress settings: each case answers 400 with the field and
 * code of its first error and a message, and the database is the same afterwards.
 */
@RunWith(Parameterized.class)
public class IssueProgressBadInputHttpTest extends BadInputRunner {

    @ClassRule
    public static final DevHostFixture HOST = DevHostFixture.seeded();

    private static final String MB = "x".repeat(1_000_000);
    private static long keyResult;

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        List<Object[]> c = new ArrayList<>();
        // GET /key-results/{id}/issues?limit=
        limit(c, "limit 0", "0");
        limit(c, "limit 1001", "1001");
        limit(c, "limit abc", "abc");
        limit(c, "limit negative", "-1");
        limit(c, "limit decimal", "1.5");
        limit(c, "limit empty", "");
        limit(c, "limit beyond int", "99999999999");
        limit(c, "limit huge", "1e6");
        // PUT /settings/issue-progress (the version is 0: nothing here is ever saved)
        put(c, "malformed JSON", "{\"version\":0,", "version", "request.malformed");
        put(c, "truncated JSON", "{\"version\":0,\"countSubTasks\":tr", "countSubTasks", "request.malformed");
        put(c, "not JSON", "countSubTasks=true", "body", "request.malformed");
        put(c, "empty body", "", "body", "request.malformed");
        put(c, "JSON array", "[]", "body", "request.malformed");
        put(c, "unknown field", "{\"version\":0,\"countSubTasks\":true,\"colour\":\"red\"}", "colour",
                "request.unknown-field");
        put(c, "version missing", "{\"countSubTasks\":true}", "version", "request.field-required");
        put(c, "version text", "{\"version\":\"0\",\"countSubTasks\":true}", "version", "request.wrong-type");
        put(c, "version decimal", "{\"version\":0.5,\"countSubTasks\":true}", "version", "request.wrong-type");
        put(c, "version negative", "{\"version\":-1,\"countSubTasks\":true}", "version", "version.invalid");
        put(c, "version NaN", "{\"version\":NaN,\"countSubTasks\":true}", "version", "request.malformed");
        put(c, "countSubTasks missing", "{\"version\":0}", "countSubTasks", "request.field-required");
        put(c, "countSubTasks null", "{\"version\":0,\"countSubTasks\":null}", "countSubTasks",
                "request.field-required");
        put(c, "countSubTasks text", "{\"version\":0,\"countSubTasks\":\"true\"}", "countSubTasks",
                "request.wrong-type");
        put(c, "countSubTasks number", "{\"version\":0,\"countSubTasks\":1}", "countSubTasks", "request.wrong-type");
        put(c, "countSubTasks object", "{\"version\":0,\"countSubTasks\":{}}", "countSubTasks",
                "request.wrong-type");
        field(c, "storyPointField without digits", "\"customfield_\"");
        field(c, "storyPointField letters", "\"customfield_abc\"");
        field(c, "storyPointField JQL form", "\"cf[10106]\"");
        field(c, "storyPointField name", "\"Story Points\"");
        field(c, "storyPointField 19 digits", "\"customfield_1234567890123456789\"");
        field(c, "storyPointField upper case", "\"CUSTOMFIELD_10106\"");
        field(c, "storyPointField padded", "\" customfield_10106\"");
        // issue 10: the one text rule answers control characters at the door, for every field
        put(c, "storyPointField control character", "{\"version\":0,\"storyPointField\":\"customfield_10106\\u0007\","
                + "\"countSubTasks\":true}", "storyPointField", "text.character-not-allowed");
        field(c, "storyPointField blank", "\"\"");
        field(c, "storyPointField 1 MB", "\"" + MB + "\"");
        put(c, "storyPointField number", "{\"version\":0,\"storyPointField\":10106,\"countSubTasks\":true}",
                "storyPointField", "request.wrong-type");
        put(c, "storyPointField boolean", "{\"version\":0,\"storyPointField\":true,\"countSubTasks\":true}",
                "storyPointField", "request.wrong-type");
        put(c, "storyPointField array", "{\"version\":0,\"storyPointField\":[\"customfield_1\"],"
                + "\"countSubTasks\":true}", "storyPointField", "request.wrong-type");
        put(c, "both fields wrong", "{\"version\":0,\"storyPointField\":\"x\"}", "storyPointField",
                "settings.story-point-field-invalid");
        return c;
    }

    private static void limit(List<Object[]> c, String name, String limit) {
        c.add(new Object[] {"drill-down: " + name, "GET", "zhang", "?limit=" + limit, null, "limit", "paging.invalid"});
    }

    private static void put(List<Object[]> c, String name, String body, String field, String code) {
        c.add(new Object[] {"settings: " + name, "PUT", "alice", SETTINGS, body, field, code});
    }

    private static void field(List<Object[]> c, String name, String value) {
        put(c, name, "{\"version\":0,\"storyPointField\":" + value + ",\"countSubTasks\":true}", "storyPointField",
                "settings.story-point-field-invalid");
    }

    public IssueProgressBadInputHttpTest(String name, String method, String user, String path, String body,
            String field, String code) {
        super(HOST, method, user, path, body, 400, field, code);
    }

    @BeforeClass
    public static void storeKeyResult() {
        keyResult = IssueProgressHttp.keyResult(HOST, Visibility.MEMBERS, new WorkLink.Epic("CASC-1")).value();
    }

    @Test
    public void shouldAnswerBadRequestAndChangeNothingWhenInputIsBad() throws Exception {
        assertRefusedAndUnchanged(() -> "GET".equals(method)
                ? HOST.get(KEY_RESULTS + "/" + keyResult + "/issues" + path, user)
                : AppraisalHttp.putJson(HOST, path, user, body));
    }
}
