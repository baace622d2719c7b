package dev.cascade.okr.devhost;

import java.util.Collection;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input on {@code GET /overview} and on paging by key ({@code after=}) of {@code GET /goals} and
 * {@code GET /key-results}: each case answers its 4xx with the field and code of the first error and a message (in
 * Chinese for zhang), and the database is the same afterwards.
 */
public class OverviewBadInputHttpTest extends BadInputRunner {

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return table().below("/rest/cascade/1.0").rows("""
                overview: unknown period -> 400 period period.invalid
                    bob GET /overview?period=2026-Q5
                overview: period text -> 400 period period.invalid
                    bob GET /overview?period=soon
                overview: period in Chinese -> 400 period period.invalid
                    zhang GET /overview?period=2026-13
                overview: limit 0 -> 400 limit paging.invalid
                    bob GET /overview?period=2026&limit=0
                overview: limit 101 -> 400 limit paging.invalid
                    bob GET /overview?period=2026&limit=101
                overview: limit not a number -> 400 limit paging.invalid
                    bob GET /overview?period=2026&limit=ten
                overview: limit beyond int -> 400 limit paging.invalid
                    bob GET /overview?period=2026&limit=99999999999
                overview: empty limit -> 400 limit paging.invalid
                    bob GET /overview?period=2026&limit=
                overview: negative key -> 400 after paging.after-invalid
                    bob GET /overview?period=2026&after=-1
                overview: key not a number -> 400 after paging.after-invalid
                    bob GET /overview?period=2026&after=abc
                overview: fractional key -> 400 after paging.after-invalid
                    bob GET /overview?period=2026&after=1.5
                overview: key beyond long -> 400 after paging.after-invalid
                    bob GET /overview?period=2026&after=99999999999999999999999
                overview: key in Chinese -> 400 after paging.after-invalid
                    zhang GET /overview?period=2026&after=x
                overview: period twice -> 400 period request.duplicate-parameter
                    bob GET /overview?period=2026&period=2025
                overview: limit twice -> 400 limit request.duplicate-parameter
                    bob GET /overview?limit=5&limit=6
                overview: key twice -> 400 after request.duplicate-parameter
                    bob GET /overview?after=1&after=2
                overview: key twice in Chinese -> 400 after request.duplicate-parameter
                    zhang GET /overview?after=1&after=2
                overview: anonymous -> 401 - auth.required
                    - GET /overview?period=2026

                goals by key: negative key -> 400 after paging.after-invalid
                    bob GET /goals?after=-1
                goals by key: key not a number -> 400 after paging.after-invalid
                    bob GET /goals?after=abc
                goals by key: key with an offset -> 400 after paging.after-invalid
                    bob GET /goals?after=0&offset=0
                goals by key: limit 0 -> 400 limit paging.invalid
                    bob GET /goals?after=0&limit=0
                goals by key: key in Chinese -> 400 after paging.after-invalid
                    zhang GET /goals?after=-5
                goals by key: anonymous -> 401 - auth.required
                    - GET /goals?after=0
                key results by key: negative key -> 400 after paging.after-invalid
                    bob GET /key-results?after=-1
                key results by key: key with an offset -> 400 after paging.after-invalid
                    bob GET /key-results?after=3&offset=25
                key results by key: limit 101 -> 400 limit paging.invalid
                    bob GET /key-results?after=0&limit=101
                """).list();
    }

    @Test
    public void shouldAnswerClientErrorNamingFieldAndChangeNothingWhenInputIsBad() throws Exception {
        assertRefusedAndUnchanged().inChineseWhenCalledBy(user);
    }
}
