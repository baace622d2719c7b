package dev.cascade.okr.web.table;

import static dev.cascade.okr.web.ViewFixtures.CHINESE;
import static dev.cascade.okr.web.ViewFixtures.ENGLISH;
import static dev.cascade.okr.web.ViewFixtures.LINKS;
import static dev.cascade.okr.web.table.TableFixtures.NAMES;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.table.Table;
import dev.cascade.okr.service.table.Table.Kind;
import java.util.List;
import java.util.Locale;
import org.junit.Test;

/**
 * The Tables view writes the read model's tables in the reader's language and locale: exactly the model's columns in
 * order, numbers grouped, deviation with its sign and per-cent, days in the language's pattern, people by name, labels
 * translated, judged figures coloured by core's status, each goal linked to its page; and it says why a table is empty
 * or could not be read.
 */
public class TablesViewTest {

    private static TablesView english(Kind kind, Outcome<Table> table) {
        return TablesView.of(kind, table, LINKS, ENGLISH, Locale.ENGLISH, NAMES);
    }

    private static TablesView chinese(Kind kind, Outcome<Table> table) {
        return TablesView.of(kind, table, LINKS, CHINESE, Locale.SIMPLIFIED_CHINESE, NAMES);
    }

    @Test
    public void shouldShowExactlyTheModelsColumnsInOrderWhenATableIsChosen() {
        for (Kind kind : TablesView.TABS) {
            TablesView view = english(kind, Outcome.success(TableFixtures.empty(kind)));

            assertEquals(kind.columnKeys(), view.columns().stream().map(TableColumnView::key).toList());
            assertEquals(kind.columns().stream().map(c -> ENGLISH.text(c.labelKey())).toList(),
                    view.columns().stream().map(TableColumnView::label).toList());
        }
        TablesView chinese = chinese(Kind.TRACKING_RECORD, Outcome.success(TableFixtures.trackingRecord("a", "b")));
        assertEquals("\u5458\u5de5\u59d3\u540d", chinese.columns().get(0).label());
        assertEquals("\u504f\u5dee\u7387\uff08%\uff09", chinese.columns().get(4).label());
    }

    @Test
    public void shouldOfferTheSixTablesKeepingThePeriodWhenNavigating() {
        TablesView view = english(Kind.TRACKING_RECORD, Outcome.success(TableFixtures.empty(Kind.TRACKING_RECORD)));

        assertEquals(List.of("company-goals", "department-goals", "individual-goals", "tracking-record", "appraisal",
                "quarterly-review"), view.tabs().stream().map(TableTabView::code).toList());
        assertEquals(List.of(false, false, false, true, false, false),
                view.tabs().stream().map(TableTabView::selected).toList());
        assertEquals("/jira/projects/CASC?selectedItem=dev.cascade.okr%3Acascade-project-goals-item&period=2026"
                + "&view=tables&table=appraisal", view.tabs().get(4).href());
        assertEquals("Company annual goals", view.tabs().get(0).title());
        assertEquals("\u516c\u53f8\u5e74\u5ea6\u7ee9\u6548\u76ee\u6807\u603b\u8868", chinese(Kind.COMPANY_GOALS,
                Outcome.success(TableFixtures.empty(Kind.COMPANY_GOALS))).tabs().get(0).title());
    }

    @Test
    public void shouldWriteFiguresSignsDaysAndNamesInEnglishWhenTheReaderReadsEnglish() {
        TablesView view = english(Kind.TRACKING_RECORD, Outcome.success(TableFixtures.trackingRecord("Customers",
                "Longer decision cycles")));

        List<TableCellView> first = view.rows().get(0).cells();
        assertEquals("Bob Li", first.get(0).text());
        assertEquals("12", first.get(2).text());
        assertEquals("10", first.get(3).text());
        assertEquals("\u221216.7 %", first.get(4).text());
        assertEquals("Longer decision cycles", first.get(5).text());
        assertEquals("", first.get(6).text());
        assertEquals("7 Dec 2026", first.get(8).text());
        List<TableCellView> second = view.rows().get(1).cells();
        assertEquals("12,000", second.get(2).text());
        assertEquals("12,804", second.get(3).text());
        assertEquals("+6.7 %", second.get(4).text());
        assertEquals("\u5f20\u4f1f", second.get(0).text());
        assertEquals("31 Mar 2026", second.get(8).text());
    }

    @Test
    public void shouldWriteFiguresSignsAndDaysInChineseWhenTheReaderReadsChinese() {
        TablesView view = chinese(Kind.TRACKING_RECORD, Outcome.success(TableFixtures.trackingRecord("a", "b")));

        List<TableCellView> first = view.rows().get(0).cells();
        assertEquals("\u221216.7%", first.get(4).text());
        assertEquals("2026\u5e7412\u67087\u65e5", first.get(8).text());
        assertEquals("\u6709\u98ce\u9669", first.get(4).statusText());
        List<TableCellView> second = view.rows().get(1).cells();
        assertEquals("12,000", second.get(2).text());
        assertEquals("+6.7%", second.get(4).text());
    }

