package dev.cascade.okr.devhost;

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
        return table().below("/rest/cascade/1.0").rows("""
                drill-down: limit 0 -> 400 limit paging.invalid
                    zhang GET /key-results/{keyResult}/issues?limit=0
                drill-down: limit 1001 -> 400 limit paging.invalid
                    zhang GET /key-results/{keyResult}/issues?limit=1001
                drill-down: limit abc -> 400 limit paging.invalid
                    zhang GET /key-results/{keyResult}/issues?limit=abc
                drill-down: limit negative -> 400 limit paging.invalid
                    zhang GET /key-results/{keyResult}/issues?limit=-1
                drill-down: limit decimal -> 400 limit paging.invalid
                    zhang GET /key-results/{keyResult}/issues?limit=1.5
                drill-down: limit empty -> 400 limit paging.invalid
                    zhang GET /key-results/{keyResult}/issues?limit=
                drill-down: limit beyond int -> 400 limit paging.invalid
                    zhang GET /key-results/{keyResult}/issues?limit=99999999999
                drill-down: limit huge -> 400 limit paging.invalid
                    zhang GET /key-results/{keyResult}/issues?limit=1e6

                settings: malformed JSON -> 400 version request.malformed
                    alice PUT /settings/issue-progress {"version":0,
                settings: truncated JSON -> 400 countSubTasks request.malformed
                    alice PUT /settings/issue-progress {"version":0,"countSubTasks":tr
                settings: not JSON -> 400 body request.malformed
                    alice PUT /settings/issue-progress countSubTasks=true
                settings: empty body -> 400 body request.malformed
                    alice PUT /settings/issue-progress
                settings: JSON array -> 400 body request.malformed
                    alice PUT /settings/issue-progress []
                settings: unknown field -> 400 colour request.unknown-field
                    alice PUT /settings/issue-progress {"version":0,"countSubTasks":true,"colour":"red"}
                settings: version missing -> 400 version request.field-required
                    alice PUT /settings/issue-progress {"countSubTasks":true}
                settings: version text -> 400 version request.wrong-type
                    alice PUT /settings/issue-progress {"version":"0","countSubTasks":true}
                settings: version decimal -> 400 version request.wrong-type
                    alice PUT /settings/issue-progress {"version":0.5,"countSubTasks":true}
                settings: version negative -> 400 version version.invalid
                    alice PUT /settings/issue-progress {"version":-1,"countSubTasks":true}
                settings: version NaN -> 400 version request.malformed
                    alice PUT /settings/issue-progress {"version":NaN,"countSubTasks":true}
                settings: countSubTasks missing -> 400 countSubTasks request.field-required
                    alice PUT /settings/issue-progress {"version":0}
                settings: countSubTasks null -> 400 countSubTasks request.field-required
                    alice PUT /settings/issue-progress {"version":0,"countSubTasks":null}
                settings: countSubTasks text -> 400 countSubTasks request.wrong-type
                    alice PUT /settings/issue-progress {"version":0,"countSubTasks":"true"}
                settings: countSubTasks number -> 400 countSubTasks request.wrong-type
                    alice PUT /settings/issue-progress {"version":0,"countSubTasks":1}
                settings: countSubTasks object -> 400 countSubTasks request.wrong-type
                    alice PUT /settings/issue-progress {"version":0,"countSubTasks":{}}
                settings: storyPointField without digits -> 400 storyPointField settings.story-point-field-invalid
                    alice PUT /settings/issue-progress {"version":0,"storyPointField":"customfield_","countSubTasks":tru
                        e}
                settings: storyPointField letters -> 400 storyPointField settings.story-point-field-invalid
                    alice PUT /settings/issue-progress {"version":0,"storyPointField":"customfield_abc","countSubTasks":
                        true}
                settings: storyPointField JQL form -> 400 storyPointField settings.story-point-field-invalid
                    alice PUT /settings/issue-progress {"version":0,"storyPointField":"cf[10106]","countSubTasks":true}
                settings: storyPointField name -> 400 storyPointField settings.story-point-field-invalid
                    alice PUT /settings/issue-progress {"version":0,"storyPointField":"Story Points","countSubTasks":tru
                        e}
                settings: storyPointField 19 digits -> 400 storyPointField settings.story-point-field-invalid
                    alice PUT /settings/issue-progress {"version":0,"storyPointField":"customfield_1234567890123456789",
                        "countSubTasks":true}
                settings: storyPointField upper case -> 400 storyPointField settings.story-point-field-invalid
                    alice PUT /settings/issue-progress {"version":0,"storyPointField":"CUSTOMFIELD_10106","countSubTasks
                        ":true}
                settings: storyPointField padded -> 400 storyPointField settings.story-point-field-invalid
                    alice PUT /settings/issue-progress {"version":0,"storyPointField":" customfield_10106","countSubTask
                        s":true}
                settings: storyPointField control character -> 400 storyPointField text.character-not-allowed
                    alice PUT /settings/issue-progress {"version":0,"storyPointField":"customfield_10106\\u0007","countS
                        ubTasks":true}
                settings: storyPointField blank -> 400 storyPointField settings.story-point-field-invalid
                    alice PUT /settings/issue-progress {"version":0,"storyPointField":"","countSubTasks":true}
                settings: storyPointField 1 MB -> 400 storyPointField settings.story-point-field-invalid
                    alice PUT /settings/issue-progress {"version":0,"storyPointField":"{megabyte}","countSubTasks":true}
                settings: storyPointField number -> 400 storyPointField request.wrong-type
                    alice PUT /settings/issue-progress {"version":0,"storyPointField":10106,"countSubTasks":true}
                settings: storyPointField boolean -> 400 storyPointField request.wrong-type
                    alice PUT /settings/issue-progress {"version":0,"storyPointField":true,"countSubTasks":true}
                settings: storyPointField array -> 400 storyPointField request.wrong-type
                    alice PUT /settings/issue-progress {"version":0,"storyPointField":["customfield_1"],"countSubTasks":
                        true}
                settings: both fields wrong -> 400 storyPointField settings.story-point-field-invalid
                    alice PUT /settings/issue-progress {"version":0,"storyPointField":"x"}
                """).list();
    }

    @Override
    protected void placeholders(Map<String, Object> ids) {
        ids.put("megabyte", MB);
        ids.put("keyResult", keyResult);
    }

    @BeforeClass
    public static void storeKeyResult() {
        keyResult = IssueProgressHttp.keyResult(HOST, Visibility.MEMBERS, new WorkLink.Epic("CASC-1")).value();
    }

    @Test
    public void shouldAnswerBadRequestAndChangeNothingWhenInputIsBad() throws Exception {
        assertRefusedAndUnchanged();
    }
}
