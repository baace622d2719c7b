package dev.cascade.okr.devhost.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The issue view's Goals panel lists a key result linked by a JQL query that finds the issue: a key result counts the
 * stories of the billing epic assigned to zhang by a query; the issue page of one of them (CASC-10, "Card payments")
 * shows the key result in its right column, found by its query, with the story's own share of what it counts — in
 * both languages, passing the checks every page must pass.
 */
public class JqlPanelBrowserTest {

    private static final String STORY = "/browse/CASC-10";
    private static final String TITLE = "Billing stories of zhang by query";
    /** The shared browser and dev host, started by the first test that asks. */
    private static BrowserHost host;

    @Test
    public void shouldListAKeyResultWhoseQueryFindsTheStoryWithTheStorysShare() throws Exception {
        host = BrowserHost.get();
        host.postJson("/rest/cascade/1.0/goals", "bob", "{\"title\":\"Billing ships by query\",\"level\":\"team\","
                + "\"period\":{\"value\":\"2026\"},\"unit\":{\"project\":\"CASC\"},\"visibility\":\"members\","
                + "\"keyResults\":[{\"title\":\"" + TITLE + "\",\"weight\":100,\"measure\":{\"kind\":\"issues\","
                + "\"basis\":\"issue-count-done\",\"links\":[{\"jql\":\"\\\"Epic Link\\\" = CASC-8 AND assignee = "
                + "zhang ORDER BY key\"}]}}]}");
        for (PageCheck.Reader reader : PageCheck.Reader.values()) {
            int width = PageCheck.WIDTHS.get(0);
            host.pages().open("issue-jql", STORY, reader, width);
            WebDriver driver = host.driver();
            // The key result's progress is measured in the background just after it was created.
            new Clicks(driver).reloadUntil(host.uri(STORY).toString(), () -> !share(driver).isBlank());
            WebElement row = row(driver);
            boolean english = reader == PageCheck.Reader.ENGLISH;
            assertEquals(english ? "Found by its JQL query" : "\u7531\u5176 JQL \u67e5\u8be2\u627e\u5230",
                    row.findElement(By.cssSelector(".cascade-via")).getText());
            assertThat(share(driver), english ? containsString("1 of ") : containsString("\u4e2d\u7684 1 \u4e2a"));
            assertThat(driver.findElement(By.cssSelector("#viewissuesidebar .cascade-issue-goals")).getText(),
                    containsString("Billing ships by query"));
            host.pages().now("issue-jql-panel", reader, width);
        }
    }

    private static WebElement row(WebDriver driver) {
        List<WebElement> rows = rows(driver);
        if (rows.isEmpty()) {
            throw new AssertionError("no row for " + TITLE + " in the panel of " + driver.getCurrentUrl());
        }
        return rows.get(0);
    }

    private static List<WebElement> rows(WebDriver driver) {
        return driver.findElements(By.xpath("//*[@id='viewissuesidebar']//tr[contains(@class,"
                + "'cascade-issue-key-result-row')][.//*[normalize-space(text())='" + TITLE + "']]"));
    }

    private static String share(WebDriver driver) {
        List<WebElement> rows = rows(driver);
        List<WebElement> shares = rows.isEmpty() ? List.of() : rows.get(0).findElements(By.cssSelector(
                ".cascade-share"));
        return shares.isEmpty() ? "" : shares.get(0).getText();
    }
}
