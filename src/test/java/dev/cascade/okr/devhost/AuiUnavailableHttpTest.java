package dev.cascade.okr.devhost;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.devhost.web.DevAui;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.ExternalResource;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;

/**
 * When AUI cannot be taken from the registry (no network, an empty cache), the dev host still starts, and its pages
 * say that AUI could not be loaded and why, while the plugin's own web-resources are still served.
 */
public class AuiUnavailableHttpTest {

    private static final DevHostFixture HOST = DevHostFixture.seeded();

    /** An empty cache and a registry nobody answers at, for the fixture's start only. */
    private static final ExternalResource NO_REGISTRY = new ExternalResource() {
        private Path cache;

        @Override
        protected void before() throws Exception {
            cache = Files.createTempDirectory("cascade-aui-empty");
            System.setProperty(DevAui.CACHE_PROPERTY, cache.toString());
            System.setProperty(DevAui.REGISTRY_PROPERTY, "http://localhost:9/");
        }

        @Override
        protected void after() {
            System.clearProperty(DevAui.CACHE_PROPERTY);
            System.clearProperty(DevAui.REGISTRY_PROPERTY);
            try {
                Files.deleteIfExists(cache);
            } catch (java.io.IOException e) {
                // a temporary folder
            }
        }
    };

    @ClassRule
    public static final TestRule RULES = RuleChain.outerRule(NO_REGISTRY).around(HOST);

    @Test
    public void shouldSayAuiCouldNotBeLoadedWhenTheRegistryIsUnreachable() throws Exception {
        HttpResponse<String> page = HOST.get("/projects/CASC", "bob");

        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("<div class=\"devhost-aui-missing\" role=\"alert\">AUI could not be "
                + "loaded"));
        assertThat(page.body(), not(containsString("/devhost/aui/")));
        assertThat(page.body(), containsString("cascade.css"));
        assertThat(page.body(), containsString("Customers onboard themselves"));
    }

    @Test
    public void shouldSayItInChineseWhenTheReaderIsChinese() throws Exception {
        assertThat(HOST.get("/projects/CASC", "zhang").body(), containsString("\u65e0\u6cd5\u52a0\u8f7d AUI"));
    }
}
