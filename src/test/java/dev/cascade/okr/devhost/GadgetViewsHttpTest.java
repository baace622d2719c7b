package dev.cascade.okr.devhost;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * {@code /rest/cascade/1.0/views/gadget…}: the goal tree dashboard item's content and configuration, rendered on the
 * server for the reader — the chosen goal and the goals below it to the depth asked, only goals of the period below
 * it, only what the reader may see (a hidden goal reads exactly as a missing one, hidden children are left out), every
 * stored text escaped, in the reader's language; bad goal, depth and period 400 naming each; anonymous 401.
 */
public class GadgetViewsHttpTest extends DevHostHttpTest {

    private static final String GADGET = "/rest/cascade/1.0/views/gadget";

    /** A goal of CASC in 2026-Q1 with a child and a grandchild (the child's title is an injection). */
    private long[] family(String rootVisibility, String childVisibility) throws Exception {
        long root = http.create("bob", GoalsHttp.goal("bob", rootVisibility)
                .replace("Raise weekly sign-ups to 500", "Gadget root")).path("id").asLong();
        long child = http.create("bob", GoalsHttp.goal("bob", childVisibility)
                .replace("Raise weekly sign-ups to 500", "Child <script>alert(1)</script>")).path("id").asLong();
        long grandchild = http.create("bob", GoalsHttp.goal("bob", childVisibility)
                .replace("Raise weekly sign-ups to 500", "Grandchild goal")).path("id").asLong();
        ok(HOST.postJson("/rest/cascade/1.0/goals/" + child + "/alignments", "bob",
                "{\"parentId\":" + root + ",\"contribution\":30}"), 201);
        ok(HOST.postJson("/rest/cascade/1.0/goals/" + grandchild + "/alignments", "bob",
                "{\"parentId\":" + child + ",\"contribution\":50}"), 201);
        return new long[] {root, child, grandchild};
    }

    @Test
    public void shouldAnswerTheGoalAndTheGoalsBelowItToTheDepthAsked() throws Exception {
        long[] goals = family("members", "members");

        HttpResponse<String> one = HOST.get(GADGET + "?goal=" + goals[0] + "&depth=1", "bob");
        HttpResponse<String> two = HOST.get(GADGET + "?goal=" + goals[0] + "&depth=2&period=2026", "bob");

        assertEquals(one.body(), 200, one.statusCode());
        assertThat(one.headers().firstValue("Content-Type").orElse(""), startsWith("text/html"));
        assertThat(one.body(), containsString("data-state=\"tree\""));
        assertThat(one.body(), containsString("Gadget root"));
        assertThat(one.body(), containsString("Child &lt;script&gt;alert(1)&lt;/script&gt;"));
        assertThat(one.body(), not(containsString("<script>alert(1)")));
        assertThat(one.body(), not(containsString("Grandchild goal")));
        assertThat(one.body(), containsString("href=\"/projects/CASC?selectedItem=dev.cascade.okr%3Acascade-project"
                + "-goals-item&amp;goal=" + goals[1]));
        assertThat(one.body(), containsString("aui-progress-indicator"));
        assertThat(one.body(), containsString("cascade-status"));
        assertThat(two.body(), containsString("Grandchild goal"));
        assertThat(two.body(), containsString("data-goal-id=\"" + goals[2] + "\" data-level=\"3\""));
        assertThat(HOST.get(GADGET + "?goal=" + goals[0], "zhang").body(), containsString("\u76ee\u6807\u6811"));
    }

    @Test
    public void shouldKeepBelowTheGoalOnlyGoalsOfThePeriodChosen() throws Exception {
        long[] goals = family("members", "members");

        String q2 = HOST.get(GADGET + "?goal=" + goals[0] + "&depth=2&period=2026-Q2", "bob").body();
        String q1 = HOST.get(GADGET + "?goal=" + goals[0] + "&depth=2&period=2026-Q1", "bob").body();

        assertThat(q2, containsString("Gadget root"));
        assertThat(q2, not(containsString("Grandchild goal")));
        assertThat(q2, containsString("2026-Q2"));
        assertThat(q1, containsString("Grandchild goal"));
    }

