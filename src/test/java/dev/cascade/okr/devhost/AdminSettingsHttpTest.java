package dev.cascade.okr.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.Test;

/**
 * The administration settings of issue 14 over HTTP against the dev host: level names in English and Chinese shown to
 * each reader in their language; the check-in cadence choosing due dates; the default partial-credit weights taken by
 * the key results that set none of their own (and recomputed when they change); every change versioned (a stale one
 * answers 409 with what is stored, changing nothing) and in the audit list, changes of who manages whom included, with
 * the setting's name translated.
 */
public class AdminSettingsHttpTest extends DevHostHttpTest {

    private static final String API = "/rest/cascade/1.0";
    private static final String LANG_ZH = "cascade-devhost-lang=zh-CN";

    @Test
    public void shouldShowEachReaderTheLevelNameInTheirLanguageWhenBothAreSaved() throws Exception {
        long goal = http.create("bob", GoalsHttp.goal("bob", "members").replace("Raise weekly sign-ups to 500",
                "Squad goal " + System.nanoTime())).path("id").asLong();
        JsonNode read = ok(HOST.get(API + "/settings/levels", "alice"));
        assertEquals("\u56e2\u961f", read.path("levels").path(2).path("nameZh").asText());
        String levels = "{\"version\":" + read.path("version").asLong() + ",\"maxAlignmentDepth\":8,\"levels\":["
                + "{\"key\":\"company\",\"name\":\"Company\",\"nameZh\":\"\u516c\u53f8\"},"
                + "{\"key\":\"department\",\"name\":\"Department\",\"nameZh\":\"\u90e8\u95e8\"},"
                + "{\"key\":\"team\",\"name\":\"Squad\",\"nameZh\":\"\u5c0f\u961f\"},"
                + "{\"key\":\"individual\",\"name\":\"Individual\",\"nameZh\":\"\u4e2a\u4eba\"}]}";

        JsonNode saved = ok(HOST.putJson(API + "/settings/levels", "alice", levels));

        assertEquals("\u5c0f\u961f", saved.path("levels").path(2).path("nameZh").asText());
        assertEquals("Squad", saved.path("levels").path(2).path("name").asText());
        String english = HOST.get(API + "/views/goal/" + goal + "?project=CASC", "bob").body();
        String chinese = HOST.get(API + "/views/goal/" + goal + "?project=CASC", "zhang").body();
        assertTrue(english, english.contains("<dd class=\"cascade-goal-level\">Squad</dd>"));
        assertTrue(chinese, chinese.contains("<dd class=\"cascade-goal-level\">\u5c0f\u961f</dd>"));
        JsonNode audit = ok(HOST.get(API + "/settings/audit?limit=1", "alice")).path("entries").path(0);
        assertEquals("levels.scheme", audit.path("setting").asText());
        assertTrue(audit.toString(), audit.path("changes").asText().contains("team:\u5c0f\u961f"));
    }

    @Test
    public void shouldDueCheckInsByTheSavedCadenceAndAuditTheChange() throws Exception {
        long goal = http.create("bob", GoalsHttp.goal("bob", "members").replace("2026-Q1", "2026")).path("id")
                .asLong();
        String table = API + "/goals/" + goal + "/tracking?period=2026";
        assertEquals("monthly", ok(HOST.get(table, "bob")).path("rows").path(0).path("cadence").asText());
        JsonNode read = ok(HOST.get(API + "/settings/check-in-cadence", "bob"));
        long version = read.path("version").asLong();

        JsonNode saved = ok(HOST.putJson(API + "/settings/check-in-cadence", "alice", "{\"version\":" + version
                + ",\"cadence\":\"weekly\"}"));

        assertEquals(version + 1, saved.path("version").asLong());
        assertEquals("weekly", saved.path("cadence").asText());
        assertEquals("weekly", ok(HOST.get(table, "bob")).path("rows").path(0).path("cadence").asText());
        JsonNode audit = ok(HOST.get(API + "/settings/audit?limit=1", "alice")).path("entries").path(0);
        assertEquals("tracking.check-in-cadence", audit.path("setting").asText());
        assertEquals("Check-in cadence", audit.path("section").asText());
        assertTrue(audit.toString(), audit.path("changes").asText().endsWith("\u2192 weekly"));
        JsonNode auditZh = ok(HOST.send("GET", API + "/settings/audit?limit=1", "alice", null, "Cookie", LANG_ZH))
                .path("entries").path(0);
        assertEquals("\u68c0\u67e5\u9891\u7387", auditZh.path("section").asText());
        ok(HOST.putJson(API + "/settings/check-in-cadence", "alice", "{\"version\":" + (version + 1)
                + ",\"cadence\":\"by-period\"}"));
        assertEquals("monthly", ok(HOST.get(table, "bob")).path("rows").path(0).path("cadence").asText());
    }

