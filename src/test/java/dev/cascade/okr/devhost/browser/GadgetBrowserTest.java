package dev.cascade.okr.devhost.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.devhost.web.DevDashboard;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The goal tree dashboard item in the dev host's dashboard, by clicking: a reader adds it from the "Add gadget"
 * directory, configures it (a period, a goal, a depth; a form without a goal is refused next to its field), and sees
 * the goal's subtree with rolled-up progress, zone and status; a goal below titled with the injection corpus stays
 * inert text. Another user viewing that dashboard sees only what they may see and may not configure it. In both
 * languages, at 1280 and 1920 px, with no console error and no serious axe-core violation.
 */
public class GadgetBrowserTest {

    private static final List<String> PAYLOADS = InjectionBrowserTest.PAYLOADS;
    private static final String CORPUS = InjectionBrowserTest.CORPUS;
    private static final String ROOT = "Gadget company goal";
    private static final String HIDDEN = "Gadget private goal";
    private static final By GOAL_ERROR = By.cssSelector(".cascade-field-error[data-field=goal]");

    @ClassRule
    public static final BrowserHost host = BrowserHost.shared();

    @Test
    public void shouldAddConfigureAndShowTheGoalTreeOnlyWithWhatEachReaderMaySee() throws Exception {
        long root = goal(ROOT, "everyone");
        long child = goal(CORPUS, "members");
        long hidden = goal(HIDDEN, "private");
        align(child, root);
        align(hidden, child);
        // Tests sharing this host set who manages bob; here only alice does, so zhang may not see bob's private goal.
        host.setManagers("bob", "alice");

        for (PageCheck.Reader reader : PageCheck.Reader.values()) {
            int narrow = PageCheck.WIDTHS.get(0);
            WebDriver driver = host.pages().open("gadget-dashboard", DevDashboard.PAGE, reader, narrow).driver();
            Clicks clicks = new Clicks(driver);
            int before = clicks.all(By.cssSelector(".devhost-dashboard-item")).size();
            driver.findElement(By.id("devhost-add-gadget")).click();
            clicks.visible(By.id("devhost-gadget-directory"));
            host.pages().now("gadget-directory", reader, narrow);
            driver.findElement(By.cssSelector("#devhost-gadget-directory form button")).click();
            clicks.until(() -> driver.findElements(By.cssSelector(".devhost-dashboard-item")).size() == before + 1);
            // A new item has no goal: its owner gets the configuration form at once, as Jira opens a new gadget's.
            WebElement item = last(driver);
            clicks.until(() -> !item.findElements(By.cssSelector("form.cascade-gadget-config")).isEmpty());
            host.pages().now("gadget-config", reader, narrow);

            item.findElement(By.cssSelector(".cascade-gadget-save")).click();
            clicks.until(() -> !item.findElement(GOAL_ERROR).getText().isBlank());
            host.pages().nowAfterRefusal("gadget-config-refused", reader, narrow);

            item.findElement(By.cssSelector("[name=period] option[value='2026']")).click();
            clicks.until(() -> !item.findElements(By.cssSelector("[name=goal] option[value='" + root
                    + "']")).isEmpty() && item.findElement(GOAL_ERROR).getText().isBlank());
            item.findElement(By.cssSelector("[name=goal] option[value='" + root + "']")).click();
            item.findElement(By.cssSelector("[name=depth] option[value='3']")).click();
            item.findElement(By.cssSelector(".cascade-gadget-save")).click();
            clicks.until(() -> !item.findElements(By.cssSelector(".cascade-gadget-content[data-state='tree']"))
                    .isEmpty());

            for (int width : PageCheck.WIDTHS) {
                host.pages().open("gadget-tree", DevDashboard.PAGE, reader, width);
                WebElement shown = tree(clicks);
                String text = shown.getText();
                assertThat(text, containsString(ROOT));
                for (String payload : PAYLOADS) {
                    assertThat("shown as written: " + payload, text, containsString(payload));
                }
                assertThat(text, not(containsString("INJ 49")));
                assertInert(driver);
                assertEquals("only its owner sees a private goal", reader == PageCheck.Reader.ENGLISH,
                        text.contains(HIDDEN));
                assertTrue(shown.findElements(By.cssSelector(".cascade-gadget-row .aui-progress-indicator, "
                        + ".cascade-gadget-row .cascade-progress-text")).size() >= 3);
                assertEquals(reader == PageCheck.Reader.ENGLISH ? 3 : 2,
                        shown.findElements(By.cssSelector(".cascade-gadget-row")).size());
                assertThat(shown.findElement(By.cssSelector(".cascade-gadget-row a")).getDomAttribute("href"),
                        containsString("goal=" + root));
                host.pages().now("gadget-tree", reader, width);
            }
        }

        // Bob's dashboard as Zhang (a member of CASC) and as Carol (not): each sees what they may, and no Configure.
        String bobs = DevDashboard.PAGE + "?selectPageId=bob";
        host.pages().open("gadget-shared", bobs, PageCheck.Reader.CHINESE, PageCheck.WIDTHS.get(0));
        WebDriver driver = host.driver();
        Clicks clicks = new Clicks(driver);
        String asZhang = tree(clicks).getText();
        assertThat(asZhang, containsString("<script>window.cascadeXss=1</script>"));
        assertThat(asZhang, not(containsString(HIDDEN)));
        assertTrue(driver.findElements(By.cssSelector(".devhost-item-configure")).isEmpty());
        driver.get(host.uri("/devhost/login?user=carol&back=" + URLEncoder.encode(bobs, StandardCharsets.UTF_8))
                .toString());
        String asCarol = tree(clicks).getText();
        assertThat(asCarol, containsString(ROOT));
        assertThat(asCarol, not(containsString("INJ")));
        assertThat(asCarol, not(containsString(HIDDEN)));
        assertInert(driver);
        host.pages().now("gadget-shared-other", PageCheck.Reader.ENGLISH, PageCheck.WIDTHS.get(0));
    }

