package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.KeyResultsHttp.KEY_RESULTS;

import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Visibility;
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
        return table().below(KEY_RESULTS).rows("""
                list: offset -1 -> 400 offset paging.invalid
                    bob GET ?offset=-1
                list: limit 0 -> 400 limit paging.invalid
                    bob GET ?limit=0
                list: limit 101 -> 400 limit paging.invalid
                    bob GET ?limit=101
                list: limit -5 -> 400 limit paging.invalid
                    bob GET ?limit=-5
                list: limit abc -> 400 limit paging.invalid
                    bob GET ?limit=abc
                list: offset abc -> 400 offset paging.invalid
                    bob GET ?offset=abc
                list: offset 1.5 -> 400 offset paging.invalid
                    bob GET ?offset=1.5
                list: limit beyond int -> 400 limit paging.invalid
                    bob GET ?limit=99999999999
                list: empty limit -> 400 limit paging.invalid
                    bob GET ?limit=
                list: limit 0 in Chinese -> 400 limit paging.invalid
                    zhang GET ?limit=0
                list: period quarter 5 -> 400 period period.invalid
                    bob GET ?period=2026-Q5
                list: period text -> 400 period period.invalid
                    bob GET ?period=soon
                list: period 1 KB -> 400 period period.invalid
                    bob GET ?period={kilobyteOfNines}
                list: period control character -> 400 period period.invalid
                    bob GET ?period=20%0126
                list: period in Chinese -> 400 period period.invalid
                    zhang GET ?period=2026-13
                list: status unknown -> 400 status value.unknown
                    bob GET ?status=finished
                list: status upper case -> 400 status value.unknown
                    bob GET ?status=DRAFT
                list: status empty -> 400 status value.unknown
                    bob GET ?status=
                list: status in Chinese -> 400 status value.unknown
                    zhang GET ?status=%E8%8D%89%E7%A8%BF
                list: bad period and limit -> 400 limit paging.invalid
                    bob GET ?period=x&limit=0
                list: anonymous -> 401 - auth.required
                    - GET ?period=2026

                read: unknown id -> 404 id key-result.not-found
                    bob GET /999999999
                read: unknown id in Chinese -> 404 id key-result.not-found
                    zhang GET /999999998
                read: non-numeric id -> 404 id key-result.not-found
                    bob GET /abc
                read: zero id -> 404 id key-result.not-found
                    bob GET /0
                read: negative id -> 404 id key-result.not-found
                    bob GET /-3
                read: decimal id -> 404 id key-result.not-found
                    bob GET /1.5
                read: id beyond long -> 404 id key-result.not-found
                    bob GET /99999999999999999999999
                read: 1 KB id -> 404 id key-result.not-found
                    bob GET /{kilobyteOfSevens}
                read: private goal's key result -> 404 id key-result.not-found
                    bob GET /{private}
                read: private goal's key result, no project access -> 404 id key-result.not-found
                    carol GET /{private}
                read: anonymous unknown id -> 401 - auth.required
                    - GET /999999999
                read: anonymous non-numeric id -> 401 - auth.required
                    - GET /abc
                """).list();
    }

    @Override
    protected void placeholders(Map<String, Object> ids) {
        ids.put("kilobyteOfNines", "9".repeat(1000));
        ids.put("kilobyteOfSevens", "7".repeat(1000));
        ids.put("private", KeyResultListHttp.store(HOST, "Private", "CASC", "team", "zhang", Visibility.PRIVATE,
                Lifecycle.ACTIVE, 1).keyResults().get(0).id().value());
    }

    @Test
    public void shouldAnswerClientErrorNamingFieldAndChangeNothingWhenInputIsBad() throws Exception {
        assertRefusedAndUnchanged().inChineseWhenCalledBy(user);
    }
}