    @Test
    public void shouldAnswerConflictWithWhatIsStoredAndChangeNothingWhenTheVersionIsStale() throws Exception {
        long cadence = ok(HOST.get(API + "/settings/check-in-cadence", "alice")).path("version").asLong();
        ok(HOST.putJson(API + "/settings/check-in-cadence", "alice", "{\"version\":" + cadence
                + ",\"cadence\":\"monthly\"}"));
        long weights = ok(HOST.get(API + "/settings/status-weights", "alice")).path("version").asLong();
        ok(HOST.putJson(API + "/settings/status-weights", "alice", "{\"version\":" + weights
                + ",\"toDo\":0,\"inProgress\":0.4,\"done\":1}"));
        String before = HOST.dumpDatabase();

        HttpResponse<String> staleCadence = HOST.putJson(API + "/settings/check-in-cadence", "alice",
                "{\"version\":" + cadence + ",\"cadence\":\"weekly\"}");
        HttpResponse<String> staleWeights = HOST.putJson(API + "/settings/status-weights", "alice",
                "{\"version\":" + weights + ",\"toDo\":0,\"inProgress\":0.9,\"done\":1}");

        JsonNode cadenceBody = ok(staleCadence, 409);
        assertEquals("version.stale", cadenceBody.path("errors").path(0).path("code").asText());
        assertEquals("version", cadenceBody.path("errors").path(0).path("field").asText());
        assertEquals("monthly", cadenceBody.path("current").path("cadence").asText());
        assertEquals(cadence + 1, cadenceBody.path("current").path("version").asLong());
        JsonNode weightsBody = ok(staleWeights, 409);
        assertEquals(0.4, weightsBody.path("current").path("inProgress").asDouble(), 0);
        assertEquals(before, HOST.dumpDatabase());
        ok(HOST.putJson(API + "/settings/check-in-cadence", "alice", "{\"version\":" + (cadence + 1)
                + ",\"cadence\":\"by-period\"}"));
    }

    @Test
    public void shouldRecomputeKeyResultsFollowingTheDefaultWeightsAndLeaveOwnWeightsWhenTheDefaultChanges()
            throws Exception {
        String followsBody = GoalsHttp.goal("bob", "members").replace("issue-count-done", "status-weighted")
                .replace("Raise weekly sign-ups to 500", "Follows the default " + System.nanoTime());
        String ownBody = followsBody.replace("\"basis\":\"status-weighted\",", "\"basis\":\"status-weighted\","
                + "\"statusWeights\":{\"toDo\":0,\"inProgress\":0.25,\"done\":1},");
        JsonNode follows = http.create("bob", followsBody).path("keyResults").path(1);
        JsonNode own = http.create("bob", ownBody).path("keyResults").path(1);
        long weights = ok(HOST.get(API + "/settings/status-weights", "bob")).path("version").asLong();
        // CASC-1: 2 of 6 issues done, 2 in progress; by default half credit for started work.
        assertTrue(follows.path("measure").path("statusWeights").isNull());
        assertEquals(0.25, own.path("measure").path("statusWeights").path("inProgress").asDouble(), 0);
        double ownBefore = own.path("progress").path("fraction").asDouble();

        JsonNode saved = ok(HOST.putJson(API + "/settings/status-weights", "alice", "{\"version\":" + weights
                + ",\"toDo\":0,\"inProgress\":1,\"done\":1}"));

        assertEquals(1.0, saved.path("inProgress").asDouble(), 0);
        JsonNode followsAfter = ok(HOST.get(API + "/key-results/" + follows.path("id").asLong(), "bob"));
        JsonNode ownAfter = ok(HOST.get(API + "/key-results/" + own.path("id").asLong(), "bob"));
        assertEquals(4.0 / 6, followsAfter.path("progress").path("fraction").asDouble(), 1e-9);
        assertTrue(followsAfter.path("measure").path("statusWeights").isNull());
        assertEquals(ownBefore, ownAfter.path("progress").path("fraction").asDouble(), 1e-9);
        assertEquals(2.5 / 6, ownBefore, 1e-9);
        JsonNode audit = ok(HOST.get(API + "/settings/audit?limit=1", "alice")).path("entries").path(0);
        assertEquals("issues.status-weights", audit.path("setting").asText());
        assertEquals("Default partial credit", audit.path("section").asText());
        ok(HOST.putJson(API + "/settings/status-weights", "alice", "{\"version\":" + (weights + 1)
                + ",\"toDo\":0,\"inProgress\":0.5,\"done\":1}"));
    }

