package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;
import static dev.cascade.okr.devhost.GoalsHttp.JSON;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.regex.Pattern;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameters;

/**
 * One visibility rule for every page and endpoint that lists or shows goals (issue 10): the project page's goals
 * panel (the page's HTML over plain HTTP, as the dev host renders it), {@code GET /goals}, {@code GET /goals/{id}},
 * {@code GET /goals/{id}/tree}, {@code GET /cascade}, {@code GET /key-results} and {@code GET /key-results/{id}} all
 * agree with core's {@code AccessPolicy}; so do the organisation's overview ({@code GET /overview}, issue 16) and the
 * lists paged by key ({@code after=}), each walked page by page.
 *
 * <p>The goals: three CASC goals of zhang's, one per visibility (private, members, everyone), and a private goal of
 * bob's. The callers ({@link AuthorizationMatrix#CALLERS}): anonymous; carol, who may not browse CASC (a non-member);
 * bob, a CASC member; zhang, the owner; pat, zhang's manager (set through {@code PUT /people/zhang/managers}; pat also
 * administers CASC, which shows no private goal by itself — bob's private goal, which pat does not manage, proves
 * it); alice, the app administrator.
 *
 * <p>A read answers its status. A list or page answers 200 (or refuses the caller as a whole: 401 for anonymous REST
 * calls, 404 for a project page and 400 at {@code project} for a project cascade the caller may not browse, as for
 * a project that does not exist), and then the matrix's 200 means the
 * goal is in it and 404 that it is left out, as if it did not exist. Every call leaves the database unchanged.
 */
