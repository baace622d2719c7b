package dev.cascade.okr.web.table;

import static dev.cascade.okr.web.ViewFixtures.CHINESE;
import static dev.cascade.okr.web.ViewFixtures.ENGLISH;
import static dev.cascade.okr.web.ViewFixtures.LINKS;
import static dev.cascade.okr.web.ViewFixtures.PAYLOADS;
import static dev.cascade.okr.web.ViewFixtures.allPayloads;
import static dev.cascade.okr.web.ViewFixtures.escaped;
import static dev.cascade.okr.web.table.TableFixtures.NAMES;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.devhost.render.DevVelocityRenderer;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.table.Table;
import dev.cascade.okr.service.table.Table.Kind;
import dev.cascade.okr.web.Translator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The Tables view's template rendered by the dev host's strict renderer with the plugin's own allowlist (every call
 * allowlisted, every reference defined), in both languages: AUI markup, no inline script or style, and script and
 * template payloads in titles, causes and messages come out as visible, inert, escaped text.
 */
public class TablesVelocityTest {

    private static final String TEMPLATE = "templates/jira/goals/tables.vm";
    private static final DevVelocityRenderer RENDERER = dev.cascade.okr.web.ViewFixtures.renderer();

    private static String render(TablesView view) {
        return RENDERER.render(TEMPLATE, Map.of("tables", view));
    }

    private static TablesView view(Outcome<Table> table, Translator i18n, Locale locale) {
        return TablesView.of(Kind.TRACKING_RECORD, table, LINKS, i18n, locale, NAMES);
    }

    @Test
    public void shouldRenderAnAuiTableWithTheModelsColumnsWhenRenderedInEitherLanguage() {
        for (Object[] language : new Object[][] {{ENGLISH, Locale.ENGLISH}, {CHINESE, Locale.SIMPLIFIED_CHINESE}}) {
            String html = render(view(Outcome.success(TableFixtures.trackingRecord("Customers", "Late")),
                    (Translator) language[0], (Locale) language[1]));

            assertTrue(html, html.contains("<table class=\"aui cascade-table\""));
            assertEquals(Kind.TRACKING_RECORD.columnKeys().size(), count(html, "<th scope=\"col\""));
            assertEquals(2, count(html, "<tr data-goal-id="));
            assertTrue(html, html.contains("<li class=\"aui-nav-selected\"><a href=\"/jira/projects/CASC?selectedItem="
                    + "dev.cascade.okr%3Acascade-project-goals-item&amp;period=2026&amp;view=tables&amp;"
                    + "table=tracking-record\" aria-current=\"page\""));
            assertTrue(html, html.contains("<a href=\"" + LINKS.goal(7).replace("&", "&amp;") + "\">Customers</a>"));
            assertTrue(html, html.contains("class=\"cascade-number cascade-status-at-risk\">\u221216.7"));
            assertTrue(html, html.contains("<span class=\"assistive\">"));
            assertNoInlineScriptOrStyle(html);
        }
        String english = render(view(Outcome.success(TableFixtures.trackingRecord("a", "b")), ENGLISH,
                Locale.ENGLISH));
        assertTrue(english, english.contains("\u221216.7 % <span class=\"assistive\">At risk</span>"));
        assertTrue(english, english.contains("<td class=\"\">7 Dec 2026</td>"));
        String chinese = render(view(Outcome.success(TableFixtures.trackingRecord("a", "b")), CHINESE,
                Locale.SIMPLIFIED_CHINESE));
        assertTrue(chinese, chinese.contains("\u221216.7% <span class=\"assistive\">\u6709\u98ce\u9669</span>"));
        assertTrue(chinese, chinese.contains("<td class=\"\">2026\u5e7412\u67087\u65e5</td>"));
    }

    @Test
    public void shouldRenderPayloadsAsInertTextWhenTitlesAndCausesHoldThem() {
        for (String payload : PAYLOADS) {
            String html = render(view(Outcome.success(TableFixtures.trackingRecord(payload, payload)), ENGLISH,
                    Locale.ENGLISH));

            assertTrue(payload + "\n" + html, count(html, escaped(payload)) >= 2);
            assertInert(html);
        }
        String many = render(TablesView.of(Kind.COMPANY_GOALS, Outcome.success(TableFixtures.companyGoals(
                allPayloads())), LINKS, CHINESE, Locale.SIMPLIFIED_CHINESE, NAMES));
        assertTrue(many, many.contains(escaped(allPayloads())));
        assertInert(many);
    }

    @Test
    public void shouldRenderTheMessageAsInertTextWhenTheReadFailedOrIsEmpty() {
        String failed = render(view(Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PERIOD_INVALID,
                "period", allPayloads())), ENGLISH, Locale.ENGLISH));
        assertTrue(failed, failed.contains("aui-message aui-message-error"));
        assertTrue(failed, failed.contains(escaped(allPayloads())));
        assertFalse(failed, failed.contains("<table"));
        assertInert(failed);

        String empty = render(view(Outcome.success(TableFixtures.empty(Kind.TRACKING_RECORD)), CHINESE,
                Locale.SIMPLIFIED_CHINESE));
        assertTrue(empty, empty.contains("aui-message aui-message-info"));
        assertTrue(empty, empty.contains("\u6b64\u671f\u95f4\u672c\u8868\u6ca1\u6709\u6570\u636e"));
        assertNoInlineScriptOrStyle(empty);
    }

    @Test
    public void shouldRenderThePagingLinksWhenTheTableHasMoreGoals() {
        Table page = new Table(Kind.COMPANY_GOALS, Kind.COMPANY_GOALS.columns(),
                TableFixtures.companyGoals("x").rows(), 25, 25, 130);

        String html = render(TablesView.of(Kind.COMPANY_GOALS, Outcome.success(page), LINKS, ENGLISH,
                Locale.ENGLISH, NAMES));

        assertTrue(html, html.contains("Goals 26\u201350 of 130"));
        assertTrue(html, html.contains("&amp;table=company-goals&amp;offset=50\">Next</a>"));
        assertTrue(html, html.contains("&amp;table=company-goals\">Previous</a>"));
    }

    /** No payload became markup or ran as a template: the text is there, escaped, and nothing was evaluated. */
    static void assertInert(String html) {
        assertFalse(html, html.contains("<script"));
        assertFalse(html, html.contains("<img"));
        assertFalse(html, html.contains("onerror=alert(1)>"));
        assertFalse(html, html.contains("49"));
        assertNoInlineScriptOrStyle(html);
    }

    static void assertNoInlineScriptOrStyle(String html) {
        assertFalse(html, html.contains("<script"));
        assertFalse(html, html.contains("<style"));
        assertFalse(html, html.contains("style="));
        assertFalse(html, Pattern.compile("\\son[a-z]+=\"").matcher(html).find());
    }

    static int count(String html, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
