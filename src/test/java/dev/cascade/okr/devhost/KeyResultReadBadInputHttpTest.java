package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.JSON;
import static dev.cascade.okr.devhost.KeyResultsHttp.KEY_RESULTS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input on {@code GET /key-results} and {@code GET /key-results/{id}}: each case answers its 4xx with the field
 * and code of the first error and a message (in Chinese for zhang), and the database is the same afterwards.
 */
@RunWith(Parameterized.class)
public class KeyResultReadBadInputHttpTest {

    @ClassRule
    public static final DevHostFixture HOST = DevHostFixture.seeded();

    private static StoredObjective privateGoal;

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        List<Object[]> c = new ArrayList<>();
        c.add(new Object[] {"list: offset -1", "bob", "?offset=-1", 400, "offset", "paging.invalid"});
        c.add(new Object[] {"list: limit 0", "bob", "?limit=0", 400, "limit", "paging.invalid"});
        c.add(new Object[] {"list: limit 101", "bob", "?limit=101", 400, "limit", "paging.invalid"});
        c.add(new Object[] {"list: limit -5", "bob", "?limit=-5", 400, "limit", "paging.invalid"});
        c.add(new Object[] {"list: limit abc", "bob", "?limit=abc", 400, "limit", "paging.invalid"});
        c.add(new Object[] {"list: offset abc", "bob", "?offset=abc", 400, "offset", "paging.invalid"});
        c.add(new Object[] {"list: offset 1.5", "bob", "?offset=1.5", 400, "offset", "paging.invalid"});
        c.add(new Object[] {"list: limit beyond int", "bob", "?limit=99999999999", 400, "limit", "paging.invalid"});
        c.add(new Object[] {"list: empty limit", "bob", "?limit=", 400, "limit", "paging.invalid"});
        c.add(new Object[] {"list: limit 0 in Chinese", "zhang", "?limit=0", 400, "limit", "paging.invalid"});
        c.add(new Object[] {"list: period quarter 5", "bob", "?period=2026-Q5", 400, "period", "period.invalid"});
        c.add(new Object[] {"list: period text", "bob", "?period=soon", 400, "period", "period.invalid"});
        c.add(new Object[] {"list: period 1 KB", "bob", "?period=" + "9".repeat(1000), 400, "period",
                "period.invalid"});
        c.add(new Object[] {"list: period control character", "bob", "?period=" + enc("20\u000126"), 400, "period",
                "period.invalid"});
        c.add(new Object[] {"list: period in Chinese", "zhang", "?period=2026-13", 400, "period", "period.invalid"});
        c.add(new Object[] {"list: status unknown", "bob", "?status=finished", 400, "status", "value.unknown"});
        c.add(new Object[] {"list: status upper case", "bob", "?status=DRAFT", 400, "status", "value.unknown"});
        c.add(new Object[] {"list: status empty", "bob", "?status=", 400, "status", "value.unknown"});
        c.add(new Object[] {"list: status in Chinese", "zhang", "?status=" + enc("草稿"), 400, "status",
                "value.unknown"});
        c.add(new Object[] {"list: bad period and limit", "bob", "?period=x&limit=0", 400, "limit",
                "paging.invalid"});
        c.add(new Object[] {"list: anonymous", null, "?period=2026", 401, null, "auth.required"});
        c.add(new Object[] {"read: unknown id", "bob", "/999999999", 404, "id", "key-result.not-found"});
        c.add(new Object[] {"read: unknown id in Chinese", "zhang", "/999999998", 404, "id",
                "key-result.not-found"});
        c.add(new Object[] {"read: non-numeric id", "bob", "/abc", 404, "id", "key-result.not-found"});
        c.add(new Object[] {"read: zero id", "bob", "/0", 404, "id", "key-result.not-found"});
        c.add(new Object[] {"read: negative id", "bob", "/-3", 404, "id", "key-result.not-found"});
        c.add(new Object[] {"read: decimal id", "bob", "/1.5", 404, "id", "key-result.not-found"});
        c.add(new Object[] {"read: id beyond long", "bob", "/99999999999999999999999", 404, "id",
                "key-result.not-found"});
        c.add(new Object[] {"read: 1 KB id", "bob", "/" + "7".repeat(1000), 404, "id", "key-result.not-found"});
        c.add(new Object[] {"read: private goal's key result", "bob", "/{private}", 404, "id",
                "key-result.not-found"});
        c.add(new Object[] {"read: private goal's key result, no project access", "carol", "/{private}", 404, "id",
                "key-result.not-found"});
        c.add(new Object[] {"read: anonymous unknown id", null, "/999999999", 401, null, "auth.required"});
        c.add(new Object[] {"read: anonymous non-numeric id", null, "/abc", 401, null, "auth.required"});
        return c;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private final String user;
    private final String suffix;
    private final int status;
    private final String field;
    private final String code;

    public KeyResultReadBadInputHttpTest(String name, String user, String suffix, int status, String field,
            String code) {
        this.user = user;
        this.suffix = suffix;
        this.status = status;
        this.field = field;
        this.code = code;
    }

    @Test
    public void shouldAnswerClientErrorNamingFieldAndChangeNothingWhenInputIsBad() throws Exception {
        if (privateGoal == null) {
            privateGoal = KeyResultListHttp.store(HOST, "Private", "CASC", "team", "zhang", Visibility.PRIVATE,
                    Lifecycle.ACTIVE, 1);
        }
        String path = KEY_RESULTS + suffix.replace("{private}",
                String.valueOf(privateGoal.keyResults().get(0).id().value()));
        String before = HOST.dumpDatabase();

        HttpResponse<String> response = HOST.get(path, user);

        String shown = response.body().length() > 500 ? response.body().substring(0, 500) : response.body();
        assertEquals(shown, status, response.statusCode());
        JsonNode error = JSON.readTree(response.body()).path("errors").path(0);
        assertEquals(shown, code, error.path("code").asText());
        assertEquals(shown, field, error.path("field").isNull() || error.path("field").isMissingNode() ? null
                : error.path("field").asText());
        assertThat(error.path("message").asText(), not(emptyString()));
        if ("zhang".equals(user)) {
            assertThat(shown, error.path("message").asText().chars().anyMatch(ch -> ch > 0x2e80), is(true));
        }
        assertEquals(before, HOST.dumpDatabase());
    }
}
