package dev.cascade.okr.devhost.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The project's Goals panel on the dev host looks and reads like a Jira page: the real AUI loads first, then the
 * plugin's own styles its template required, in both languages at both widths, without console errors or serious
 * accessibility violations (the checks of {@link PageCheck}); AUI's progress indicators show each figure.
 */
public class GoalsPageBrowserTest {

    private static final String GOALS = "/projects/CASC";
    private static final String PLUGIN_CSS = "/download/resources/dev.cascade.okr:cascade-goals-resources/cascade.css";

    @ClassRule
    public static final BrowserHost host = BrowserHost.shared();

    @Test
    public void shouldLoadAuiThenThePanelsStylesWhenAnyoneOpensTheGoalsPage() throws Exception {
        host.pages().everywhere("goals", GOALS, page -> {
            List<String> styles = page.driver().findElements(By.cssSelector("head link[rel=stylesheet]")).stream()
                    .map(link -> link.getDomAttribute("href")).toList();
            int aui = styles.indexOf("/devhost/aui/10.0.4/aui-prototyping.css");
            int plugin = styles.indexOf(PLUGIN_CSS);
            assertTrue("AUI's styles in the head: " + styles, aui >= 0);
            assertTrue("the panel's styles, after AUI's (its dependency): " + styles, plugin > aui);
            assertTrue("no inline script or style on the page",
                    page.driver().findElements(By.cssSelector("script:not([src]), style, [style]")).isEmpty());
        });
    }

    @Test
    public void shouldShowEachFigureAsAnAuiProgressIndicatorWhenGoalsHaveProgress() throws Exception {
        host.pages().everywhere("goals", GOALS, page -> {
            WebDriver driver = page.driver();
            List<WebElement> bars = driver.findElements(By.cssSelector(".cascade-goals .aui-progress-indicator"));
            assertFalse("progress indicators on the panel", bars.isEmpty());
            for (WebElement bar : bars) {
                if (!bar.isDisplayed()) {
                    continue; // a key result of a collapsed goal: its row is hidden until the goal is expanded
                }
                int percent = Integer.parseInt(bar.getDomAttribute("aria-valuenow"));
                double track = bar.getRect().getWidth();
                double filled = bar.findElement(By.cssSelector(".aui-progress-indicator-value")).getRect().getWidth();
                assertEquals("the filled part of a " + percent + " % bar", percent / 100.0, filled / track, 0.02);
            }
            // AUI's table style applies (its stylesheet loaded and matched): cells carry AUI's padding.
            Object padding = ((JavascriptExecutor) driver).executeScript("return getComputedStyle("
                    + "document.querySelector('table.aui td')).paddingTop");
            assertEquals("7px", padding);
        });
    }

    @Test
    public void shouldSpeakTheReadersLanguageWhenTheGoalsPageOpens() throws Exception {
        for (PageCheck.Reader reader : PageCheck.Reader.values()) {
            PageCheck.Opened page = host.pages().open("goals", GOALS, reader, PageCheck.WIDTHS.get(0));
            String header = page.driver().findElement(By.cssSelector(".cascade-tree thead")).getText();
            assertEquals("column headers in " + reader + ": " + header, reader == PageCheck.Reader.CHINESE,
                    header.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        }
    }
}
