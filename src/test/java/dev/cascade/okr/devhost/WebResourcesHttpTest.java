package dev.cascade.okr.devhost;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The dev host serves web-resources as Jira's resource manager would: AUI on every page first, then what a page's
 * templates required with their dependencies, as {@code <link>} and {@code <script>} tags in the head; the files
 * themselves from the plugin's class path and from the AUI cache.
 */
public class WebResourcesHttpTest {

    private static final String AUI_CSS = "<link rel=\"stylesheet\" href=\"/devhost/aui/10.0.4/aui-prototyping.css\">";
    private static final String JQUERY = "<script src=\"/devhost/aui/jquery/3.7.1/jquery.min.js\"></script>";
    private static final String AUI_JS = "<script src=\"/devhost/aui/10.0.4/aui-prototyping.js\"></script>";
    private static final String GOALS_CSS = "<link rel=\"stylesheet\" href=\"/download/resources/"
            + "dev.cascade.okr:cascade-goals-resources/cascade.css\">";

    @ClassRule
    public static final DevHostFixture HOST = DevHostFixture.seeded();

    @Test
    public void shouldPutAuiThenTheGoalsStylesInTheHeadWhenTheGoalsPanelRequiresItsContext() throws Exception {
        String head = head(HOST.get("/projects/CASC", "bob"));

        assertTrue(head, head.indexOf(AUI_CSS) >= 0 && head.indexOf(GOALS_CSS) > head.indexOf(AUI_CSS));
        assertTrue("jQuery before AUI's script: " + head,
                head.indexOf(JQUERY) >= 0 && head.indexOf(AUI_JS) > head.indexOf(JQUERY));
        assertTrue("styles before scripts: " + head, head.indexOf(GOALS_CSS) < head.indexOf(JQUERY));
    }

    @Test
    public void shouldPutTheGoalsStylesInTheIssueViewsHeadWhenItsGoalsPanelRequiresThem() throws Exception {
        String head = head(HOST.get("/browse/CASC-2", "bob"));

        assertThat(head, containsString(AUI_CSS));
        assertThat(head, containsString(GOALS_CSS));
    }

    @Test
    public void shouldLoadOnlyAuiWhenAPageRequiresNoContextOfThePlugin() throws Exception {
        String head = head(HOST.get("/", "bob"));

        assertThat(head, containsString(AUI_CSS));
        assertThat(head, not(containsString("cascade.css")));
    }

    @Test
    public void shouldServeThePluginsFileFromItsClassPathWhenTheHeadNamesIt() throws Exception {
        HttpResponse<String> css = HOST.get(
                "/download/resources/dev.cascade.okr:cascade-goals-resources/cascade.css", null);

        assertEquals(200, css.statusCode());
        assertThat(css.headers().firstValue("Content-Type").orElse(""), startsWith("text/css"));
        assertEquals(Files.readString(Paths.get("src/main/resources/web/css/cascade.css"), StandardCharsets.UTF_8),
                css.body());
        assertEquals(404, HOST.get("/download/resources/dev.cascade.okr:cascade-goals-resources/other.css", null)
                .statusCode());
        assertEquals(404, HOST.get("/download/resources/dev.cascade.okr:cascade-goals-resources/../"
                + "cascade-goals-resources/cascade.css", null).statusCode());
    }

    @Test
    public void shouldServeTheRealAuiFromTheCacheWhenThePageAsksForIt() throws Exception {
        HttpResponse<String> js = HOST.get("/devhost/aui/10.0.4/aui-prototyping.js", null);

        assertEquals(200, js.statusCode());
        assertThat(js.headers().firstValue("Content-Type").orElse(""), startsWith("text/javascript"));
        assertThat(js.body(), containsString("@version v10.0.4"));
        assertEquals(200, HOST.get("/devhost/aui/jquery/3.7.1/jquery.min.js", null).statusCode());
        assertEquals(404, HOST.get("/devhost/aui/9.0.0/aui-prototyping.js", null).statusCode());
    }

    @Test
    public void shouldSayWhatToDoInAnAuiMessageWhenAProjectHasNoGoals() throws Exception {
        HttpResponse<String> page = HOST.get("/projects/WEB", "bob");

        assertEquals(200, page.statusCode());
        assertThat(page.body(),
                containsString("<div class=\"aui-message aui-message-info cascade-tree-message\"><p>"));
        assertThat(page.body(), containsString("Create the first one with"));
        assertThat(page.body(), not(containsString("<table class=\"aui cascade-tree\"")));
        assertThat(head(page), containsString(GOALS_CSS));
    }

    private static String head(HttpResponse<String> page) {
        assertEquals(page.body(), 200, page.statusCode());
        return page.body().substring(0, page.body().indexOf("</head>"));
    }
}
