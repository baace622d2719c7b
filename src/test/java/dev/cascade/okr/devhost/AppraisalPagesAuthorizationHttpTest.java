package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.AppraisalHttp.BASE;
import static dev.cascade.okr.devhost.AppraisalHttp.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.Period;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * Who sees what of the appraisal pages (issue 14): the Goals page's Appraisal tab, a person's appraisal page, their
 * fragments under {@code /views/appraisal}, and which step buttons each viewer is offered in each state of an
 * appraisal, for the person appraised (bob), their manager (zhang), the manager's manager (pat, when pat manages
 * zhang), another manager (pat, when pat manages alice instead), a colleague (pat, who then manages nobody), someone
 * outside the project (carol, who may not browse it), an app administrator (alice) and anonymous.
 * A person's page that a viewer may not see answers exactly as the page of nobody does. In each state the viewer then
 * takes the step that moves it on (start, self-assess, manager-assess, sign off, appeal, resolve) through the API the
 * dialog posts to: it succeeds exactly when the page offered its button, and a refusal changes nothing (404 for whoever
 * may not see bob's appraisal data). "Start all" of bob's period is offered, and succeeds, exactly for those who may
 * start. Each case starts from its own goal of bob's, brought to the state it needs by the right people through the
 * API.
 */
@RunWith(Parameterized.class)
public class AppraisalPagesAuthorizationHttpTest {

    @ClassRule
    public static final DevHostFixture HOST = DevHostFixture.seeded();

    private static final String PAGE = "/projects/CASC?selectedItem=dev.cascade.okr:cascade-project-goals-item"
            + "&view=appraisal&period=2026";

    /** Who looks, and how the managers are set for it. */
    enum Viewer {
        ANONYMOUS(null), PERSON("bob"), MANAGER("zhang"), MANAGERS_MANAGER("pat"), OTHER_MANAGER("pat"),
        COLLEAGUE("pat"), OUTSIDER("carol"), ADMIN("alice");

        final String user;

        Viewer(String user) {
            this.user = user;
        }
    }

    /** Where an appraisal is when the person's page is read: the buttons each viewer must be offered. */
    enum Stage {
        NONE, STARTED, SELF_ASSESSED, MANAGER_ASSESSED, SIGNED_OFF, APPEALED, RESOLVED
    }

    @Parameter(0)
    public Object target;

    @Parameter(1)
    public Viewer viewer;

    @Parameters(name = "{0} as {1}")
    public static Collection<Object[]> cases() {
        List<Object[]> cases = new ArrayList<>();
        for (String page : List.of("tab", "person-page", "person-fragment", "distribution-fragment", "start-all")) {
            for (Viewer viewer : Viewer.values()) {
                cases.add(new Object[] {page, viewer});
            }
        }
        for (Stage stage : Stage.values()) {
            for (Viewer viewer : EnumSet.range(Viewer.PERSON, Viewer.ADMIN)) {
                cases.add(new Object[] {stage, viewer});
            }
        }
        return cases;
    }

    private static final Set<Viewer> SEE_BOB = EnumSet.of(Viewer.PERSON, Viewer.MANAGER, Viewer.MANAGERS_MANAGER,
            Viewer.ADMIN);
    private static final Set<Viewer> SEE_DISTRIBUTION = EnumSet.of(Viewer.MANAGER, Viewer.MANAGERS_MANAGER,
            Viewer.OTHER_MANAGER, Viewer.ADMIN);

    @Test
    public void shouldShowOnlyWhatTheViewerMaySeeAndOfferOnlyTheStepsTheyMayTake() throws Exception {
        AppraisalHttp.setManagers(HOST, "bob", "zhang");
        if (viewer == Viewer.MANAGERS_MANAGER) {
            AppraisalHttp.setManagers(HOST, "zhang", "pat");
        } else {
            AppraisalHttp.setManagers(HOST, "zhang");
        }
        if (viewer == Viewer.OTHER_MANAGER) {
            AppraisalHttp.setManagers(HOST, "alice", "pat");
        } else {
            AppraisalHttp.setManagers(HOST, "alice");
        }
        String title = "Appraised " + target + " as " + viewer;
        long goal = AppraisalHttp.insertMeasuredGoal(HOST, "bob", title, Period.year(2026), "individual",
                "Customers:100:50");
        AppraisalHttp.checkIn(HOST, "bob", AppraisalHttp.keyResultIds(HOST, goal).get(0), "45", "2026-06-30");
        if (target instanceof Stage stage) {
            long appraisal = bringTo(stage, goal);
            Set<String> offered = buttons(HOST.get(PAGE + "&person=bob", viewer.user).body(), goal);
            assertEquals(expectedButtons(stage), offered);
            takeTheNextStep(stage, goal, appraisal, offered);
            return;
        }
        if ("start-all".equals(target)) {
            startAll();
            return;
        }
        switch ((String) target) {
            case "tab" -> {
                bringTo(Stage.STARTED, goal);
                HttpResponse<String> page = HOST.get(PAGE, viewer.user);
                String body = page.body();
                assertEquals(viewer + " sees bob's row", SEE_BOB.contains(viewer), body.contains(title));
                assertEquals(viewer + " sees the distribution chart", SEE_DISTRIBUTION.contains(viewer),
                        body.contains("cascade-chart-grades"));
            }
            case "person-page" -> {
                bringTo(Stage.STARTED, goal);
                String body = section(HOST.get(PAGE + "&person=bob", viewer.user).body());
                if (SEE_BOB.contains(viewer)) {
                    assertTrue(body, body.contains(title));
                } else {
                    // Exactly what the page of nobody shows: it does not tell that bob exists.
                    assertEquals(section(HOST.get(PAGE + "&person=nobody-here", viewer.user).body())
                            .replace("nobody-here", "bob"), body);
                    assertFalse(body, body.contains(title));
                }
            }
            case "person-fragment" -> {
                bringTo(Stage.STARTED, goal);
                HttpResponse<String> fragment = HOST.get(BASE + "/views/appraisal/person/bob?project=CASC"
                        + "&period=2026", viewer.user);
                int expected = viewer == Viewer.ANONYMOUS ? 401 : SEE_BOB.contains(viewer) ? 200 : 404;
                assertEquals(fragment.body(), expected, fragment.statusCode());
                assertEquals(expected == 200, fragment.body().contains(title));
                if (expected == 404) {
                    HttpResponse<String> nobody = HOST.get(BASE + "/views/appraisal/person/nobody-here?project=CASC"
                            + "&period=2026", viewer.user);
                    assertEquals(nobody.body().replace("nobody-here", "bob"), fragment.body());
                }
            }
            default -> {
                HttpResponse<String> fragment = HOST.get(BASE + "/views/appraisal/distribution?project=CASC"
                        + "&period=2026", viewer.user);
                // Whoever manages nobody is told, in the fragment, that the distribution is for managers.
                assertEquals(fragment.body(), viewer == Viewer.ANONYMOUS ? 401 : 200, fragment.statusCode());
                assertEquals(SEE_DISTRIBUTION.contains(viewer), fragment.body().contains("cascade-chart-grades"));
            }
        }
    }

    /** The step buttons {@link #viewer} must be offered on bob's goal at {@code stage}. */
    private Set<String> expectedButtons(Stage stage) {
        Set<String> buttons = new TreeSet<>();
        switch (stage) {
            case NONE -> {
                if (EnumSet.of(Viewer.MANAGER, Viewer.MANAGERS_MANAGER, Viewer.ADMIN).contains(viewer)) {
                    buttons.add("start");
                }
            }
            case STARTED -> add(buttons, Viewer.PERSON, "self-assess");
            case SELF_ASSESSED -> {
                add(buttons, Viewer.PERSON, "self-assess");
                add(buttons, Viewer.MANAGER, "manager-assess");
            }
            case MANAGER_ASSESSED -> {
                add(buttons, Viewer.PERSON, "sign-off");
                add(buttons, Viewer.MANAGER, "manager-assess");
            }
            case SIGNED_OFF -> add(buttons, Viewer.PERSON, "appeal");
            case APPEALED -> {
                add(buttons, Viewer.MANAGERS_MANAGER, "resolve-appeal");
                add(buttons, Viewer.ADMIN, "resolve-appeal");
            }
            default -> {
            }
        }
        return buttons;
    }

    private void add(Set<String> buttons, Viewer who, String button) {
        if (viewer == who) {
            buttons.add(button);
        }
    }

    /** The steps after the start, in order: who takes it, the button, the address under the appraisal, the body. */
    private static final String[][] STEPS = {
        {"bob", "self-assess", "/self-assessment", "{\"version\":1,\"score\":4}"},
        {"zhang", "manager-assess", "/manager-assessment", "{\"version\":2,\"processScore\":4}"},
        {"bob", "sign-off", "/sign-off", "{\"version\":3}"},
        {"bob", "appeal", "/appeal", "{\"version\":4,\"reason\":\"Unfair\"}"},
        {"alice", "resolve-appeal", "/appeal-resolution",
            "{\"version\":5,\"outcome\":\"upheld\",\"comment\":\"Stands\"}"},
    };

    /** Takes bob's goal to {@code stage} as the people whose steps they are; the appraisal's id (0 for none). */
    private static long bringTo(Stage stage, long goal) throws Exception {
        if (stage == Stage.NONE) {
            return 0;
        }
        long id = json(must(HOST.postJson(BASE + "/appraisals", "zhang", "{\"objectiveId\":" + goal + "}")))
                .path("id").asLong();
        for (int i = 0; i < stage.ordinal() - 1; i++) {
            must(HOST.postJson(BASE + "/appraisals/" + id + STEPS[i][2], STEPS[i][0], STEPS[i][3]));
        }
        return id;
    }

    /**
     * The viewer takes the step that moves {@code stage} on, as its dialog posts it: it succeeds exactly when the page
     * offered its button; a refusal is 404 for whoever may not see bob's appraisal data, else 403, and changes nothing.
     */
    private void takeTheNextStep(Stage stage, long goal, long appraisal, Set<String> offered) throws Exception {
        if (stage == Stage.RESOLVED) {
            return;
        }
        String step = stage == Stage.NONE ? "start" : STEPS[stage.ordinal() - 1][1];
        HttpResponse<String> taken = stage == Stage.NONE
                ? HOST.postJson(BASE + "/appraisals", viewer.user, "{\"objectiveId\":" + goal + "}")
                : HOST.postJson(BASE + "/appraisals/" + appraisal + STEPS[stage.ordinal() - 1][2], viewer.user,
                        STEPS[stage.ordinal() - 1][3]);
        String where = step + " as " + viewer + ": " + taken.body();
        if (offered.contains(step)) {
            assertEquals(where, stage == Stage.NONE ? 201 : 200, taken.statusCode());
            return;
        }
        assertEquals(where, SEE_BOB.contains(viewer) ? 403 : 404, taken.statusCode());
        assertEquals(where, stage == Stage.NONE ? -1 : stage.ordinal(), versionOf(goal));
    }

    /** The version of the appraisal of bob's {@code goal}, as an administrator reads it; -1 when it has none. */
    private static long versionOf(long goal) throws Exception {
        JsonNode list = json(HOST.get(BASE + "/appraisals?person=bob", "alice"));
        for (JsonNode appraisal : list.isArray() ? list : list.path("items")) {
            if (appraisal.path("objectiveId").asLong() == goal) {
                return appraisal.path("version").asLong();
            }
        }
        return -1;
    }

    /**
     * Bob's goals of a month of his own for this viewer: "Start all" is offered to whoever may start (his manager,
     * their manager, an administrator) and starts both; anyone else is refused and nothing starts.
     */
    private void startAll() throws Exception {
        String period = "2027-" + String.format("%02d", viewer.ordinal() + 1);
        for (int i = 1; i <= 2; i++) {
            AppraisalHttp.insertMeasuredGoal(HOST, "bob", "Started all " + i + " as " + viewer,
                    Period.month(2027, viewer.ordinal() + 1), "individual", "Customers:100:50");
        }
        String page = PAGE.replace("period=2026", "period=" + period) + "&person=bob";
        boolean may = EnumSet.of(Viewer.MANAGER, Viewer.MANAGERS_MANAGER, Viewer.ADMIN).contains(viewer);
        assertEquals(viewer + " is offered Start all", may,
                HOST.get(page, viewer.user).body().contains("cascade-appraisal-start-all\""));
        HttpResponse<String> started = HOST.postJson(BASE + "/people/bob/appraisal/start", viewer.user,
                "{\"period\":\"" + period + "\"}");
        int refused = viewer == Viewer.ANONYMOUS ? 401 : SEE_BOB.contains(viewer) ? 403 : 404;
        assertEquals(started.body(), may ? 200 : refused, started.statusCode());
        // What the administrator may still start: nothing once both started, both when the call was refused.
        assertEquals(may ? 0 : 2, Pattern.compile("cascade-dialog-open cascade-appraisal-start\"")
                .matcher(HOST.get(page, "alice").body()).results().count());
    }

    /** The step buttons on the goal's rows of a person's page. */
    private static Set<String> buttons(String page, long goal) {
        Set<String> found = new TreeSet<>();
        int start = page.indexOf("data-goal-id=\"" + goal + "\" data-state=");
        if (start < 0) {
            return found;
        }
        int end = page.indexOf("</tbody>", start);
        Matcher button = Pattern.compile("cascade-dialog-open cascade-appraisal-([a-z-]+)\"")
                .matcher(page.substring(start, end));
        while (button.find()) {
            found.add(button.group(1));
        }
        return found;
    }

    /** The person's appraisal section of the Goals page. */
    private static String section(String page) {
        int start = page.indexOf("<section class=\"cascade-appraisal-person");
        return start < 0 ? page : page.substring(start, page.indexOf("</section>", start));
    }

    private static HttpResponse<String> must(HttpResponse<String> response) {
        if (response.statusCode() >= 300) {
            throw new AssertionError("preparing failed: " + response.statusCode() + " " + response.body());
        }
        return response;
    }
}
