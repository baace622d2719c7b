package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.AppraisalHttp.BASE;
import static dev.cascade.okr.devhost.AppraisalHttp.json;
import static org.junit.Assert.assertEquals;

import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input on every endpoint of the appraisal and administration API: each case answers 4xx with the field named
 * and a message, and the database is byte-for-byte the same afterwards. {@code {goal}} is bob's goal (managed by
 * zhang) with an appraisal {@code {appraisal}} at version 2 (self-assessed); {@code {confirmed}} is a goal whose
 * confirmation is at version 1 with an open objection by zhang; {@code {noManager}} is pat's goal (pat has no
 * manager).
 */
public class AppraisalBadInputHttpTest extends BadInputRunner {

    private static final String MEGABYTE = "x".repeat(1_000_000);
    private static final String SCHEME = "{\"version\":0,\"resultsWeight\":70,\"processWeight\":30,"
            + "\"achievementCap\":1,\"processScale\":{\"min\":1,\"max\":5},\"gradeBands\":[{\"grade\":\"excellent\","
            + "\"minScore\":95},{\"grade\":\"good\",\"minScore\":85},{\"grade\":\"pass\",\"minScore\":70}],"
            + "\"distributionMaxShares\":{\"excellent\":20,\"good\":40},\"appealWindowDays\":14}";
    private static final String LEVELS = "{\"version\":0,\"levels\":[{\"key\":\"company\",\"name\":\"Company\","
            + "\"nameZh\":\"\u516c\u53f8\"},{\"key\":\"team\",\"name\":\"Team\",\"nameZh\":\"\u56e2\u961f\"}],"
            + "\"maxAlignmentDepth\":8}";

    private static long goal;
    private static long appraisal;
    private static long confirmed;
    private static long noManager;

    @BeforeClass
    public static void prepare() throws Exception {
        AppraisalHttp.setManagers(HOST, "bob", "zhang");
        goal = AppraisalHttp.insertGoal(HOST, "bob", "Bad input goal");
        appraisal = json(HOST.postJson(BASE + "/appraisals", "zhang", "{\"objectiveId\":" + goal + "}"))
                .path("id").asLong();
        HttpResponse<String> self = HOST.postJson(BASE + "/appraisals/" + appraisal + "/self-assessment", "bob",
                "{\"version\":1,\"score\":4}");
        assertEquals(self.body(), 200, self.statusCode());
        confirmed = AppraisalHttp.insertGoal(HOST, "bob", "Goal under confirmation");
        HttpResponse<String> objection = HOST.postJson(BASE + "/goals/" + confirmed + "/confirmation/object",
                "zhang", "{\"version\":0,\"reason\":\"Too easy\"}");
        assertEquals(objection.body(), 200, objection.statusCode());
        noManager = AppraisalHttp.insertGoal(HOST, "pat", "Goal of someone without a manager");
    }

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        Cases c = table().below(BASE);
        String start = "POST /appraisals";
        c.call("start: malformed JSON", "zhang", start, "{\"objectiveId\":", 400, "objectiveId", "request.malformed");
        c.call("start: not JSON", "zhang", start, "objectiveId=1", 400, "body", "request.malformed");
        c.call("start: empty body", "zhang", start, "", 400, "body", "request.malformed");
        c.call("start: JSON null", "zhang", start, "null", 400, "body", "request.malformed");
        c.call("start: NaN", "zhang", start, "{\"objectiveId\":NaN}", 400, "objectiveId", "request.malformed");
        c.call("start: Infinity", "zhang", start, "{\"objectiveId\":Infinity}", 400, "objectiveId",
                "request.malformed");
        c.call("start: id as text", "zhang", start, "{\"objectiveId\":\"1\"}", 400, "objectiveId",
                "request.wrong-type");
        c.call("start: id as boolean", "zhang", start, "{\"objectiveId\":true}", 400, "objectiveId",
                "request.wrong-type");
        c.call("start: fractional id", "zhang", start, "{\"objectiveId\":1.5}", 400, "objectiveId",
                "request.wrong-type");
        c.call("start: huge id", "zhang", start, "{\"objectiveId\":1e20}", 400, "objectiveId", "request.wrong-type");
        c.call("start: negative id", "zhang", start, "{\"objectiveId\":-1}", 404, "objectiveId",
                "objective.not-found");
        c.call("start: unknown id", "zhang", start, "{\"objectiveId\":999999}", 404, "objectiveId",
                "objective.not-found");
        c.call("start: missing id", "zhang", start, "{}", 400, "objectiveId", "request.field-required");
        c.call("start: unknown field", "zhang", start, "{\"objectiveId\":{goal},\"x\":1}", 400, "x",
                "request.unknown-field");
        c.call("start: already appraised", "zhang", start, "{\"objectiveId\":{goal}}", 400, "objectiveId",
                "appraisal.exists");
        c.call("start: owner without manager", "alice", start, "{\"objectiveId\":{noManager}}", 400, "objectiveId",
                "appraisal.no-manager");
        c.call("start: anonymous", null, start, "{\"objectiveId\":{goal}}", 401, null, "auth.required");