public class GoalVisibilityAuthorizationHttpTest
        extends AuthorizationMatrix<GoalVisibilityAuthorizationHttpTest.Reader> {

    /** Which goal a row reads. */
    enum Goal {
        ZHANG_PRIVATE("zhang's private goal"),
        ZHANG_MEMBERS("zhang's members-only goal"),
        ZHANG_EVERYONE("zhang's goal for everyone"),
        BOB_PRIVATE("bob's private goal");

        private final String text;

        Goal(String text) {
            this.text = text;
        }
    }

    /** A page or endpoint that lists or shows goals. */
    enum Endpoint {
        PANEL("project page panel GET /projects/CASC"),
        GOALS_LIST("GET /goals"),
        GOAL("GET /goals/{id}"),
        TREE("GET /goals/{id}/tree"),
        CASCADE("GET /cascade?project=CASC"),
        KEY_RESULTS_LIST("GET /key-results"),
        KEY_RESULT("GET /key-results/{id}"),
        OVERVIEW("GET /overview, every page"),
        GOALS_BY_KEY("GET /goals?after=, every page"),
        KEY_RESULTS_BY_KEY("GET /key-results?after=, every page");

        private final String text;

        Endpoint(String text) {
            this.text = text;
        }
    }

    /** One row: an endpoint reading one goal. */
    record Reader(Endpoint endpoint, Goal goal) {
        @Override
        public String toString() {
            return endpoint.text + " with " + goal.text;
        }
    }

    //                                anonymous carol bob zhang pat alice
    private static final int[] PRIVATE = {401, 404, 404, 200, 200, 200};
    private static final int[] MEMBERS = {401, 404, 200, 200, 200, 200};
    private static final int[] EVERYONE = {401, 200, 200, 200, 200, 200};
    private static final int[] BOB_PRIVATE = {401, 404, 200, 404, 404, 200};

    @Parameters(name = NAME)
    public static Collection<Object[]> cases() {
        Rows rows = rows();
        for (Endpoint endpoint : Endpoint.values()) {
            rows.add(new Reader(endpoint, Goal.ZHANG_PRIVATE), PRIVATE)
                    .add(new Reader(endpoint, Goal.ZHANG_MEMBERS), MEMBERS)
                    .add(new Reader(endpoint, Goal.ZHANG_EVERYONE), pageOrCascade(endpoint)
                            // carol may see a goal for everyone, but not the CASC page or cascade it sits on.
                            ? new int[] {anonymousOn(endpoint), 404, 200, 200, 200, 200} : EVERYONE)
                    .add(new Reader(endpoint, Goal.BOB_PRIVATE), BOB_PRIVATE);
        }
        // The project page refuses anonymous callers as Jira does: not found (the REST API answers 401). A project
        // cascade of a project carol may not browse answers 400 at `project`, exactly as for a project that does not
        // exist (the filter rule of GET /goals and /key-results), so it cannot tell her the project is there.
        return rows.cases().stream().map(c -> {
            Reader reader = (Reader) c[0];
            if (reader.endpoint() == Endpoint.PANEL && "anonymous".equals(c[1])) {
                return new Object[] {reader, c[1], 404};
            }
            return reader.endpoint() == Endpoint.CASCADE && "carol".equals(c[1])
                    ? new Object[] {reader, c[1], 400} : c;
        }).toList();
    }

    private static boolean pageOrCascade(Endpoint endpoint) {
        return endpoint == Endpoint.PANEL || endpoint == Endpoint.CASCADE;
    }

    private static int anonymousOn(Endpoint endpoint) {
        return endpoint == Endpoint.PANEL ? 404 : 401;
    }

    /** The goals of the matrix, created once per dev host. */
    private record Created(long zhangPrivate, long zhangMembers, long zhangEveryone, long bobPrivate,
            long zhangPrivateKr, long zhangMembersKr, long zhangEveryoneKr, long bobPrivateKr) {
    }

    private static Created created;

    private static synchronized Created created() throws Exception {
        if (created == null) {
            GoalsHttp http = new GoalsHttp(HOST);
            HttpResponse<String> managers = http.put("/rest/cascade/1.0/people/zhang/managers", "alice",
                    "{\"managers\":[\"pat\"],\"version\":0}");
            assertEquals(managers.body(), 200, managers.statusCode());
            JsonNode zhangPrivate = http.create("zhang", GoalsHttp.goal("zhang", "private"));
            JsonNode zhangMembers = http.create("zhang", GoalsHttp.goal("zhang", "members"));
            JsonNode zhangEveryone = http.create("zhang", GoalsHttp.goal("zhang", "everyone"));
            JsonNode bobPrivate = http.create("bob", GoalsHttp.goal("bob", "private"));
            created = new Created(id(zhangPrivate), id(zhangMembers), id(zhangEveryone), id(bobPrivate),
                    keyResultId(zhangPrivate), keyResultId(zhangMembers), keyResultId(zhangEveryone),
                    keyResultId(bobPrivate));
        }
        return created;
    }

    private static long id(JsonNode goal) {
        return goal.path("id").asLong();
    }

    private static long keyResultId(JsonNode goal) {
        return goal.path("keyResults").path(0).path("id").asLong();
    }

    @Test
    public void shouldShowGoalOnlyToThoseCoreAllowsWhenCallerReadsOrLists() throws Exception {
        Created goals = created();
        long goal = switch (endpoint.goal()) {
            case ZHANG_PRIVATE -> goals.zhangPrivate();
            case ZHANG_MEMBERS -> goals.zhangMembers();
            case ZHANG_EVERYONE -> goals.zhangEveryone();
            case BOB_PRIVATE -> goals.bobPrivate();
        };
        long keyResult = switch (endpoint.goal()) {
            case ZHANG_PRIVATE -> goals.zhangPrivateKr();
            case ZHANG_MEMBERS -> goals.zhangMembersKr();
            case ZHANG_EVERYONE -> goals.zhangEveryoneKr();
            case BOB_PRIVATE -> goals.bobPrivateKr();
        };
        String before = snapshot();

        int answered = switch (endpoint.endpoint()) {
            case PANEL -> listed(HOST.get("/projects/CASC", user), page -> Pattern.compile(
                    "<tr class=\"cascade-tree-goal[^\"]*\"[^>]*data-goal-id=\"" + goal + "\"").matcher(page).find());
            case GOALS_LIST -> listed(HOST.get(GOALS + "?period=2026-Q1&limit=100", user),
                    body -> contains(JSON.readTree(body).path("items"), "id", goal));
            case GOAL -> HOST.get(GOALS + "/" + goal, user).statusCode();
            case TREE -> HOST.get(GOALS + "/" + goal + "/tree", user).statusCode();
            case CASCADE -> listed(HOST.get("/rest/cascade/1.0/cascade?project=CASC&period=2026-Q1", user),
                    body -> inTrees(JSON.readTree(body), goal));
            case KEY_RESULTS_LIST -> listed(HOST.get("/rest/cascade/1.0/key-results?period=2026-Q1&limit=100",
                    user), body -> contains(JSON.readTree(body).path("items"), "objectiveId", goal));
            case KEY_RESULT -> HOST.get("/rest/cascade/1.0/key-results/" + keyResult, user).statusCode();
            case OVERVIEW -> everyPage("/rest/cascade/1.0/overview?period=2026-Q1&limit=100", "goals",
                    body -> inTrees(JSON.readTree(body).path("goals"), goal));
            case GOALS_BY_KEY -> everyPage(GOALS + "?period=2026-Q1&limit=100", "items",
                    body -> contains(JSON.readTree(body).path("items"), "id", goal));
            case KEY_RESULTS_BY_KEY -> everyPage("/rest/cascade/1.0/key-results?period=2026-Q1&limit=100", "items",
                    body -> contains(JSON.readTree(body).path("items"), "objectiveId", goal));
        };

        assertEquals(endpoint + " as " + user, status, answered);
        assertUnchangedWhenRefusedOrRead(true, before);
    }

    /** A check of a list's or page's body. */
    private interface Listing {
        boolean shows(String body) throws Exception;
    }

    /** The refusal of the whole list, else 200 when the goal is in it and 404 when it is left out. */
    private static int listed(HttpResponse<String> response, Listing listing) throws Exception {
        if (response.statusCode() != 200) {
            return response.statusCode();
        }
        return listing.shows(response.body()) ? 200 : 404;
    }

    /**
     * Walks a list paged by key ({@code after=} the answer's {@code next}, from 0): the first refusal, else
     * 200 when a page shows the goal and 404 when none does.
     */
    private int everyPage(String path, String items, Listing listing) throws Exception {
        long after = 0;
        while (true) {
            HttpResponse<String> response = HOST.get(path + "&after=" + after, user);
            if (response.statusCode() != 200) {
                return response.statusCode();
            }
            if (listing.shows(response.body())) {
                return 200;
            }
            JsonNode page = JSON.readTree(response.body());
            if (!page.has("next") || page.path(items).isEmpty()) {
                return 404;
            }
            after = page.path("next").asLong();
        }
    }

    private static boolean contains(JsonNode items, String field, long id) {
        for (JsonNode item : items) {
            if (item.path(field).asLong() == id) {
                return true;
            }
        }
        return false;
    }

    private static boolean inTrees(JsonNode trees, long id) {
        for (JsonNode tree : trees) {
            if (tree.path("id").asLong() == id || inTrees(tree.path("children"), id)) {
                return true;
            }
        }
        return false;
    }
}
