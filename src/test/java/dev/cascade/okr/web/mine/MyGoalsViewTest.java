package dev.cascade.okr.web.mine;

import static dev.cascade.okr.web.ViewFixtures.CHINESE;
import static dev.cascade.okr.web.ViewFixtures.ENGLISH;
import static dev.cascade.okr.web.ViewFixtures.LINKS;
import static dev.cascade.okr.web.ViewFixtures.allPayloads;
import static dev.cascade.okr.web.ViewFixtures.escaped;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.devhost.DevHostFixture;
import dev.cascade.okr.devhost.render.DevVelocityRenderer;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.page.MyGoalsFixture;
import dev.cascade.okr.service.page.MyGoalsService;
import dev.cascade.okr.service.page.MyGoalsService.MyGoals;
import dev.cascade.okr.web.LocaleFormats;
import dev.cascade.okr.web.ViewFixtures;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * "My goals" as a reader sees it, from the dev host's real service: the late goal first with its overdue key result
 * first, "overdue by N days" and the next due day in both languages, status and tier lozenges, goal links, an empty
 * span per key result for the check-in action; empty and failed states; and the template rendered by the dev host's
 * strict renderer with the plugin's allowlist, payloads in goal and key result titles coming out inert.
 */
public class MyGoalsViewTest {

    @ClassRule
    public static final DevHostFixture HOST = DevHostFixture.seeded();

    private static final String TEMPLATE = "templates/jira/goals/mine.vm";
    private static final String CHECKED = "Checked " + allPayloads();
    private static MyGoalsFixture goals;
    private static Outcome<MyGoals> mine;

    @BeforeClass
    public static void insertGoals() throws Exception {
        assumeTrue("the fixture's period must lie inside one year", MyGoalsFixture.periodInOneYear());
        goals = new MyGoalsFixture(HOST, allPayloads(), "Late", CHECKED, "Never checked");
        mine = HOST.server().plugin().bean(MyGoalsService.class).mine(Caller.user(MyGoalsFixture.OWNER), null, null);
        assertTrue(mine.violations().toString(), mine.isSuccess());
    }

    @Test
    public void shouldShowTheOverdueCheckInFirstInEnglishWhenTheReaderReadsEnglish() {
        MyGoalsView view = MyGoalsView.of(mine, LINKS, ENGLISH);

        assertEquals("My goals", view.labels().heading());
        assertEquals("1 check-in is overdue.", view.summary());
        assertTrue(view.anyOverdue());
        MyGoalView late = view.goals().get(0);
        assertEquals("Late", late.title());
        assertEquals(LINKS.goal(goals.late.id().value()), late.href());
        MyKeyResultView never = late.keyResults().get(0);
        assertEquals("Never checked", never.title());
        assertEquals("Check-in overdue by 13 days", never.due());
        assertTrue(never.overdue());
        assertEquals("No data yet", never.status());
        assertEquals("", never.statusLozenge());
        assertEquals("No check-in yet", never.statusReason());
        assertEquals(goals.late.id().value(), never.goalId());
        MyKeyResultView checked = late.keyResults().get(1);
        assertEquals("Due " + LocaleFormats.day(MyGoalsFixture.TODAY.plusDays(7), ENGLISH), checked.due());
        assertFalse(checked.overdue());
        assertFalse(checked.hasStatusReason());
        assertFalse(checked.statusLozenge().isEmpty());
        assertTrue(checked.progress().known());
        assertEquals(allPayloads(), view.goals().get(1).title());
    }

    @Test
    public void shouldShowTheOverdueCheckInInChineseWhenTheReaderReadsChinese() {
        MyGoalsView view = MyGoalsView.of(mine, LINKS, CHINESE);

        assertEquals("\u6211\u7684\u76ee\u6807", view.labels().heading());
        assertEquals("\u6709 1 \u6b21\u8ddf\u8fdb\u5df2\u903e\u671f\u3002", view.summary());
        MyKeyResultView never = view.goals().get(0).keyResults().get(0);
        assertEquals("\u8ddf\u8fdb\u5df2\u903e\u671f 13 \u5929", never.due());
        assertEquals("\u6682\u65e0\u6570\u636e", never.status());
        String nextDay = MyGoalsFixture.TODAY.plusDays(7).getYear() + "\u5e74"
                + MyGoalsFixture.TODAY.plusDays(7).getMonthValue() + "\u6708"
                + MyGoalsFixture.TODAY.plusDays(7).getDayOfMonth() + "\u65e5";
        assertEquals(nextDay + " \u5230\u671f", view.goals().get(0).keyResults().get(1).due());
    }