        String self = "POST /appraisals/{appraisal}/self-assessment";
        c.call("self: missing version", "bob", self, "{\"score\":4}", 400, "version", "request.field-required");
        c.call("self: version as text", "bob", self, "{\"version\":\"2\",\"score\":4}", 400, "version",
                "request.wrong-type");
        c.call("self: fractional version", "bob", self, "{\"version\":2.5,\"score\":4}", 400, "version",
                "request.wrong-type");
        c.call("self: negative version", "bob", self, "{\"version\":-1,\"score\":4}", 400, "version",
                "version.invalid");
        c.call("self: version 0", "bob", self, "{\"version\":0,\"score\":4}", 400, "version", "version.invalid");
        c.call("self: stale version", "bob", self, "{\"version\":1,\"score\":4}", 409, "version", "version.stale");
        c.call("self: missing score", "bob", self, "{\"version\":2}", 400, "score", "request.field-required");
        c.call("self: fractional score", "bob", self, "{\"version\":2,\"score\":4.5}", 400, "score",
                "request.wrong-type");
        c.call("self: score above scale", "bob", self, "{\"version\":2,\"score\":99}", 400, "score",
                "appraisal.process-score-out-of-range");
        c.call("self: negative score", "bob", self, "{\"version\":2,\"score\":-1}", 400, "score",
                "appraisal.process-score-out-of-range");
        c.call("self: huge score", "bob", self, "{\"version\":2,\"score\":1e15}", 400, "score",
                "request.wrong-type");
        c.call("self: 1 MB comment", "bob", self, "{\"version\":2,\"score\":4,\"comment\":\"" + MEGABYTE + "\"}",
                400, "comment", "appraisal.text-too-long");
        c.call("self: comment as array", "bob", self, "{\"version\":2,\"score\":4,\"comment\":[1]}", 400, "comment",
                "request.wrong-type");
        c.call("self: truncated", "bob", self, "{\"version\":2,\"sco", 400, "version", "request.malformed");
        c.call("self: unknown appraisal", "bob", "POST /appraisals/999999/self-assessment",
                "{\"version\":2,\"score\":4}", 404, "id", "appraisal.not-found");
        c.call("self: appraisal id not a number", "bob", "POST /appraisals/abc/self-assessment",
                "{\"version\":2,\"score\":4}", 404, "id", "appraisal.not-found");
        c.call("self: unknown field", "bob", self, "{\"version\":2,\"score\":4,\"grade\":\"a\"}", 400, "grade",
                "request.unknown-field");