    @Test
    public void shouldListManagerChangesAndImportsInTheAuditListWhenAnAdministratorMakesThem() throws Exception {
        long version = ok(HOST.get(API + "/people/carol/managers", "alice")).path("version").asLong();
        ok(HOST.putJson(API + "/people/carol/managers", "alice", "{\"managers\":[\"pat\",\"zhang\"],\"version\":"
                + version + "}"));

        JsonNode one = ok(HOST.get(API + "/settings/audit?limit=1", "alice")).path("entries").path(0);
        assertEquals("people.managers", one.path("setting").asText());
        assertEquals("Who manages whom", one.path("section").asText());
        assertEquals("alice", one.path("by").asText());
        assertEquals(version + 1, one.path("version").asLong());
        assertTrue(one.toString(), one.path("changes").asText().startsWith("carol: "));
        assertTrue(one.toString(), one.path("changes").asText().endsWith("\u2192 pat, zhang"));

        String file = Base64.getEncoder().encodeToString("person,managers\ncarol,zhang\npat,zhang\n"
                .getBytes(StandardCharsets.UTF_8));
        ok(HOST.postJson(API + "/settings/managers-import", "alice", "{\"file\":\"" + file + "\"}"));

        JsonNode imported = ok(HOST.send("GET", API + "/settings/audit?limit=2", "alice", null, "Cookie", LANG_ZH))
                .path("entries");
        assertEquals("people.managers-import", imported.path(0).path("setting").asText());
        assertEquals("\u4e0a\u4e0b\u7ea7\u5173\u7cfb\uff08CSV \u5bfc\u5165\uff09", imported.path(0).path("section")
                .asText());
        assertTrue(imported.toString(), imported.path(0).path("changes").asText().startsWith("pat: "));
        assertEquals("carol: pat, zhang \u2192 zhang", imported.path(1).path("changes").asText());
        assertEquals(403, HOST.get(API + "/settings/audit", "bob").statusCode());
        assertEquals(401, HOST.get(API + "/settings/audit", null).statusCode());
    }

    @Test
    public void shouldRefuseInTheAdministratorsLanguageNamingTheFieldWhenASettingIsBad() throws Exception {
        long cadence = ok(HOST.get(API + "/settings/check-in-cadence", "alice")).path("version").asLong();
        long version = ok(HOST.get(API + "/settings/status-weights", "alice")).path("version").asLong();
        String before = HOST.dumpDatabase();

        HttpResponse<String> refused = HOST.send("PUT", API + "/settings/check-in-cadence", "alice",
                ("{\"version\":" + cadence + ",\"cadence\":\"daily\"}").getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/json", "Cookie", LANG_ZH);
        HttpResponse<String> weights = HOST.send("PUT", API + "/settings/status-weights", "alice",
                ("{\"version\":" + version + ",\"toDo\":0.6,\"inProgress\":0.5,\"done\":1}")
                        .getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json", "Cookie", LANG_ZH);

        JsonNode error = ok(refused, 400).path("errors").path(0);
        assertEquals("cadence", error.path("field").asText());
        assertTrue(error.toString(), error.path("message").asText().startsWith("\u8bf7\u9009\u62e9"));
        JsonNode weightsError = ok(weights, 400).path("errors").path(0);
        assertEquals("inProgress", weightsError.path("field").asText());
        assertTrue(weightsError.toString(), weightsError.path("message").asText().chars().anyMatch(c -> c > 0x2e80));
        assertEquals(before, HOST.dumpDatabase());
    }
}
