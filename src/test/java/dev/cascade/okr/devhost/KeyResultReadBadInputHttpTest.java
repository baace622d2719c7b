package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.JSON;
import static dev.cascade.okr.devhost.KeyResultsHttp.KEY_RESULTS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Visibility;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input on {@code GET /key-results} and {@code GET /key-results/{id}}: each case answers its 4xx with the field
 * and code of the first error and a message (in Chinese for zhang), and the database is the same afterwards.
 */
public class KeyResultReadBadInputHttpTest extends BadInputRunner {

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        Cases c = table().below(KEY_RESULTS);
        c.get("list: offset -1", "bob", "?offset=-1", 400, "offset", "paging.invalid");
        c.get("list: limit 0", "bob", "?limit=0", 400, "limit", "paging.invalid");
        c.get("list: limit 101", "bob", "?limit=101", 400, "limit", "paging.invalid");
        c.get("list: limit -5", "bob", "?limit=-5", 400, "limit", "paging.invalid");
        c.get("list: limit abc", "bob", "?limit=abc", 400, "limit", "paging.invalid");
        c.get("list: offset abc", "bob", "?offset=abc", 400, "offset", "paging.invalid");
        c.get("list: offset 1.5", "bob", "?offset=1.5", 400, "offset", "paging.invalid");
        c.get("list: limit beyond int", "bob", "?limit=99999999999", 400, "limit", "paging.invalid");
        c.get("list: empty limit", "bob", "?limit=", 400, "limit", "paging.invalid");
        c.get("list: limit 0 in Chinese", "zhang", "?limit=0", 400, "limit", "paging.invalid");
        c.get("list: period quarter 5", "bob", "?period=2026-Q5", 400, "period", "period.invalid");
        c.get("list: period text", "bob", "?period=soon", 400, "period", "period.invalid");
        c.get("list: period 1 KB", "bob", "?period=" + "9".repeat(1000), 400, "period",
                "period.invalid");
        c.get("list: period control character", "bob", "?period=" + enc("20\u000126"), 400, "period",
                "period.invalid");
        c.get("list: period in Chinese", "zhang", "?period=2026-13", 400, "period", "period.invalid");
        c.get("list: status unknown", "bob", "?status=finished", 400, "status", "value.unknown");
        c.get("list: status upper case", "bob", "?status=DRAFT", 400, "status", "value.unknown");
        c.get("list: status empty", "bob", "?status=", 400, "status", "value.unknown");
        c.get("list: status in Chinese", "zhang", "?status=" + enc("草稿"), 400, "status",
                "value.unknown");
        c.get("list: bad period and limit", "bob", "?period=x&limit=0", 400, "limit",
                "paging.invalid");
        c.get("list: anonymous", null, "?period=2026", 401, null, "auth.required");
        c.get("read: unknown id", "bob", "/999999999", 404, "id", "key-result.not-found");
        c.get("read: unknown id in Chinese", "zhang", "/999999998", 404, "id",
                "key-result.not-found");
        c.get("read: non-numeric id", "bob", "/abc", 404, "id", "key-result.not-found");
        c.get("read: zero id", "bob", "/0", 404, "id", "key-result.not-found");
        c.get("read: negative id", "bob", "/-3", 404, "id", "key-result.not-found");
        c.get("read: decimal id", "bob", "/1.5", 404, "id", "key-result.not-found");
        c.get("read: id beyond long", "bob", "/99999999999999999999999", 404, "id",
                "key-result.not-found");
        c.get("read: 1 KB id", "bob", "/" + "7".repeat(1000), 404, "id", "key-result.not-found");
        c.get("read: private goal's key result", "bob", "/{private}", 404, "id",
                "key-result.not-found");
        c.get("read: private goal's key result, no project access", "carol", "/{private}", 404, "id",
                "key-result.not-found");
        c.get("read: anonymous unknown id", null, "/999999999", 401, null, "auth.required");
        c.get("read: anonymous non-numeric id", null, "/abc", 401, null, "auth.required");
        return c.list();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    public void shouldAnswerClientErrorNamingFieldAndChangeNothingWhenInputIsBad() throws Exception {
        assertRefusedAndUnchanged().inChineseWhenCalledBy(user);
    }

    @Override
    protected void placeholders(Map<String, Object> ids) {
        ids.put("private", KeyResultListHttp.store(HOST, "Private", "CASC", "team", "zhang", Visibility.PRIVATE,
                Lifecycle.ACTIVE, 1).keyResults().get(0).id().value());
    }
}