        String manager = "POST /appraisals/{appraisal}/manager-assessment";
        c.call("manager: missing process score", "zhang", manager, "{\"version\":2,\"achievementRate\":0.96}", 400,
                "processScore", "request.field-required");
        c.call("manager: process score 0", "zhang", manager, "{\"version\":2,\"processScore\":0}", 400,
                "processScore", "appraisal.process-score-out-of-range");
        c.call("manager: process score 6", "zhang", manager, "{\"version\":2,\"processScore\":6}", 400,
                "processScore", "appraisal.process-score-out-of-range");
        c.call("manager: process score as text", "zhang", manager, "{\"version\":2,\"processScore\":\"4\"}", 400,
                "processScore", "request.wrong-type");
        c.call("manager: rate as text", "zhang", manager,
                "{\"version\":2,\"processScore\":4,\"achievementRate\":\"0.96\"}", 400, "achievementRate",
                "request.wrong-type");
        c.call("manager: huge rate", "zhang", manager, "{\"version\":2,\"processScore\":4,\"achievementRate\":1e16}",
                400, "achievementRate", "request.wrong-type");
        c.call("manager: NaN rate", "zhang", manager, "{\"version\":2,\"processScore\":4,\"achievementRate\":NaN}", 400,
                "achievementRate", "request.malformed");
        c.call("manager: 1 MB suggestion", "zhang", manager,
                "{\"version\":2,\"processScore\":4,\"suggestion\":\"" + MEGABYTE + "\"}", 400, "suggestion",
                "appraisal.text-too-long");
        c.call("manager: comment as object", "zhang", manager, "{\"version\":2,\"processScore\":4,\"comment\":{}}",
                400, "comment", "request.wrong-type");
        c.call("manager: override without reason", "zhang", manager,
                "{\"version\":2,\"processScore\":4,\"achievementRate\":0.9}", 400, "reason",
                "appraisal.override-reason-required");
        c.call("manager: override with blank reason", "zhang", manager,
                "{\"version\":2,\"processScore\":4,\"achievementRate\":0.9,\"reason\":\" \\t \"}", 400, "reason",
                "appraisal.override-reason-required");
        c.call("manager: reason without override", "zhang", manager,
                "{\"version\":2,\"processScore\":4,\"reason\":\"Late data\"}", 400, "achievementRate",
                "appraisal.override-rate-required");
        c.call("manager: 1 MB reason", "zhang", manager,
                "{\"version\":2,\"processScore\":4,\"achievementRate\":0.9,\"reason\":\"" + MEGABYTE + "\"}", 400,
                "reason", "appraisal.text-too-long");
        c.call("manager: reason as number", "zhang", manager,
                "{\"version\":2,\"processScore\":4,\"achievementRate\":0.9,\"reason\":5}", 400, "reason",
                "request.wrong-type");

        c.call("achievement: unknown goal", "bob", "GET /goals/999999/achievement", "", 404, "objectiveId",
                "objective.not-found");
        c.call("achievement: goal id not a number", "bob", "GET /goals/abc/achievement", "", 404, "objectiveId",
                "objective.not-found");
        c.call("person appraisal: missing period", "bob", "GET /people/bob/appraisal", "", 400, "period",
                "request.field-required");
        c.call("person appraisal: bad period", "bob", "GET /people/bob/appraisal?period=2026-Q5", "", 400,
                "period", "period.invalid");
        c.call("person appraisal: no such user", "alice", "GET /people/nobody/appraisal?period=2026", "", 404,
                "userKey", "people.not-found");
        c.call("person appraisal: not theirs to see", "pat", "GET /people/bob/appraisal?period=2026", "", 404,
                "userKey", "people.not-found");
        c.call("distribution: missing period", "alice", "GET /appraisals/distribution?project=CASC", "", 400,
                "period", "request.field-required");
        c.call("distribution: bad period", "alice", "GET /appraisals/distribution?period=26", "", 400, "period",
                "period.invalid");
        c.call("distribution: unknown project", "alice", "GET /appraisals/distribution?project=NOPE&period=2026",
                "", 400, "project", "project.unknown");
        c.call("distribution: project the caller cannot browse", "zhang",
                "GET /appraisals/distribution?project=OPS&period=2026", "", 400, "project", "project.unknown");
        c.call("distribution: manages nobody", "bob", "GET /appraisals/distribution?period=2026", "", 403, null,
                "auth.forbidden");