    @Test
    public void shouldShowOnlyWhatTheReaderMaySee() throws Exception {
        long[] open = family("everyone", "members");
        long hidden = http.create("bob", GoalsHttp.goal("bob", "private")).path("id").asLong();

        String asCarol = HOST.get(GADGET + "?goal=" + open[0] + "&depth=3", "carol").body();
        HttpResponse<String> hiddenAsCarol = HOST.get(GADGET + "?goal=" + hidden, "carol");
        HttpResponse<String> missing = HOST.get(GADGET + "?goal=999999999", "carol");

        assertThat(asCarol, containsString("Gadget root"));
        assertThat(asCarol, not(containsString("Child &lt;script")));
        assertThat(asCarol, not(containsString("Grandchild goal")));
        assertThat(HOST.get(GADGET + "?goal=" + open[0] + "&depth=3", "bob").body(), containsString("Grandchild goal"));
        assertEquals(200, hiddenAsCarol.statusCode());
        assertThat(hiddenAsCarol.body(), containsString("data-state=\"unavailable\""));
        assertEquals(missing.statusCode(), hiddenAsCarol.statusCode());
        assertEquals(missing.body(), hiddenAsCarol.body());
        assertThat(HOST.get(GADGET + "?goal=" + hidden, "bob").body(), containsString("data-state=\"tree\""));
    }

    @Test
    public void shouldLinkAGroupsGoalUnderTheProjectOfTheGoalAboveIt() throws Exception {
        long root = newGoal("bob");
        long group = http.create("bob", GoalsHttp.goal("bob", "everyone")
                .replace("Raise weekly sign-ups to 500", "Engineering goal")
                .replace("{\"project\":\"CASC\"}", "{\"group\":\"Engineering\"}")).path("id").asLong();
        ok(HOST.postJson("/rest/cascade/1.0/goals/" + group + "/alignments", "bob",
                "{\"parentId\":" + root + ",\"contribution\":40}"), 201);

        String tree = HOST.get(GADGET + "?goal=" + root, "bob").body();
        String alone = HOST.get(GADGET + "?goal=" + group, "bob").body();

        assertThat(tree, containsString("href=\"/projects/CASC?selectedItem=dev.cascade.okr%3Acascade-project"
                + "-goals-item&amp;goal=" + group + "\""));
        assertThat(alone, containsString("<span class=\"cascade-gadget-link\">Engineering goal</span>"));
    }

    @Test
    public void shouldAskToBeConfiguredWithoutAGoal() throws Exception {
        HttpResponse<String> none = HOST.get(GADGET, "bob");

        assertEquals(200, none.statusCode());
        assertThat(none.body(), containsString("data-state=\"unconfigured\""));
    }

    @Test
    public void shouldRefuseBadParametersNamingEachAndAnonymousReaders() throws Exception {
        long goal = newGoal("bob");

        assertEquals(List.of("goal"), fields(HOST.get(GADGET + "?goal=abc", "bob")));
        assertEquals(List.of("depth"), fields(HOST.get(GADGET + "?goal=" + goal + "&depth=0", "bob")));
        assertEquals(List.of("depth"), fields(HOST.get(GADGET + "?goal=" + goal + "&depth=6", "bob")));
        assertEquals(List.of("depth"), fields(HOST.get(GADGET + "?goal=" + goal + "&depth=x", "bob")));
        assertEquals(List.of("period"), fields(HOST.get(GADGET + "?goal=" + goal + "&period=2026-Q9", "bob")));
        assertEquals(List.of("goal", "depth", "period"), fields(HOST.get(GADGET + "?goal=-1&depth=99&period=x",
                "bob")));
        HttpResponse<String> zh = HOST.get(GADGET + "?goal=" + goal + "&depth=9", "zhang");
        assertThat(ok(zh, 400).path("errors").path(0).path("message").asText(), containsString("\u6df1\u5ea6"));
        assertEquals(401, HOST.get(GADGET + "?goal=" + goal, null).statusCode());
        assertEquals(401, HOST.get(GADGET + "/config", null).statusCode());
        assertEquals(401, HOST.postJson(GADGET + "/config", null, "{\"goal\":\"" + goal + "\"}").statusCode());
    }

