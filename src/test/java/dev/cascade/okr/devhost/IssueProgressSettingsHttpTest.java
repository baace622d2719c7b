package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.AppraisalHttp.json;
import static dev.cascade.okr.devhost.IssueProgressHttp.KEY_RESULTS;
import static dev.cascade.okr.devhost.IssueProgressHttp.SETTINGS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.devhost.jira.DevIssue;
import dev.cascade.okr.devhost.jira.SampleJira;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/**
 * The issue-progress settings over HTTP: defaults at version 0; an administrator's save is read back by others and
 * recomputes the issue-driven key results at once (sub-tasks then count); a save over an old version answers 409 with
 * the current settings and changes nothing.
 */
public class IssueProgressSettingsHttpTest extends DevHostHttpTest {

    private static JsonNode put(String user, long version, String storyPointField, boolean countSubTasks)
            throws Exception {
        return ok(AppraisalHttp.putJson(HOST, SETTINGS, user, body(version, storyPointField, countSubTasks)));
    }

    private static String body(long version, String storyPointField, boolean countSubTasks) {
        return "{\"version\":" + version + ",\"storyPointField\":"
                + (storyPointField == null ? "null" : "\"" + storyPointField + "\"") + ",\"countSubTasks\":"
                + countSubTasks + "}";
    }

    @Test
    public void shouldCountSubTasksOfTheEpicsIssuesWhenAnAdminTurnsThemOn() throws Exception {
        SampleJira sample = HOST.server().sample();
        // An epic whose stories have sub-tasks, and where counting them changes the share done.
        String epic = null;
        List<DevIssue> children = null;
        List<DevIssue> subTasks = null;
        for (DevIssue candidate : sample.issues()) {
            if (!candidate.isEpic()) {
                continue;
            }
            List<DevIssue> stories = sample.issuesOfEpics(Set.of(candidate.getKey()));
            List<DevIssue> subs = IssueProgressHttp.subTasksOf(sample, stories);
            if (!subs.isEmpty() && IssueProgressHttp.done(stories) * (stories.size() + subs.size())
                    != (IssueProgressHttp.done(stories) + IssueProgressHttp.done(subs)) * stories.size()) {
                epic = candidate.getKey();
                children = stories;
                subTasks = subs;
                break;
            }
        }
        assertTrue("the sample has an epic with sub-tasks", epic != null);
        // Other tests of this class may have saved already: start from "sub-tasks do not count" at whatever version.
        put("alice", ok(HOST.get(SETTINGS, "bob")).path("version").asLong(), null, false);
        KeyResultId id = IssueProgressHttp.keyResult(HOST, Visibility.EVERYONE, new WorkLink.Epic(epic));
        double without = (double) IssueProgressHttp.done(children) / children.size();
        assertEquals(without, IssueProgressHttp.stored(HOST, id).fraction(), 1e-9);
        assertEquals(children.size(), ok(HOST.get(KEY_RESULTS + "/" + id.value() + "/issues", "alice"))
                .path("links").path(0).path("issues").size());
        long version = ok(HOST.get(SETTINGS, "bob")).path("version").asLong();

        JsonNode saved = put("alice", version, null, true);

        assertTrue(saved.path("countSubTasks").asBoolean());
        assertTrue(saved.path("version").asLong() > version);
        double with = (double) (IssueProgressHttp.done(children) + IssueProgressHttp.done(subTasks))
                / (children.size() + subTasks.size());
        assertNotEquals(without, with, 1e-9);
        assertEquals("recomputed on save", with, IssueProgressHttp.stored(HOST, id).fraction(), 1e-9);
        assertEquals(children.size() + subTasks.size(), ok(HOST.get(KEY_RESULTS + "/" + id.value() + "/issues",
                "alice")).path("links").path(0).path("issues").size());
        JsonNode again = ok(HOST.get(SETTINGS, "carol"));
        assertTrue(again.path("countSubTasks").asBoolean());
        assertEquals(saved.path("version").asLong(), again.path("version").asLong());
    }

    @Test
    public void shouldKeepTheStoryPointFieldWhenAnAdminNamesIt() throws Exception {
        long version = ok(HOST.get(SETTINGS, "alice")).path("version").asLong();
        boolean subTasks = ok(HOST.get(SETTINGS, "alice")).path("countSubTasks").asBoolean();

        put("alice", version, "customfield_10106", subTasks);
        assertEquals("customfield_10106", ok(HOST.get(SETTINGS, "zhang")).path("storyPointField").asText());

        JsonNode detect = put("alice", ok(HOST.get(SETTINGS, "alice")).path("version").asLong(), null, subTasks);
        assertTrue(detect.path("storyPointField").isNull());
    }

    @Test
    public void shouldAnswerConflictWithCurrentAndChangeNothingWhenVersionIsStale() throws Exception {
        JsonNode read = ok(HOST.get(SETTINGS, "alice"));
        long version = read.path("version").asLong();
        boolean subTasks = read.path("countSubTasks").asBoolean();
        JsonNode first = put("alice", version, "customfield_10200", subTasks);
        String before = HOST.dumpDatabase();

        HttpResponse<String> stale = AppraisalHttp.putJson(HOST, SETTINGS, "alice",
                body(version, "customfield_10300", !subTasks));

        assertEquals(stale.body(), 409, stale.statusCode());
        JsonNode body = json(stale);
        assertEquals("version.stale", body.path("errors").path(0).path("code").asText());
        assertEquals("customfield_10200", body.path("current").path("storyPointField").asText());
        assertEquals(subTasks, body.path("current").path("countSubTasks").asBoolean());
        assertEquals(first.path("version").asLong(), body.path("current").path("version").asLong());
        assertEquals(before, HOST.dumpDatabase());
    }
}
