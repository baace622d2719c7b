package dev.cascade.okr.devhost;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.Test;

/**
 * The issue view's panel lists a key result whose JQL query finds the issue only to those who may see its goal: the
 * owner of a private goal sees it on the story's page, another member of the project does not (nothing hints at it),
 * and a query that does not find the story is not listed.
 */
public class JqlIssuePanelHttpTest extends DevHostHttpTest {

    @Test
    public void shouldListAQueryLinkedKeyResultOnlyToThoseWhoMaySeeItsGoal() throws Exception {
        http.create("bob", "{\"title\":\"Private billing by query\",\"level\":\"team\",\"period\":{\"value\":\"2026\"},"
                + "\"unit\":{\"project\":\"CASC\"},\"visibility\":\"private\",\"keyResults\":[{\"title\":"
                + "\"Private query key result\",\"weight\":50,\"measure\":{\"kind\":\"issues\",\"basis\":"
                + "\"issue-count-done\",\"links\":[{\"jql\":\"\\\"Epic Link\\\" = CASC-8\"}]}},{\"title\":"
                + "\"Query of other stories\",\"weight\":50,\"measure\":{\"kind\":\"issues\",\"basis\":"
                + "\"issue-count-done\",\"links\":[{\"jql\":\"\\\"Epic Link\\\" = CASC-1\"}]}}]}");

        String asOwner = listed(HOST.get("/browse/CASC-10", "bob").body());
        String asOther = HOST.get("/browse/CASC-10", "zhang").body();

        assertThat(asOwner, containsString("Private query key result"));
        assertThat(asOwner, containsString("Found by its JQL query"));
        assertThat(asOwner, not(containsString("Query of other stories")));
        assertThat(asOther, not(containsString("Private")));
        assertThat(asOther, not(containsString("Query of other stories")));
    }

    /** The panel's table of what the issue feeds (not the link dialog's choices). */
    private static String listed(String page) {
        int start = page.indexOf("cascade-issue-goals-table");
        return start < 0 ? "" : page.substring(start, page.indexOf("</table>", start));
    }
}