    /** The last item's tree, once it shows. */
    private static WebElement tree(Clicks clicks) throws InterruptedException {
        return clicks.visible(By.cssSelector(".devhost-dashboard-item:last-child .cascade-gadget-content"
                + "[data-state='tree']"));
    }

    private static WebElement last(WebDriver driver) {
        List<WebElement> items = driver.findElements(By.cssSelector(".devhost-dashboard-item"));
        return items.get(items.size() - 1);
    }

    private static long goal(String title, String visibility) throws Exception {
        String answer = host.postJson("/rest/cascade/1.0/goals", "bob", "{\"title\":" + json(title)
                + ",\"level\":\"team\",\"period\":{\"value\":\"2026\"},\"unit\":{\"project\":\"CASC\"},"
                + "\"visibility\":\"" + visibility + "\",\"keyResults\":[{\"title\":\"Reach it\",\"weight\":100,"
                + "\"measure\":{\"kind\":\"issues\",\"basis\":\"issue-count-done\",\"links\":[{\"epic\":\"CASC-1\"}]}}"
                + "]}");
        Matcher found = Pattern.compile("\"id\":(\\d+)").matcher(answer);
        assertTrue(answer, found.find());
        return Long.parseLong(found.group(1));
    }

    private static void align(long child, long parent) throws Exception {
        host.postJson("/rest/cascade/1.0/goals/" + child + "/alignments", "bob", "{\"parentId\":" + parent
                + ",\"contribution\":50}");
    }

    private static void assertInert(WebDriver driver) {
        Object ran = ((JavascriptExecutor) driver).executeScript("return window.cascadeXss === undefined");
        assertEquals("no payload ran", Boolean.TRUE, ran);
        assertTrue("no injected element", driver.findElements(By.cssSelector(
                ".cascade-gadget img[src=x], .cascade-gadget svg[onload], .cascade-gadget script")).isEmpty());
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