        String carryOver = "POST /carry-over";
        c.call("carry-over: not an admin", "bob", carryOver, "{\"period\":\"2025\",\"toPeriod\":\"2026\"}", 403,
                null, "auth.forbidden");
        c.call("carry-over: backwards", "alice", carryOver, "{\"period\":\"2026\",\"toPeriod\":\"2025\"}", 400,
                "toPeriod", "carry-over.period-not-after");
        c.call("carry-over: into the same period", "alice", carryOver,
                "{\"period\":\"2026\",\"toPeriod\":\"2026-Q4\"}", 400, "toPeriod", "carry-over.period-not-after");
        c.call("carry-over: missing toPeriod", "alice", carryOver, "{\"period\":\"2025\"}", 400, "toPeriod",
                "request.field-required");
        c.call("carry-over: missing period", "alice", carryOver, "{\"toPeriod\":\"2026\"}", 400, "period",
                "request.field-required");
        c.call("carry-over: bad period", "alice", carryOver, "{\"period\":\"20x5\",\"toPeriod\":\"2026\"}", 400,
                "period", "period.invalid");
        c.call("carry-over: period as number", "alice", carryOver, "{\"period\":2025,\"toPeriod\":\"2026\"}", 400,
                "period", "request.wrong-type");
        c.call("carry-over: unknown project", "alice", carryOver,
                "{\"period\":\"2025\",\"toPeriod\":\"2026\",\"project\":\"NOPE\"}", 400, "project",
                "project.unknown");
        c.call("carry-over: unknown field", "alice", carryOver,
                "{\"period\":\"2025\",\"toPeriod\":\"2026\",\"force\":true}", 400, "force",
                "request.unknown-field");
        c.call("carry-over: empty body", "alice", carryOver, "", 400, "body", "request.malformed");
        String carryGoal = "POST /goals/{goal}/carry-over";
        c.call("goal carry-over: into its own period", "bob", carryGoal, "{\"toPeriod\":\"2026-Q3\"}", 400,
                "toPeriod", "carry-over.period-not-after");
        c.call("goal carry-over: missing toPeriod", "bob", carryGoal, "{}", 400, "toPeriod",
                "request.field-required");
        c.call("goal carry-over: not a changer", "zhang", carryGoal, "{\"toPeriod\":\"2027\"}", 403, null,
                "auth.forbidden");
        c.call("goal carry-over: unknown goal", "bob", "POST /goals/999999/carry-over", "{\"toPeriod\":\"2027\"}",
                404, "id", "objective.not-found");
        c.call("carried-from: not made by a carry-over", "bob", "GET /goals/{goal}/carried-from", "", 404, "id",
                "carry-over.not-found");
        c.call("manager: missing version", "zhang", manager, "{\"processScore\":4}", 400, "version",
                "request.field-required");
        c.call("manager: message in Chinese", "zhang", manager, "{\"version\":2,\"processScore\":9}", 400,
                "processScore", "appraisal.process-score-out-of-range");

