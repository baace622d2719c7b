package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.IssueProgressHttp.KEY_RESULTS;
import static dev.cascade.okr.devhost.IssueProgressHttp.SETTINGS;

import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.WorkLink;
import java.util.Collection;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input on the drill-down's limit and on the issue-progress settings: each case answers 400 with the field and
 * code of its first error and a message, and the database is the same afterwards.
 */
public class IssueProgressBadInputHttpTest extends BadInputRunner {

    private static final String MB = "x".repeat(1_000_000);
    private static long keyResult;

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        Cases c = table();
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
        return c.list();
    }

    private static void limit(Cases c, String name, String limit) {
        c.get("drill-down: " + name, "zhang", KEY_RESULTS + "/{keyResult}/issues?limit=" + limit, 400, "limit",
                "paging.invalid");
    }

    private static void put(Cases c, String name, String body, String field, String code) {
        c.put("settings: " + name, "alice", SETTINGS, body, 400, field, code);
    }

    private static void field(Cases c, String name, String value) {
        put(c, name, "{\"version\":0,\"storyPointField\":" + value + ",\"countSubTasks\":true}", "storyPointField",
                "settings.story-point-field-invalid");
    }

    @BeforeClass
    public static void storeKeyResult() {
        keyResult = IssueProgressHttp.keyResult(HOST, Visibility.MEMBERS, new WorkLink.Epic("CASC-1")).value();
    }

    @Test
    public void shouldAnswerBadRequestAndChangeNothingWhenInputIsBad() throws Exception {
        assertRefusedAndUnchanged();
    }

    @Override
    protected void placeholders(Map<String, Object> ids) {
        ids.put("keyResult", keyResult);
    }
}