    @Test
    public void shouldColourTheDeviationByCoresStatusAndAlignFiguresRightWhenTheRowIsJudged() {
        TablesView view = english(Kind.TRACKING_RECORD, Outcome.success(TableFixtures.trackingRecord("a", "b")));

        TableCellView atRisk = view.rows().get(0).cells().get(4);
        assertEquals("cascade-number cascade-status-at-risk", atRisk.css());
        assertEquals("At risk", atRisk.statusText());
        assertTrue(atRisk.judged());
        TableCellView onTrack = view.rows().get(1).cells().get(4);
        assertEquals("cascade-number cascade-status-on-track", onTrack.css());
        TableCellView planned = view.rows().get(0).cells().get(2);
        assertEquals("cascade-number", planned.css());
        assertFalse(planned.judged());
        assertEquals("", view.rows().get(0).cells().get(0).css());
        assertTrue(view.columns().get(4).css().contains("cascade-number"));
        assertFalse(view.columns().get(0).css().contains("cascade-number"));
    }

    @Test
    public void shouldLinkEachRowsGoalToItsPageWhenTheGoalColumnIsShown() {
        TablesView view = english(Kind.TRACKING_RECORD, Outcome.success(TableFixtures.trackingRecord("a", "b")));

        TableCellView goal = view.rows().get(0).cells().get(1);
        assertTrue(goal.linked());
        assertEquals(LINKS.goal(7), goal.href());
        assertEquals("/jira/projects/CASC?selectedItem=dev.cascade.okr%3Acascade-project-goals-item&period=2026&goal=7",
                goal.href());
        assertFalse(view.rows().get(0).cells().get(0).linked());
        assertEquals(7, view.rows().get(0).goalId());
        assertEquals("70", view.rows().get(0).keyResultId());
    }

    @Test
    public void shouldTranslateLabelsAndListSeveralValuesWhenACellHoldsThem() {
        TablesView english = english(Kind.COMPANY_GOALS, Outcome.success(TableFixtures.companyGoals("Revenue")));
        TablesView chinese = chinese(Kind.COMPANY_GOALS, Outcome.success(TableFixtures.companyGoals("Revenue")));

        List<TableCellView> cells = english.rows().get(0).cells();
        assertEquals("Strategic", cells.get(0).text());
        assertEquals(List.of("20 %", "Milestone done"), cells.get(2).values());
        assertTrue(cells.get(2).many());
        assertEquals("31 Dec 2026", cells.get(4).text());
        assertEquals(List.of(), cells.get(5).values());
        assertEquals("", english.rows().get(0).keyResultId());
        List<TableCellView> zh = chinese.rows().get(0).cells();
        assertEquals("\u6218\u7565", zh.get(0).text());
        assertEquals(List.of("20 %", "\u91cc\u7a0b\u7891\u5b8c\u6210"), zh.get(2).values());
        assertEquals("2026\u5e7412\u670831\u65e5", zh.get(4).text());
    }

    @Test
    public void shouldSayWhatToDoWhenTheTableHasNoRows() {
        TablesView view = english(Kind.APPRAISAL, Outcome.success(TableFixtures.empty(Kind.APPRAISAL)));

        assertTrue(view.empty());
        assertFalse(view.failed());
        assertEquals("No rows in this table for this period", view.message());
        assertFalse(view.hint().isEmpty());
        assertFalse(view.paging().paged());
        assertEquals("\u6b64\u671f\u95f4\u672c\u8868\u6ca1\u6709\u6570\u636e",
                chinese(Kind.APPRAISAL, Outcome.success(TableFixtures.empty(Kind.APPRAISAL))).message());
    }

    @Test
    public void shouldShowTheFirstViolationsTranslatedMessageWhenTheReadFailed() {
        Outcome<Table> failed = Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PERIOD_INVALID, "period",
                "soon"));

        TablesView english = english(Kind.COMPANY_GOALS, failed);
        TablesView chinese = chinese(Kind.COMPANY_GOALS, failed);

        assertTrue(english.failed());
        assertTrue(english.empty());
        assertEquals("Enter a period such as 2026, 2026-H1, 2026-Q1 or 2026-03 (not \"soon\").",
                english.message());
        assertTrue(chinese.message(), chinese.message().contains("\u201csoon\u201d"));
        assertEquals(6, english.tabs().size());
    }

    @Test
    public void shouldSayWhichGoalsAreShownAndLinkThePagesWhenTheTableHasMoreGoals() {
        Table page = new Table(Kind.COMPANY_GOALS, Kind.COMPANY_GOALS.columns(),
                TableFixtures.companyGoals("x").rows(), 25, 25, 130);

        TablesView view = english(Kind.COMPANY_GOALS, Outcome.success(page));

        assertTrue(view.paging().paged());
        assertEquals("Goals 26\u201350 of 130", view.paging().text());
        assertEquals(LINKS.view("tables", java.util.Map.of("table", "company-goals")), view.paging().previousHref());
        String next = view.paging().nextHref();
        assertTrue(next, next.endsWith("&view=tables&table=company-goals&offset=50"));
        TablesView last = english(Kind.COMPANY_GOALS, Outcome.success(new Table(Kind.COMPANY_GOALS,
                Kind.COMPANY_GOALS.columns(), page.rows(), 125, 25, 130)));
        assertEquals("Goals 126\u2013130 of 130", last.paging().text());
        assertEquals("", last.paging().nextHref());
        TablesView whole = english(Kind.COMPANY_GOALS, Outcome.success(TableFixtures.companyGoals("x")));
        assertFalse(whole.paging().paged());
    }
}