    @Test
    public void shouldSayWhatToDoWhenTheReaderOwnsNoGoalInThePeriod() {
        Outcome<MyGoals> none = HOST.server().plugin().bean(MyGoalsService.class)
                .mine(Caller.user(MyGoalsFixture.OWNER), "1999", null);

        MyGoalsView english = MyGoalsView.of(none, LINKS, ENGLISH);
        MyGoalsView chinese = MyGoalsView.of(none, LINKS, CHINESE);

        assertTrue(english.empty());
        assertFalse(english.failed());
        assertEquals("You own no goals in this period", english.message());
        assertFalse(english.hint().isEmpty());
        assertEquals("\u60a8\u5728\u6b64\u671f\u95f4\u6ca1\u6709\u8d1f\u8d23\u7684\u76ee\u6807", chinese.message());
        String html = render(english);
        assertTrue(html, html.contains("aui-message aui-message-info"));
        assertTrue(html, html.contains("You own no goals in this period"));
        assertFalse(html, html.contains("<table"));
    }

    @Test
    public void shouldShowTheTranslatedReasonAsInertTextWhenTheReadFailed() {
        Outcome<MyGoals> failed = Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PERIOD_INVALID,
                "period", allPayloads()));

        MyGoalsView view = MyGoalsView.of(failed, LINKS, ENGLISH);
        String html = render(view);

        assertTrue(view.failed());
        assertTrue(view.message(), view.message().startsWith("Enter a period such as 2026"));
        assertTrue(html, html.contains("aui-message aui-message-error"));
        assertTrue(html, html.contains(escaped(allPayloads())));
        assertInert(html);
    }

    @Test
    public void shouldRenderAuiMarkupWithInertTitlesAndTheActionSpanWhenRenderedInEitherLanguage() {
        for (MyGoalsView view : List.of(MyGoalsView.of(mine, LINKS, ENGLISH), MyGoalsView.of(mine, LINKS, CHINESE))) {
            String html = render(view);

            assertTrue(html, html.contains("<table class=\"aui cascade-mine-table\""));
            assertTrue(html, html.contains("<a href=\"" + LINKS.goal(goals.late.id().value()).replace("&", "&amp;")
                    + "\">Late</a>"));
            assertTrue(html, html.contains(escaped(allPayloads()) + "</a>"));
            assertTrue(html, html.contains(escaped(CHECKED)));
            long never = goals.late.keyResults().get(1).id().value();
            // the page's check-in action, in the key result's action span
            assertTrue(html, html.contains("<span class=\"cascade-kr-actions\" data-key-result-id=\"" + never
                    + "\" data-goal-id=\"" + goals.late.id().value() + "\"><button type=\"button\" "
                    + "class=\"aui-button aui-button-compact cascade-dialog-open\" "
                    + "data-dialog=\"cascade-check-in-dialog\" data-key-result-id=\"" + never + "\""));
            assertTrue(html, html.contains(">" + view.labels().checkIn() + "</button></span>"));
            assertTrue(html, html.contains("class=\"aui-progress-indicator aui-progress-indicator-static"));
            assertTrue(html, html.contains("cascade-mine-key-result-row cascade-overdue"));
            assertTrue(html, html.indexOf(">Late</a>") < html.indexOf(escaped(allPayloads()) + "</a>"));
            assertInert(html);
        }
        String chinese = render(MyGoalsView.of(mine, LINKS, CHINESE));
        assertTrue(chinese, chinese.contains("\u8ddf\u8fdb\u5df2\u903e\u671f 13 \u5929"));
    }

    private static String render(MyGoalsView view) {
        DevVelocityRenderer renderer = ViewFixtures.renderer();
        return renderer.render(TEMPLATE, Map.of("mine", view));
    }

    private static void assertInert(String html) {
        assertFalse(html, html.contains("<script"));
        assertFalse(html, html.contains("<img"));
        assertFalse(html, html.contains("<style"));
        assertFalse(html, html.contains("style="));
        assertTrue(html, html.contains("${7*7}") || !html.contains("7*7"));
        assertFalse(html, html.contains(">49<") || html.contains(" 49 "));
        assertFalse(html, Pattern.compile("\\son[a-z]+=\"").matcher(html).find());
    }
}
