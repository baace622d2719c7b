package dev.cascade.okr.devhost;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The dev host's dashboard stand-in (issue 14): a user's dashboard keeps the items they add and each item's
 * preferences as strings; an item renders with its server view (the plugin's context provider and template) and its
 * web-resource after the dev host's AMD shim; only the owner may configure or change it, others see it read only;
 * anonymous readers are asked to sign in; the item's thumbnail is served as Jira serves a module's download.
 */
public class DevDashboardHttpTest extends DevHostHttpTest {

    private static final String PAGE = "/secure/Dashboard.jspa";
    private static final String MODULE = "dev.cascade.okr:cascade-goal-tree-gadget";

    @Test
    public void shouldKeepAddedItemsWithTheirPreferencesAsStringsAndRenderTheirView() throws Exception {
        String id = add("pat");

        assertEquals(204, preferences("pat", id, "{\"goal\":12,\"depth\":\"3\",\"period\":null}").statusCode());
        String page = HOST.get(PAGE, "pat").body();

        assertThat(page, containsString("data-amd-module=\"cascade/goal-tree-gadget\""));
        assertThat(page, containsString("data-editable=\"true\""));
        assertThat(page, containsString("&quot;goal&quot;:&quot;12&quot;"));
        assertThat(page, containsString("&quot;period&quot;:&quot;&quot;"));
        assertThat(page, containsString("class=\"cascade-goals cascade-gadget\""));
        assertThat(page, containsString("data-tree-url=\"/rest/cascade/1.0/views/gadget\""));
        assertThat(page, containsString("devhost-item-configure"));
        int shim = page.indexOf("/devhost/dashboard.js");
        int module = page.indexOf("/dev.cascade.okr:cascade-gadget-resources/cascade-gadget.js");
        assertThat(shim, lessThan(module));
        assertThat(HOST.get("/devhost/dashboard.js", "pat").body(), containsString("window.define"));
    }

    @Test
    public void shouldShowAnotherUsersDashboardReadOnlyAndLetOnlyTheOwnerChangeIt() throws Exception {
        String id = add("pat");

        String asBob = HOST.get(PAGE + "?selectPageId=pat", "bob").body();

        assertThat(asBob, containsString("data-item-id=\"" + id + "\""));
        assertThat(asBob, containsString("data-editable=\"false\""));
        assertThat(asBob, not(containsString("devhost-item-configure")));
        assertThat(asBob, not(containsString("devhost-add-gadget")));
        assertEquals(404, preferences("bob", id + "0", "{\"goal\":\"1\"}").statusCode());
        assertEquals(401, preferences(null, id, "{\"goal\":\"1\"}").statusCode());
        assertEquals(400, preferences("pat", id, "{\"goal\":{\"id\":1}}").statusCode());
        assertEquals(400, preferences("pat", id, "not json").statusCode());
        assertEquals(303, form("pat", "/devhost/dashboard/items/" + id + "/remove", "").statusCode());
        assertThat(HOST.get(PAGE, "pat").body(), not(containsString("data-item-id=\"" + id + "\"")));
    }

    @Test
    public void shouldAskAnonymousReadersToSignInAndServeTheThumbnail() throws Exception {
        String page = HOST.get(PAGE, null).body();
        HttpResponse<String> thumbnail = HOST.get("/download/resources/" + MODULE + "/goal-tree-thumbnail.svg", null);

        assertThat(page, containsString("Pick a user above to see your dashboard."));
        assertThat(page, not(containsString("devhost-dashboard-item\"")));
        assertEquals(200, thumbnail.statusCode());
        assertThat(thumbnail.headers().firstValue("Content-Type").orElse(""), startsWith("image/svg+xml"));
        assertEquals(400, form("pat", "/devhost/dashboard/add", "module=dev.cascade.okr%3Anothing").statusCode());
    }

    /** Adds the goal tree to a user's dashboard through the directory's form; the new item's id. */
    private static String add(String user) throws Exception {
        HttpResponse<String> added = form(user, "/devhost/dashboard/add", "module=" + MODULE.replace(":", "%3A"));
        assertEquals(added.body(), 303, added.statusCode());
        Matcher ids = Pattern.compile("data-item-id=\"(\\d+)\"").matcher(HOST.get(PAGE, user).body());
        String last = null;
        while (ids.find()) {
            last = ids.group(1);
        }
        return last;
    }

    private static HttpResponse<String> preferences(String user, String id, String json) throws Exception {
        return HOST.postJson("/devhost/dashboard/items/" + id + "/preferences", user, json);
    }

    private static HttpResponse<String> form(String user, String path, String body) throws Exception {
        return HOST.send("POST", path, user, body.getBytes(StandardCharsets.UTF_8), "Content-Type",
                "application/x-www-form-urlencoded");
    }
}
