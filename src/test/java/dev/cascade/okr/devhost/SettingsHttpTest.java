package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.AppraisalHttp.BASE;
import static dev.cascade.okr.devhost.AppraisalHttp.json;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.Test;

/**
 * The settings over HTTP: every signed-in user reads the defaults at version 0; an app administrator saves a change
 * read back by others; a save over an old version answers 409 with the current setting and changes nothing.
 */
public class SettingsHttpTest extends DevHostHttpTest {

    @Test
    public void shouldSaveTheAppraisalSchemeWhenAnAdminChangesIt() throws Exception {
        JsonNode read = ok(HOST.get(BASE + "/settings/appraisal-scheme", "bob"));
        assertEquals(0, read.path("version").asLong());
        assertEquals(70, read.path("resultsWeight").asInt());
        assertEquals("excellent", read.path("gradeBands").path(0).path("grade").asText());
        ObjectNode changed = (ObjectNode) read.deepCopy();
        changed.put("resultsWeight", 60).put("processWeight", 40).put("appealWindowDays", 7);

        JsonNode saved = ok(AppraisalHttp.putJson(HOST, BASE + "/settings/appraisal-scheme", "alice",
                changed.toString()));

        assertEquals(1, saved.path("version").asLong());
        JsonNode again = ok(HOST.get(BASE + "/settings/appraisal-scheme", "zhang"));
        assertEquals(60, again.path("resultsWeight").asInt());
        assertEquals(40, again.path("processWeight").asInt());
        assertEquals(7, again.path("appealWindowDays").asInt());
    }

    @Test
    public void shouldSaveLevelsAndThresholdsWhenAnAdminChangesThem() throws Exception {
        JsonNode levels = ok(HOST.get(BASE + "/settings/levels", "carol"));
        assertEquals("company", levels.path("levels").path(0).path("key").asText());
        JsonNode savedLevels = ok(AppraisalHttp.putJson(HOST, BASE + "/settings/levels", "alice",
                "{\"version\":0,\"levels\":[{\"key\":\"company\",\"name\":\"Group\",\"nameZh\":\"\u96c6\u56e2\"},"
                        + "{\"key\":\"team\",\"name\":\"Team\",\"nameZh\":\"\u56e2\u961f\"}],"
                        + "\"maxAlignmentDepth\":5}"));
        assertEquals(1, savedLevels.path("version").asLong());
        assertEquals("Group", ok(HOST.get(BASE + "/settings/levels", "bob")).path("levels").path(0).path("name")
                .asText());

        // Another test of this class may have saved the thresholds already: save over whatever version is there.
        long version = ok(HOST.get(BASE + "/settings/tracking-thresholds", "bob")).path("version").asLong();
        JsonNode saved = ok(AppraisalHttp.putJson(HOST, BASE + "/settings/tracking-thresholds", "alice",
                "{\"version\":" + version + ",\"thresholds\":{\"onTrackPercent\":-5,\"atRiskPercent\":-20}}"));
        assertEquals(-20, saved.path("thresholds").path("atRiskPercent").asInt());
        assertEquals(version + 1, saved.path("version").asLong());
    }

    @Test
    public void shouldAnswerConflictWithCurrentAndChangeNothingWhenSettingVersionIsStale() throws Exception {
        JsonNode read = ok(HOST.get(BASE + "/settings/tracking-thresholds", "alice"));
        ObjectNode first = (ObjectNode) read.deepCopy();
        ((ObjectNode) first.path("thresholds")).put("onTrackPercent", -8);
        ok(AppraisalHttp.putJson(HOST, BASE + "/settings/tracking-thresholds", "alice", first.toString()));
        String before = HOST.dumpDatabase();
        ObjectNode second = (ObjectNode) read.deepCopy();
        ((ObjectNode) second.path("thresholds")).put("onTrackPercent", -3);

        HttpResponse<String> stale = AppraisalHttp.putJson(HOST, BASE + "/settings/tracking-thresholds", "alice",
                second.toString());

        assertEquals(stale.body(), 409, stale.statusCode());
        JsonNode body = json(stale);
        assertEquals("version.stale", body.path("errors").path(0).path("code").asText());
        assertEquals(-8, body.path("current").path("thresholds").path("onTrackPercent").asInt());
        assertEquals(before, HOST.dumpDatabase());
    }

    @Test
    public void shouldRefuseACycleWhenManagersWouldManageThemselves() throws Exception {
        long bob = ok(HOST.get(BASE + "/people/bob/managers", "alice")).path("version").asLong();
        ok(AppraisalHttp.putJson(HOST, BASE + "/people/bob/managers", "alice",
                "{\"managers\":[\"zhang\"],\"version\":" + bob + "}"));
        long zhang = ok(HOST.get(BASE + "/people/zhang/managers", "alice")).path("version").asLong();
        HttpResponse<String> cycle = AppraisalHttp.putJson(HOST, BASE + "/people/zhang/managers", "alice",
                "{\"managers\":[\"bob\"],\"version\":" + zhang + "}");
        assertEquals(cycle.body(), 400, cycle.statusCode());
        assertEquals("people.manager-cycle", json(cycle).path("errors").path(0).path("code").asText());
        assertEquals(0, ok(HOST.get(BASE + "/people/zhang/managers", "alice")).path("managers").size());
    }

    @Test
    public void shouldAnswerConflictWithCurrentManagersAndChangeNothingWhenManagersVersionIsStale() throws Exception {
        JsonNode read = ok(HOST.get(BASE + "/people/pat/managers", "alice"));
        long version = read.path("version").asLong();
        JsonNode first = ok(AppraisalHttp.putJson(HOST, BASE + "/people/pat/managers", "alice",
                "{\"managers\":[\"alice\"],\"version\":" + version + "}"));
        assertEquals(version + 1, first.path("version").asLong());
        String before = HOST.dumpDatabase();

        HttpResponse<String> stale = AppraisalHttp.putJson(HOST, BASE + "/people/pat/managers", "alice",
                "{\"managers\":[\"zhang\"],\"version\":" + version + "}");

        assertEquals(stale.body(), 409, stale.statusCode());
        JsonNode body = json(stale);
        assertEquals("version.stale", body.path("errors").path(0).path("code").asText());
        assertEquals("version", body.path("errors").path(0).path("field").asText());
        assertEquals(version + 1, body.path("current").path("version").asLong());
        assertEquals("alice", body.path("current").path("managers").path(0).asText());
        assertEquals(before, HOST.dumpDatabase());
        JsonNode after = ok(HOST.get(BASE + "/people/pat/managers", "alice"));
        assertEquals(version + 1, after.path("version").asLong());
        assertEquals(1, after.path("managers").size());
    }

    @Test
    public void shouldAnswerVersionZeroWhenManagersWereNeverSet() throws Exception {
        JsonNode read = ok(HOST.get(BASE + "/people/carol/managers", "alice"));
        assertEquals(0, read.path("version").asLong());
        assertEquals(0, read.path("managers").size());
    }
}
