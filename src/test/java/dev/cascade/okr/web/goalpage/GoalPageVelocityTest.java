package dev.cascade.okr.web.goalpage;

import static dev.cascade.okr.web.goalpage.GoalPageFixtures.CHINESE;
import static dev.cascade.okr.web.goalpage.GoalPageFixtures.ENGLISH;
import static dev.cascade.okr.web.goalpage.GoalPageFixtures.LINKS;
import static dev.cascade.okr.web.goalpage.GoalPageFixtures.NAMES;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.devhost.PluginDescriptor;
import dev.cascade.okr.devhost.render.DevVelocityRenderer;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.page.GoalPage;
import dev.cascade.okr.web.Translator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * {@code templates/jira/goals/goal-page.vm} rendered through the dev host's strict renderer with the plugin's own
 * velocity-allowlist, as the page frame parses it: every call allowlisted, every reference defined, every text a
 * person wrote escaped and inert, only the chart's SVG inserted as markup, headings nested h2 › h3 › h4.
 */
public class GoalPageVelocityTest {

    private static final String TEMPLATE = "templates/jira/goals/goal-page.vm";
    private static final List<String> PAYLOADS = List.of("<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "${7*7}", "#set($x=1)");
    private static final String PAYLOAD = String.join(" ", PAYLOADS);

    private static final DevVelocityRenderer RENDERER = new DevVelocityRenderer(
            GoalPageVelocityTest.class.getClassLoader(),
            PluginDescriptor.read(GoalPageVelocityTest.class.getClassLoader(), "jira").allowlist(), List.of());

    private static String render(Outcome<GoalPage> outcome, Translator i18n, Locale locale) {
        GoalPageView view = GoalPageView.of(outcome, LINKS, i18n, locale, NAMES);
        return RENDERER.render(TEMPLATE, Map.of("goalPage", view));
    }

    @Test
    public void shouldRenderEveryWrittenTextAsInertEscapedTextWhenItHoldsScriptAndTemplatePayloads() {
        for (Object[] language : new Object[][] {{ENGLISH, Locale.ENGLISH}, {CHINESE, Locale.SIMPLIFIED_CHINESE}}) {
            String html = render(Outcome.success(GoalPageFixtures.page(PAYLOAD)), (Translator) language[0],
                    (Locale) language[1]);

            String escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; "
                    + "${7*7} #set($x=1)";
            // goal title and description, key result title, issue summary, check-in notes (4), review notes (4)
            // and its row's title, adjustment reason and comment; the chart's own title is escaped inside the SVG
            int shown = count(html, escaped);
            assertTrue(html, shown >= 14);
            assertEquals(html, 3, count(html, "<svg")); // the goal's chart and each key result's
            assertFalse(html, html.contains("<script") || html.contains("<img") || html.contains(">49<"));
            assertFalse(html, html.contains("onerror=alert(1)>"));
            assertTrue(html, html.contains("<h2 id=\"cascade-goal-title\" class=\"cascade-goal-title\">" + escaped
                    + "</h2>"));
        }
    }

    @Test
    public void shouldShowTheSectionsWithAuiMarkupAndNestedHeadingsWhenBothLanguagesRender() {
        String en = render(Outcome.success(GoalPageFixtures.page("Grow the shop")), ENGLISH, Locale.ENGLISH);
        String zh = render(Outcome.success(GoalPageFixtures.page("Grow the shop")), CHINESE,
                Locale.SIMPLIFIED_CHINESE);

        // The header's actions: their buttons only for a reader who may act ($hasActions, absent here).
        assertTrue(en, en.matches("(?s).*<div class=\"cascade-goal-actions\" data-goal-id=\"7\">\\s*</div>.*"));
        assertTrue(en, en.contains("<span class=\"aui-lozenge aui-lozenge-moved cascade-goal-status\" title=\"Status\">"
                + "At risk</span>"));
        assertTrue(en, en.contains("class=\"aui-progress-indicator-value cascade-bar-54\""));
        assertTrue(en, en.contains("<a href=\"/jira/projects/CASC?selectedItem=dev.cascade.okr%3Acascade-project-"
                + "goals-item&amp;period=2026&amp;goal=3\">Grow revenue</a>"));
        assertTrue(en, en.contains("<a href=\"/jira/browse/CASC-2\">CASC-2</a>"));
        assertTrue(en, en.contains("<table class=\"aui cascade-goal-table\">"));
        assertTrue(en, en.contains(">Key results</h3>") && en.contains(">Check-ins</h3>")
                && en.contains(">Quarterly reviews</h3>") && en.contains(">Target adjustments</h3>"));
        assertTrue(zh, zh.contains(">\u5173\u952e\u7ed3\u679c</h3>")); // 关键结果
        assertTrue(zh, zh.contains("2026\u5e7412\u67087\u65e5")); // 2026年12月7日
        assertFalse(en, en.contains("style=") || en.contains("<style") || en.contains("<script"));
        assertHeadingsNested(en);
        assertHeadingsNested(zh);
    }

    @Test
    public void shouldShowEachSectionsEmptyStateWhenTheGoalHasNothingYet() {
        String en = render(Outcome.success(GoalPageFixtures.empty()), ENGLISH, Locale.ENGLISH);
        String zh = render(Outcome.success(GoalPageFixtures.empty()), CHINESE, Locale.SIMPLIFIED_CHINESE);

        for (String text : List.of("This goal has no key results yet.", "This goal supports no other goal",
                "No goal that you may see supports this goal yet.", "No check-ins yet.",
                "No target adjustment has been proposed.")) {
            assertTrue(text + " in " + en, en.contains(text));
        }
        assertTrue(zh, zh.contains("\u8fd8\u6ca1\u6709\u8fdb\u5c55\u66f4\u65b0")); // 还没有进展更新
        assertTrue(en, en.contains("<span class=\"cascade-goal-status-reason\">No data yet</span>"));
        assertHeadingsNested(en);
    }

    @Test
    public void shouldShowOnlyTheNotFoundMessageWhenTheGoalIsMissingOrHidden() {
        String en = render(GoalAccess.goalNotFound(new ObjectiveId(404)), ENGLISH, Locale.ENGLISH);
        String zh = render(GoalAccess.goalNotFound(new ObjectiveId(404)), CHINESE, Locale.SIMPLIFIED_CHINESE);

        assertTrue(en, en.contains("This goal does not exist, or you may not see it."));
        assertFalse(en, en.contains("404") || en.contains("<h3") || en.contains("<svg"));
        assertTrue(zh, zh.contains("\u6b64\u76ee\u6807\u4e0d\u5b58\u5728")); // 此目标不存在
    }

    /** Headings go down one level at a time from the page's h2. */
    private static void assertHeadingsNested(String html) {
        Matcher heading = Pattern.compile("<h([1-6])[ >]").matcher(html);
        int previous = 1;
        while (heading.find()) {
            int level = Integer.parseInt(heading.group(1));
            assertTrue("h" + level + " after h" + previous + " in " + html, level >= 2 && level <= previous + 1);
            previous = level;
        }
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            found++;
        }
        return found;
    }
}
