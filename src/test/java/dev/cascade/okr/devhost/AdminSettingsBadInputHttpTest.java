package dev.cascade.okr.devhost;

import java.util.Collection;
import java.util.Map;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input on the administration settings of issue 14 (the levels' Chinese names, the check-in cadence, the default
 * partial-credit weights) against the dev host: each answers its status with the field and code of its first error and
 * a message, and the database is the same afterwards. Nothing of these is ever saved by the suite, so version 0 is
 * current and version 1 is stale.
 */
public class AdminSettingsBadInputHttpTest extends BadInputRunner {

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return table().below("/rest/cascade/1.0").rows("""
                levels: Chinese name missing -> 400 levels[0].nameZh level.name-required
                    alice PUT /settings/levels {"version":0,"levels":[{"key":"company","name":"Company"}],"maxAlignmen
                        tDepth":8}
                levels: Chinese name blank -> 400 levels[1].nameZh level.name-required
                    alice PUT /settings/levels {"version":0,"levels":[{"key":"company","name":"Company","nameZh":"公司
                        "},{"key":"team","name":"Team","nameZh":"  "}],"maxAlignmentDepth":8}
                levels: Chinese name too long -> 400 levels[0].nameZh level.name-too-long
                    alice PUT /settings/levels {"version":0,"levels":[{"key":"company","name":"Company","nameZh":"{lo
                        ng}"}],"maxAlignmentDepth":8}
                levels: Chinese name a number -> 400 levels[0].nameZh request.wrong-type
                    alice PUT /settings/levels {"version":0,"levels":[{"key":"company","name":"Company","nameZh":7}],
                        "maxAlignmentDepth":8}
                levels: English name missing -> 400 levels[0].name level.name-required
                    alice PUT /settings/levels {"version":0,"levels":[{"key":"company","nameZh":"公司"}],"maxAlignmen
                        tDepth":8}

                cadence: missing -> 400 cadence request.field-required
                    alice PUT /settings/check-in-cadence {"version":0}
                cadence: null -> 400 cadence request.field-required
                    alice PUT /settings/check-in-cadence {"version":0,"cadence":null}
                cadence: unknown -> 400 cadence settings.cadence-invalid
                    alice PUT /settings/check-in-cadence {"version":0,"cadence":"daily"}
                cadence: upper case -> 400 cadence settings.cadence-invalid
                    alice PUT /settings/check-in-cadence {"version":0,"cadence":"WEEKLY"}
                cadence: markup -> 400 cadence settings.cadence-invalid
                    alice PUT /settings/check-in-cadence {"version":0,"cadence":"<script>alert(1)</script>"}
                cadence: number -> 400 cadence request.wrong-type
                    alice PUT /settings/check-in-cadence {"version":0,"cadence":7}
                cadence: unknown field -> 400 every request.unknown-field
                    alice PUT /settings/check-in-cadence {"version":0,"cadence":"weekly","every":7}
                cadence: version missing -> 400 version request.field-required
                    alice PUT /settings/check-in-cadence {"cadence":"weekly"}
                cadence: stale version -> 409 version version.stale
                    alice PUT /settings/check-in-cadence {"version":1,"cadence":"weekly"}
                cadence: not an admin -> 403 - auth.forbidden
                    bob PUT /settings/check-in-cadence {"version":0,"cadence":"weekly"}
                cadence: not an admin, read in Chinese -> 403 - auth.forbidden
                    zhang PUT /settings/check-in-cadence {"version":0,"cadence":"weekly"}
                cadence: anonymous -> 401 - auth.required
                    - PUT /settings/check-in-cadence {"version":0,"cadence":"weekly"}
                cadence: anonymous read -> 401 - auth.required
                    - GET /settings/check-in-cadence

                weights: To Do missing -> 400 toDo measure.status-weight-required
                    alice PUT /settings/status-weights {"version":0,"inProgress":0.5,"done":1}
                weights: In Progress above 1 -> 400 inProgress measure.status-weight-out-of-range
                    alice PUT /settings/status-weights {"version":0,"toDo":0,"inProgress":1.5,"done":1}
                weights: Done negative -> 400 done measure.status-weight-out-of-range
                    alice PUT /settings/status-weights {"version":0,"toDo":0,"inProgress":0.5,"done":-1}
                weights: going down -> 400 inProgress measure.status-weights-decreasing
                    alice PUT /settings/status-weights {"version":0,"toDo":0.6,"inProgress":0.5,"done":1}
                weights: Done below In Progress -> 400 done measure.status-weights-decreasing
                    alice PUT /settings/status-weights {"version":0,"toDo":0,"inProgress":0.8,"done":0.7}
                weights: Done zero -> 400 done measure.status-weight-done-zero
                    alice PUT /settings/status-weights {"version":0,"toDo":0,"inProgress":0,"done":0}
                weights: too precise -> 400 toDo measure.number-too-precise
                    alice PUT /settings/status-weights {"version":0,"toDo":0.1234567,"inProgress":0.5,"done":1}
                weights: text -> 400 done request.wrong-type
                    alice PUT /settings/status-weights {"version":0,"toDo":0,"inProgress":0.5,"done":"1"}
                weights: nested as on a key result -> 400 statusWeights request.unknown-field
                    alice PUT /settings/status-weights {"version":0,"statusWeights":{"toDo":0,"inProgress":0.5,"done
                        ":1}}
                weights: stale version -> 409 version version.stale
                    alice PUT /settings/status-weights {"version":1,"toDo":0,"inProgress":0.5,"done":1}
                weights: not an admin -> 403 - auth.forbidden
                    bob PUT /settings/status-weights {"version":0,"toDo":0,"inProgress":0.5,"done":1}
                weights: anonymous -> 401 - auth.required
                    - PUT /settings/status-weights {"version":0,"toDo":0,"inProgress":0.5,"done":1}
                """).list();
    }

    @Override
    protected void placeholders(Map<String, Object> values) {
        values.put("long", "长".repeat(61));
    }

    @Test
    public void shouldRefuseAndChangeNothingWhenASettingIsBad() throws Exception {
        assertRefusedAndUnchanged().notAMessageKey().inChineseWhenCalledBy(user);
    }
}