    @Test
    public void shouldOfferOnlyGoalsTheReaderMaySeeInTheConfigurationForm() throws Exception {
        long[] goals = family("everyone", "members");

        HttpResponse<String> asBob = HOST.get(GADGET + "/config?period=2026-Q1&goal=" + goals[0] + "&depth=3", "bob");
        String asCarol = HOST.get(GADGET + "/config?period=2026-Q1", "carol").body();

        assertEquals(asBob.body(), 200, asBob.statusCode());
        assertThat(asBob.body(), containsString("<option value=\"" + goals[0] + "\" selected>Gadget root (2026-Q1)"));
        assertThat(asBob.body(), containsString("<option value=\"" + goals[1] + "\">"));
        assertThat(asBob.body(), containsString("<option value=\"3\" selected>3</option>"));
        assertThat(asBob.body(), containsString("<option value=\"2026-Q1\" selected>"));
        assertThat(asCarol, containsString("<option value=\"" + goals[0] + "\">"));
        assertThat(asCarol, not(containsString("<option value=\"" + goals[1] + "\">")));
        assertEquals(List.of("period"), fields(HOST.get(GADGET + "/config?period=someday", "bob")));
        assertThat(HOST.get(GADGET + "/config?form=cascade-gadget-7", "bob").body(),
                containsString("id=\"cascade-gadget-7-goal\""));
        assertThat(asCarol, containsString("id=\"cascade-gadget-goal\""));
        assertEquals(List.of("form"), fields(HOST.get(GADGET + "/config?form=%22%3E%3Cb%3E", "bob")));
    }

    @Test
    public void shouldCheckPreferencesBeforeTheDashboardKeepsThem() throws Exception {
        long[] goals = family("everyone", "members");

        JsonNode kept = ok(HOST.postJson(GADGET + "/config", "bob", "{\"goal\":\" " + goals[1]
                + "\",\"depth\":\"4\",\"period\":\"2026\"}"), 200);
        HttpResponse<String> hidden = HOST.postJson(GADGET + "/config", "carol",
                "{\"goal\":\"" + goals[1] + "\",\"depth\":\"2\",\"period\":\"\"}");
        HttpResponse<String> missing = HOST.postJson(GADGET + "/config", "carol",
                "{\"goal\":\"999999999\",\"depth\":\"2\",\"period\":\"\"}");

        assertEquals(Long.toString(goals[1]), kept.path("goal").asText());
        assertEquals("4", kept.path("depth").asText());
        assertEquals("2026", kept.path("period").asText());
        assertEquals(List.of("goal"), fields(hidden));
        assertEquals(ok(missing, 400).path("errors").path(0).path("code").asText(),
                ok(hidden, 400).path("errors").path(0).path("code").asText());
        assertEquals(List.of("goal", "depth", "period"), fields(HOST.postJson(GADGET + "/config", "bob",
                "{\"goal\":\"\",\"depth\":\"7\",\"period\":\"2026-Q5\"}")));
        assertEquals(List.of("goal"), fields(HOST.postJson(GADGET + "/config", "bob", "{\"goal\":12}")));
        assertEquals(List.of("colour"), fields(HOST.postJson(GADGET + "/config", "bob",
                "{\"goal\":\"" + goals[0] + "\",\"colour\":\"red\"}")));
    }

    private static List<String> fields(HttpResponse<String> response) throws Exception {
        List<String> fields = new ArrayList<>();
        for (JsonNode error : ok(response, 400).path("errors")) {
            fields.add(error.path("field").asText());
        }
        return fields;
    }
}
