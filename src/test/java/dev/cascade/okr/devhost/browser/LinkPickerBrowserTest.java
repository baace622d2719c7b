package dev.cascade.okr.devhost.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.devhost.jira.DevIssue;
import dev.cascade.okr.devhost.jira.SampleJira;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The link picker in a goal's "Link work" dialog, by typing as a person would (issue 13): part of an epic's summary
 * offers that epic ("KEY — summary" and its status category in the reader's language) and not the epic of the same
 * name in a project the reader may not browse (OPS); the arrow keys and Enter choose it, which fills its key; sending
 * the dialog links it, and the goal's page shows the link. The open dialog with its list passes the checks of
 * {@link PageCheck} in both languages at both widths.
 */
public class LinkPickerBrowserTest {

    private static final String DIALOG = "cascade-kr-links-dialog";
    private static final String FIELD = "cascade-links-epics";

    @ClassRule
    public static final BrowserHost host = BrowserHost.shared();

    @Test
    public void shouldOfferOnlyBrowsableEpicsAndLinkTheOneChosenWithTheKeyboard() throws Exception {
        DevIssue[] pair = twinEpics(host.server().sample());
        DevIssue wanted = pair[0];
        DevIssue hidden = pair[1];
        String typed = theme(wanted).toLowerCase(Locale.ROOT).substring(0, 5);
        host.pages().eachReaderAndWidth((reader, width) -> {
            String goal = PageCheck.GOALS_PAGE + "&goal=" + goal(reader.user() + " at " + width);
            host.pages().open("link-picker-goal", goal, reader, width);
            WebDriver driver = host.driver();
            Clicks page = new Clicks(driver);
            WebElement dialog = page.open(driver.findElement(By.cssSelector(
                    ".cascade-dialog-open[data-dialog='" + DIALOG + "']")), DIALOG);
            WebElement field = dialog.findElement(By.id(FIELD));
            field.sendKeys(typed);

            By wantedOption = By.cssSelector("#" + FIELD + "-choices [role=option][data-key='"
                    + wanted.getKey() + "']");
            WebElement option = page.visible(wantedOption);
            String category = option.findElement(By.className("cascade-picker-meta")).getText();
            assertEquals(category(wanted, reader), category);
            assertEquals(wanted.getKey() + " \u2014 " + wanted.getSummary(),
                    option.getText().replace(category, "").trim());
            assertEquals("true", field.getDomAttribute("aria-expanded"));
            List<String> offered = page.all(By.cssSelector("#" + FIELD + "-choices [role=option]")).stream()
                    .map(o -> o.getDomAttribute("data-key")).toList();
            assertFalse(offered + " offers " + hidden.getKey(), offered.contains(hidden.getKey()));
            assertTrue(offered.toString(), offered.stream().noneMatch(key -> key.startsWith("OPS-")));
            host.pages().dialog("dialog-link-picker", DIALOG, reader, width);

            for (int i = 0; i <= offered.indexOf(wanted.getKey()); i++) {
                field.sendKeys(Keys.ARROW_DOWN);
            }
            assertEquals(FIELD + "-choice-" + offered.indexOf(wanted.getKey()),
                    field.getDomAttribute("aria-activedescendant"));
            field.sendKeys(Keys.ENTER);
            page.until(() -> wanted.getKey().equals(field.getDomProperty("value")));
            assertEquals("false", field.getDomAttribute("aria-expanded"));
            assertTrue("the dialog is still open after choosing", dialog.isDisplayed());

            page.sendAndReload(dialog);
            page.until(() -> driver.findElements(By.cssSelector(
                    ".cascade-goal-link-issues caption, .cascade-goal-link-label")).stream()
                    .anyMatch(label -> label.getText().contains(wanted.getKey())));
            host.pages().now("link-picker-linked", reader, width);
        });
    }

    /**
     * An epic the readers may browse (CASC, WEB or MOB) and an epic of OPS (which they may not) with the same theme:
     * the sample names generated epics "Theme (PROJECT)".
     */
    private static DevIssue[] twinEpics(SampleJira sample) {
        List<DevIssue> epics = sample.issues().stream().filter(DevIssue::isEpic)
                .filter(epic -> epic.getSummary().endsWith(")")).toList();
        for (DevIssue hidden : epics) {
            if (!hidden.getProjectObject().getKey().equals("OPS")) {
                continue;
            }
            for (DevIssue shown : epics) {
                if (!shown.getProjectObject().getKey().equals("OPS") && theme(shown).equals(theme(hidden))) {
                    return new DevIssue[] {shown, hidden};
                }
            }
        }
        throw new AssertionError("the sample has no theme in OPS and in a project the readers may browse");
    }

    /** The epic's status category as the reader's language names it. */
    private static String category(DevIssue epic, PageCheck.Reader reader) {
        boolean english = reader == PageCheck.Reader.ENGLISH;
        return switch (epic.getStatus().getStatusCategory().getKey()) {
            case "done" -> english ? "Done" : "\u5b8c\u6210";
            case "indeterminate" -> english ? "In Progress" : "\u5904\u7406\u4e2d";
            default -> english ? "To Do" : "\u5f85\u529e";
        };
    }

    private static String theme(DevIssue epic) {
        return epic.getSummary().substring(0, epic.getSummary().lastIndexOf(" ("));
    }

    /** Creates a goal of CASC owned by {@code owner} with one issue-driven key result following CASC-1; its id. */
    private static String goal(String name) throws Exception {
        String owner = name.substring(0, name.indexOf(' '));
        String created = host.postJson("/rest/cascade/1.0/goals", owner, "{\"title\":\"Picked epics of " + name
                + "\",\"level\":\"team\",\"period\":{\"value\":\"2026\"},\"unit\":{\"project\":\"CASC\"},"
                + "\"visibility\":\"members\",\"keyResults\":[{\"title\":\"Epics of " + name + "\",\"weight\":100,"
                + "\"measure\":{\"kind\":\"issues\",\"links\":[{\"epic\":\"CASC-1\"}]}}]}");
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created);
        assertTrue(created, id.find());
        return id.group(1);
    }
}
