package dev.cascade.okr.devhost.browser;

import static org.junit.Assert.assertFalse;

import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;

/**
 * The dev host's issue page with the plugin's right-column Goals panel passes the checks every page must pass
 * ({@link PageCheck}: the real AUI, no console error, no serious or critical axe-core violation), in both languages
 * at both widths, for an epic whose key results the panel lists.
 */
public class IssuePageBrowserTest {

    @ClassRule
    public static final BrowserHost host = BrowserHost.shared();

    @Test
    public void shouldPassThePageChecksWhenAnEpicsIssuePageShowsItsGoals() throws Exception {
        host.pages().everywhere("issue", "/browse/CASC-1", page -> assertFalse("the Goals panel in the right column",
                page.driver().findElements(By.cssSelector("#viewissuesidebar .cascade-issue-goals")).isEmpty()));
    }
}