        c.call("sign-off: wrong state", "bob", "POST /appraisals/{appraisal}/sign-off", "{\"version\":2}", 400,
                "state", "appraisal.transition-invalid");
        c.call("sign-off: missing version", "bob", "POST /appraisals/{appraisal}/sign-off", "{}", 400, "version",
                "request.field-required");
        c.call("sign-off: version as boolean", "bob", "POST /appraisals/{appraisal}/sign-off",
                "{\"version\":true}", 400, "version", "request.wrong-type");
        c.call("appeal: wrong state", "bob", "POST /appraisals/{appraisal}/appeal",
                "{\"version\":2,\"reason\":\"Unfair\"}", 400, "state", "appraisal.transition-invalid");
        c.call("appeal: missing version", "bob", "POST /appraisals/{appraisal}/appeal", "{\"reason\":\"Unfair\"}",
                400, "version", "request.field-required");
        String resolution = "POST /appraisals/{appraisal}/appeal-resolution";
        c.call("resolution: unknown outcome", "alice", resolution,
                "{\"version\":2,\"outcome\":\"maybe\",\"comment\":\"c\"}", 400, "outcome",
                "appraisal.outcome-invalid");
        c.call("resolution: missing outcome", "alice", resolution, "{\"version\":2,\"comment\":\"c\"}", 400,
                "outcome", "appraisal.outcome-invalid");
        c.call("resolution: outcome as number", "alice", resolution, "{\"version\":2,\"outcome\":5}", 400,
                "outcome", "request.wrong-type");
        c.call("resolution: fractional score", "alice", resolution,
                "{\"version\":2,\"outcome\":\"revised\",\"processScore\":4.5,\"comment\":\"c\"}", 400,
                "processScore", "request.wrong-type");
        c.call("resolution: wrong state", "alice", resolution,
                "{\"version\":2,\"outcome\":\"upheld\",\"comment\":\"c\"}", 400, "state",
                "appraisal.transition-invalid");

        String confirm = "POST /goals/{confirmed}/confirmation/confirm";
        c.call("confirm: missing version", "bob", confirm, "{}", 400, "version", "request.field-required");
        c.call("confirm: negative version", "bob", confirm, "{\"version\":-1}", 400, "version", "version.invalid");
        c.call("confirm: stale version", "bob", confirm, "{\"version\":0}", 409, "version", "version.stale");
        c.call("confirm: open objection", "bob", confirm, "{\"version\":1}", 400, "objections",
                "confirmation.open-objection");
        c.call("confirm: unknown goal", "bob", "POST /goals/999999/confirmation/confirm", "{\"version\":0}", 404,
                "objectiveId", "objective.not-found");
        c.call("confirm: goal id not a number", "bob", "POST /goals/x/confirmation/confirm", "{\"version\":0}",
                404, "objectiveId", "objective.not-found");
        String object = "POST /goals/{confirmed}/confirmation/object";
        c.call("object: missing reason", "bob", object, "{\"version\":1}", 400, "reason",
                "confirmation.reason-required");
        c.call("object: blank reason", "bob", object, "{\"version\":1,\"reason\":\"   \"}", 400, "reason",
                "confirmation.reason-required");
        c.call("object: 1 MB reason", "bob", object, "{\"version\":1,\"reason\":\"" + MEGABYTE + "\"}", 400,
                "reason", "appraisal.text-too-long");
        String resolve = "POST /goals/{confirmed}/confirmation/resolve";
        c.call("resolve: unknown objection", "bob", resolve,
                "{\"version\":1,\"objection\":5,\"resolution\":\"Done\"}", 400, "objection",
                "confirmation.objection-unknown");
        c.call("resolve: negative objection", "bob", resolve,
                "{\"version\":1,\"objection\":-1,\"resolution\":\"Done\"}", 400, "objection",
                "confirmation.objection-unknown");
        c.call("resolve: fractional objection", "bob", resolve,
                "{\"version\":1,\"objection\":0.5,\"resolution\":\"Done\"}", 400, "objection", "request.wrong-type");
        c.call("resolve: missing resolution", "bob", resolve, "{\"version\":1,\"objection\":0}", 400, "resolution",
                "confirmation.resolution-required");
        c.call("resolve: missing objection", "bob", resolve, "{\"version\":1,\"resolution\":\"Done\"}", 400,
                "objection", "request.field-required");

