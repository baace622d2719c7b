package dev.cascade.okr.devhost.browser;

import static dev.cascade.okr.devhost.browser.PageCheck.GOALS_PAGE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The Tables view's download buttons (issue 15) as each reader sees them in their language: both buttons are there,
 * named in the reader's language, and each link answers the signed-in reader 200 with the spreadsheet's content type
 * and the file's name — fetched by the page itself, with the reader's session. The page passes {@link PageCheck}'s
 * checks (axe, console, no sideways scroll, a screenshot).
 */
public class TableExportBrowserTest {

    @ClassRule
    public static final BrowserHost host = BrowserHost.shared();

    @Test
    public void shouldDownloadTheTableAsXlsxAndCsvInBothLanguages() throws Exception {
        for (PageCheck.Reader reader : PageCheck.Reader.values()) {
            PageCheck.Opened page = host.pages().open("tables-export", GOALS_PAGE
                    + "&view=tables&table=individual-goals", reader, PageCheck.WIDTHS.get(0));
            WebDriver driver = page.driver();
            List<WebElement> links = driver.findElements(By.cssSelector(".cascade-table-export a[data-format]"));
            assertEquals(2, links.size());
            assertEquals(reader == PageCheck.Reader.ENGLISH ? "Download Excel (XLSX)"
                    : "\u4e0b\u8f7d Excel (XLSX)", links.get(0).getText().trim());
            for (WebElement link : links) {
                String format = link.getDomAttribute("data-format");
                String answer = String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + "  done(r.status + ' ' + r.headers.get('content-type') + ' '"
                        + "    + r.headers.get('content-disposition')); })"
                        + ".catch(function (e) { done('failed ' + e); });", link.getDomProperty("href")));
                assertTrue(reader + " " + format + ": " + answer, answer.startsWith("200 "));
                assertTrue(answer, answer.contains(format.equals("xlsx")
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv"));
                assertTrue(answer, answer.contains("filename=\"individual-goals-"));
            }
        }
    }
}
