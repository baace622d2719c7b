package dev.cascade.okr.devhost.browser;

import static dev.cascade.okr.devhost.browser.PageCheck.GOALS_PAGE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The goals sheet on the Tables view (issue 15) by clicking, in each reader's language: the import dialog refuses a
 * sheet with problems and lists every one of them, row and column first, in the reader's language, storing nothing;
 * then imports a valid sheet, after which the reloaded page says how many goals it stored and the reader's goals
 * hold the imported one. The page, the dialog and the refused dialog pass {@link PageCheck}'s checks (axe, console,
 * no sideways scroll, a screenshot).
 */
public class GoalImportBrowserTest {

    @ClassRule
    public static final BrowserHost host = BrowserHost.shared();

    private static final String HEADER = "ref,parent,contribution,level,title,owner,project,group,period,weight,"
            + "key-result,key-result-weight,kind,direction,start,floor,target,stretch,unit";

    @Test
    public void shouldRefuseASheetWithProblemsAndImportAValidOneInBothLanguages() throws Exception {
        for (PageCheck.Reader reader : PageCheck.Reader.values()) {
            boolean english = reader == PageCheck.Reader.ENGLISH;
            String title = "Imported " + UUID.randomUUID().toString().substring(0, 8) + " " + reader.lang();
            PageCheck.Opened page = host.pages().open("goal-sheet-tables", GOALS_PAGE + "&view=tables", reader,
                    PageCheck.WIDTHS.get(0));
            WebDriver driver = page.driver();
            Clicks clicks = new Clicks(driver);
            List<WebElement> downloads = driver.findElements(By.cssSelector(".cascade-goal-sheet a[data-format]"));
            assertEquals(2, downloads.size());
            assertEquals(english ? "Goals sheet (XLSX)" : "\u76ee\u6807\u8868 (XLSX)",
                    downloads.get(0).getText().trim());

            WebElement dialog = clicks.open(clicks.visible(By.id("cascade-goal-import")), "cascade-goal-import-dialog");
            host.pages().dialog("goal-import-dialog", "cascade-goal-import-dialog", reader, PageCheck.WIDTHS.get(0));
            String untouched = title + " (refused)";
            dialog.findElement(By.id("cascade-goal-import-file")).sendKeys(sheet(HEADER + "\r\n"
                    + "G1,,,individual,,,CASC,,2026,,Pages written,100,metric,increase,zero,,ten,,pages\r\n"
                    + "G2,,,individual," + untouched + ",,CASC,,2026,,Pages read,100,metric,increase,0,,5,,\r\n"));
            dialog.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement problems = clicks.visible(By.cssSelector("#cascade-goal-import-dialog .cascade-form-error"));
            try {
                clicks.until(() -> problems.findElements(By.tagName("li")).size() >= 2);
            } catch (AssertionError e) {
                throw new AssertionError("the problems listed: " + problems.getText(), e);
            }
            for (WebElement problem : problems.findElements(By.tagName("li"))) {
                String text = problem.getText();
                assertTrue(text, english ? text.startsWith("Row 2, column ") : text.startsWith("\u7b2c 2 \u884c"));
            }
            host.pages().nowAfterRefusal("goal-import-refused", reader, PageCheck.WIDTHS.get(0));
            assertTrue("a refused sheet stores nothing, not even its valid rows",
                    !mine(reader).contains(untouched));

            dialog.findElement(By.id("cascade-goal-import-file")).clear();
            dialog.findElement(By.id("cascade-goal-import-file")).sendKeys(sheet(HEADER + "\r\n"
                    + "G1,,,individual," + title + ",,CASC,,2026,,Pages written,100,metric,increase,0,,20,,pages\r\n"));
            clicks.sendAndReload(dialog);
            WebElement saved = clicks.visible(By.cssSelector(".cascade-saved-message.aui-message"));
            assertEquals(english ? "Goals imported as drafts: 1."
                    : "\u5df2\u5bfc\u5165 1 \u4e2a\u76ee\u6807\uff08\u8349\u7a3f\uff09\u3002",
                    saved.getText().trim());
            host.pages().now("goal-import-done", reader, PageCheck.WIDTHS.get(0));
            assertTrue(title, mine(reader).contains(title));
        }
    }

    /** The reader's individual goals of 2026 in CASC, as the goals API answers them. */
    private static String mine(PageCheck.Reader reader) throws Exception {
        return host.get("/rest/cascade/1.0/goals?project=CASC&period=2026&level=individual&owner=" + reader.user()
                + "&limit=100", reader.user());
    }

    /** The sheet written to a file the browser's file field can take. */
    private static String sheet(String csv) throws Exception {
        Path file = Files.createTempFile("cascade-goal-sheet-", ".csv");
        file.toFile().deleteOnExit();
        Files.write(file, csv.getBytes(StandardCharsets.UTF_8));
        return file.toAbsolutePath().toString();
    }
}