        String managers = "PUT /people/bob/managers";
        c.call("managers: missing list", "alice", managers, "{\"version\":1}", 400, "managers",
                "request.field-required");
        c.call("managers: text instead of list", "alice", managers, "{\"managers\":\"zhang\",\"version\":1}", 400,
                "managers", "request.wrong-type");
        c.call("managers: blank key", "alice", managers, "{\"managers\":[\"\"],\"version\":1}", 400,
                "managers[0]", "people.key-invalid");
        c.call("managers: null key", "alice", managers, "{\"managers\":[\"zhang\",null],\"version\":1}", 400,
                "managers[1]", "people.key-invalid");
        c.call("managers: control characters", "alice", managers,
                "{\"managers\":[\"a\\u0000b\"],\"version\":1}", 400, "managers[0]", "text.character-not-allowed");
        c.call("managers: key of 300 characters", "alice", managers,
                "{\"managers\":[\"" + "k".repeat(300) + "\"],\"version\":1}", 400, "managers[0]",
                "people.key-invalid");
        StringBuilder many = new StringBuilder("{\"managers\":[");
        for (int i = 0; i < 21; i++) {
            many.append(i == 0 ? "" : ",").append("\"m").append(i).append('"');
        }
        c.call("managers: 21 managers", "alice", managers, many + "],\"version\":1}", 400, "managers",
                "people.too-many-managers");
        c.call("managers: missing version", "alice", managers, "{\"managers\":[]}", 400, "version",
                "version.required");
        c.call("managers: version as text", "alice", managers, "{\"managers\":[],\"version\":\"1\"}", 400,
                "version", "request.wrong-type");
        c.call("managers: fractional version", "alice", managers, "{\"managers\":[],\"version\":1.5}", 400,
                "version", "request.wrong-type");
        c.call("managers: negative version", "alice", managers, "{\"managers\":[],\"version\":-1}", 400,
                "version", "version.invalid");
        c.call("managers: stale version", "alice", managers, "{\"managers\":[],\"version\":0}", 409,
                "version", "version.stale");
        c.call("managers: oneself", "alice", managers, "{\"managers\":[\"bob\"],\"version\":1}", 400,
                "managers", "people.manager-cycle");
        c.call("managers: cycle through zhang", "alice", "PUT /people/zhang/managers",
                "{\"managers\":[\"bob\"],\"version\":0}",
                400, "managers", "people.manager-cycle");
        c.call("managers: one who is no user", "alice", managers,
                "{\"managers\":[\"zhang\",\"nobody\"],\"version\":0}", 400, "managers[1]", "user.unknown");
        c.call("managers: of a person who is no user", "alice", "PUT /people/nobody/managers",
                "{\"managers\":[\"zhang\"]}", 404, "userKey", "people.not-found");
        c.call("appraisals of a person who is no user", "alice", "GET /appraisals?person=nobody", "", 400,
                "person", "user.unknown");
        c.call("appraisals of a person who is no user, asked by someone who manages nobody", "bob",
                "GET /appraisals?person=nobody", "", 404, "person", "people.not-found");
        c.call("managers: unknown field", "alice", managers, "{\"managers\":[],\"version\":1,\"manager\":1}", 400,
                "manager", "request.unknown-field");

        String scheme = "PUT /settings/appraisal-scheme";
        c.call("scheme: weights not 100", "alice", scheme, SCHEME.replace("\"resultsWeight\":70",
                "\"resultsWeight\":60"), 400, "resultsWeight", "weights.not-100");
        c.call("scheme: negative weight", "alice", scheme, SCHEME.replace("\"resultsWeight\":70",
                "\"resultsWeight\":-5"), 400, "resultsWeight", "weight.invalid");
        c.call("scheme: weight as text", "alice", scheme, SCHEME.replace("\"resultsWeight\":70",
                "\"resultsWeight\":\"70\""), 400, "resultsWeight", "request.wrong-type");
        c.call("scheme: cap too high", "alice", scheme, SCHEME.replace("\"achievementCap\":1",
                "\"achievementCap\":5"), 400, "achievementCap", "appraisal.cap-out-of-range");
        c.call("scheme: no grade bands", "alice", scheme, SCHEME.replaceAll("\"gradeBands\":\\[[^\\]]*\\]",
                "\"gradeBands\":[]"), 400, "gradeBands", "appraisal.grade-bands-required");
        c.call("scheme: unknown grade", "alice", scheme, SCHEME.replace("\"grade\":\"excellent\"",
                "\"grade\":\"super\""), 400, "gradeBands[0].grade", "appraisal.grade-band-grade-invalid");
        c.call("scheme: bands not descending", "alice", scheme, SCHEME.replace("\"minScore\":85",
                "\"minScore\":99"), 400, "gradeBands[1].minScore",
                "appraisal.grade-band-score-not-descending");
        c.call("scheme: share of unknown grade", "alice", scheme, SCHEME.replace("{\"excellent\":20,",
                "{\"super\":20,"), 400, "distributionMaxShares.super", "appraisal.grade-band-grade-invalid");
        c.call("scheme: appeal window 0", "alice", scheme, SCHEME.replace("\"appealWindowDays\":14",
                "\"appealWindowDays\":0"), 400, "appealWindowDays", "appraisal.appeal-window-invalid");
        c.call("scheme: scale upside down", "alice", scheme, SCHEME.replace("{\"min\":1,\"max\":5}",
                "{\"min\":5,\"max\":1}"), 400, "processScale.max", "appraisal.process-scale-invalid");
        c.call("scheme: stale version", "alice", scheme, SCHEME.replace("\"version\":0", "\"version\":1"), 409,
                "version", "version.stale");
        c.call("scheme: missing version", "alice", scheme, SCHEME.replace("\"version\":0,", ""), 400, "version",
                "request.field-required");
        c.call("scheme: not an admin", "bob", scheme, SCHEME, 403, null, "auth.forbidden");

        String levels = "PUT /settings/levels";
        c.call("levels: none", "alice", levels, "{\"version\":0,\"levels\":[],\"maxAlignmentDepth\":8}", 400,
                "levels", "levels.required");
        c.call("levels: bad key", "alice", levels, LEVELS.replace("\"key\":\"team\"", "\"key\":\"Bad Key\""), 400,
                "levels[1].key", "level.key-invalid");
        c.call("levels: duplicate key", "alice", levels, LEVELS.replace("\"key\":\"team\"",
                "\"key\":\"company\""), 400, "levels[1].key", "level.key-duplicate");
        c.call("levels: depth 0", "alice", levels, LEVELS.replace("\"maxAlignmentDepth\":8",
                "\"maxAlignmentDepth\":0"), 400, "maxAlignmentDepth", "alignment.depth-limit-invalid");
        c.call("levels: missing depth", "alice", levels, LEVELS.replace(",\"maxAlignmentDepth\":8", ""), 400,
                "maxAlignmentDepth", "request.field-required");

        String thresholds = "PUT /settings/tracking-thresholds";
        c.call("thresholds: order", "alice", thresholds,
                "{\"version\":0,\"thresholds\":{\"onTrackPercent\":-30,\"atRiskPercent\":-10}}", 400,
                "thresholds.atRiskPercent", "tracking.threshold-order");
        c.call("thresholds: above 0", "alice", thresholds,
                "{\"version\":0,\"thresholds\":{\"onTrackPercent\":5,\"atRiskPercent\":-10}}", 400,
                "thresholds.onTrackPercent", "tracking.threshold-out-of-range");
        c.call("thresholds: missing", "alice", thresholds, "{\"version\":0}", 400, "thresholds.onTrackPercent",
                "tracking.threshold-required");
        return c.list();
    }

    @Override
    protected void placeholders(Map<String, Object> ids) {
        ids.put("goal", goal);
        ids.put("appraisal", appraisal);
        ids.put("confirmed", confirmed);
        ids.put("noManager", noManager);
    }

    @Test
    public void shouldAnswerClientErrorNamingFieldAndStoreNothingWhenInputIsBad() throws Exception {
        assertRefusedAndUnchanged().notAMessageKey();
    }
}
