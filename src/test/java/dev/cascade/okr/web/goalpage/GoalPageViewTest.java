package dev.cascade.okr.web.goalpage;

import static dev.cascade.okr.web.goalpage.GoalPageFixtures.CHINESE;
import static dev.cascade.okr.web.goalpage.GoalPageFixtures.ENGLISH;
import static dev.cascade.okr.web.goalpage.GoalPageFixtures.LINKS;
import static dev.cascade.okr.web.goalpage.GoalPageFixtures.NAMES;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.page.GoalPage;
import dev.cascade.okr.web.page.Formats;
import java.util.Locale;
import org.junit.Test;

/** A goal's page as the reader reads it: translated, numbers and dates in the reader's language, every state. */
public class GoalPageViewTest {

    private static GoalPageView english(GoalPage page) {
        return GoalPageView.of(Outcome.success(page), LINKS, ENGLISH, Locale.ENGLISH, NAMES);
    }

    private static GoalPageView chinese(GoalPage page) {
        return GoalPageView.of(Outcome.success(page), LINKS, CHINESE, Locale.SIMPLIFIED_CHINESE, NAMES);
    }

    @Test
    public void shouldShowTheHeaderInEnglishWhenTheReaderReadsEnglish() {
        GoalPageView view = english(GoalPageFixtures.page("Grow the shop"));

        assertTrue(view.found());
        assertEquals(7, view.header().goalId());
        assertEquals("Grow the shop", view.header().title());
        assertEquals("Team", view.header().level());
        assertEquals("Alice Chen", view.header().owner());
        assertEquals("2026", view.header().period());
        assertEquals("Active", view.header().lifecycle());
        assertEquals("At risk", view.header().status());
        assertEquals("aui-lozenge-moved", view.header().statusLozenge());
        assertFalse(view.header().hasStatusReason());
        assertEquals("Below floor", view.header().zone());
        assertEquals("aui-lozenge-subtle", view.header().zoneLozenge());
        assertEquals("54%", view.header().progress().text());
        assertEquals("/jira/projects/CASC?selectedItem=dev.cascade.okr%3Acascade-project-goals-item&period=2026"
                + "&view=tree", view.header().backHref());
    }

    @Test
    public void shouldFormatNumbersDatesAndWordsForEachLanguageWhenShowingKeyResultsAndCheckIns() {
        GoalPageView en = english(GoalPageFixtures.page("Grow the shop"));
        GoalPageView zh = chinese(GoalPageFixtures.page("Grow the shop"));

        KeyResultRow metric = en.sections().keyResults().list().get(0);
        assertEquals("60 %", metric.weight());
        assertEquals("60%", zh.sections().keyResults().list().get(0).weight());
        assertEquals("Raise from 1,000 customers to 1,234.5 customers", metric.measure());
        assertEquals("1,100 customers", metric.floor());
        assertEquals("1,234.5 customers", metric.target());
        assertEquals("1,500 customers", metric.stretch());
        assertEquals("From the check-in of 7 Dec 2026", metric.basis());
        assertEquals("On track", metric.status());
        assertEquals("aui-lozenge-success", metric.statusLozenge());
        assertEquals("Floor reached", metric.zone());
        KeyResultRow issues = en.sections().keyResults().list().get(1);
        assertEquals("Jira issues: Share of issues done", issues.measure());
        assertEquals("5 of 8 issues done", issues.basis());
        assertEquals("Off track", issues.status());
        assertEquals("aui-lozenge-removed", issues.statusLozenge());
        assertEquals("", issues.target());
        assertEquals("Epic CASC-1", issues.links().get(0).label());
        assertEquals("/jira/browse/CASC-2", issues.links().get(0).issues().list().get(0).href());
        assertEquals("Done", issues.links().get(0).issues().list().get(0).status());

        KeyResultRow metricZh = zh.sections().keyResults().list().get(0);
        assertEquals("从 1,000 customers 提升到 1,234.5 customers", metricZh.measure());
        assertEquals("\u6709\u98ce\u9669", zh.header().status()); // 有风险
        assertEquals("\u5b8c\u6210", // 完成
                zh.sections().keyResults().list().get(1).links().get(0).issues().list().get(0).status());

        assertEquals("7 Dec 2026", en.sections().checkIns().list().get(0).date());
        assertEquals("2026\u5e7412\u67087\u65e5", zh.sections().checkIns().list().get(0).date()); // 2026年12月7日
        assertEquals("1,117.25", en.sections().checkIns().list().get(0).value());
        assertEquals("1,117.25", zh.sections().checkIns().list().get(0).value());
        assertEquals("7 / 10", en.sections().checkIns().list().get(0).confidence());
        assertEquals("30 Nov 2026", en.sections().checkIns().list().get(1).date());
        assertEquals("\u5f20\u4f1f", en.sections().checkIns().list().get(1).author()); // the name Jira shows
    }

    @Test
    public void shouldShowAlignmentsReviewsAndAdjustmentsWithTheirFiguresWhenThePageHasThem() {
        GoalPageView en = english(GoalPageFixtures.page("Grow the shop"));
        GoalPageView zh = chinese(GoalPageFixtures.page("Grow the shop"));

        RelatedRow parent = en.sections().parents().list().get(0);
        assertEquals("Grow revenue", parent.title());
        assertEquals("30 %", parent.contribution());
        assertEquals(LINKS.goal(3), parent.href());
        assertEquals("59%", parent.progress().text());
        assertEquals("No data yet", en.sections().children().list().get(0).progress().text());

        ReviewView review = en.sections().reviews().list().get(0);
        assertEquals("2026-Q1", review.quarter());
        assertEquals("12", review.rows().list().get(0).target());
        assertEquals("10", review.rows().list().get(0).actual());
        assertEquals("\u221216.7 %", review.rows().list().get(0).deviation());
        assertEquals("At risk", review.rows().list().get(0).status());
        assertEquals("aui-lozenge-moved", review.rows().list().get(0).statusLozenge());
        assertEquals("Written by Alice Chen on 2 Apr 2026", review.written());
        assertEquals("\u7531 Alice Chen \u4e8e 2026\u5e744\u67082\u65e5 \u586b\u5199",
                zh.sections().reviews().list().get(0).written());

        AdjustmentRow adjustment = en.sections().adjustments().list().get(0);
        assertEquals("1,234.5 \u2192 1,300", adjustment.change());
        assertEquals("3 Nov 2026", adjustment.effective());
        assertEquals("Approved", adjustment.state());
        assertEquals("aui-lozenge-success", adjustment.stateLozenge());
        assertEquals("Alice Chen, 2 Nov 2026", adjustment.requested());
        assertEquals("\u5f20\u4f1f", adjustment.approver());
        assertEquals("\u5df2\u6279\u51c6", zh.sections().adjustments().list().get(0).state()); // 已批准
    }

    @Test
    public void shouldDrawThePlanAgainstActualChartInTheReadersLanguageWhenThereIsHistory() {
        GoalPageView en = english(GoalPageFixtures.page("Grow the shop"));
        GoalPageView zh = chinese(GoalPageFixtures.page("Grow the shop"));

        assertTrue(en.sections().chartHtml().startsWith("<svg"));
        assertTrue(en.sections().chartHtml(), en.sections().chartHtml().contains("Actual: 54 on 7 Dec 2026."));
        assertEquals("Grow the shop: plan against actual", en.sections().chartTitle());
        assertTrue(zh.sections().chartHtml(), zh.sections().chartHtml().contains("2026\u5e7412\u67087\u65e5"));
    }

    @Test
    public void shouldDrawEachKeyResultsPlanValuesAndTiersInItsUnitWhenItHasHistory() {
        GoalPageView en = english(GoalPageFixtures.page("Win customers"));
        GoalPageView zh = chinese(GoalPageFixtures.page("Win customers"));

        String metric = en.sections().keyResults().list().get(0).chartHtml();
        assertTrue(metric, metric.startsWith("<svg") && metric.contains("id=\"cascade-chart-kr-71-title\""));
        assertTrue(metric, metric.contains("Planned: 1,234.5 by 31 Dec 2026."));
        assertTrue(metric, metric.contains("Actual: 1,117.25 on 7 Dec 2026."));
        assertTrue(metric, metric.contains("Floor: 1,100.") && metric.contains("Stretch: 1,500."));
        assertTrue(metric, metric.contains("Values in customers."));
        assertEquals("Win customers: plan against actual", en.sections().keyResults().list().get(0).chartTitle());
        String issues = en.sections().keyResults().list().get(1).chartHtml();
        assertTrue(issues, issues.contains("Values in issues done.") && issues.contains("Actual: 5 on 7 Dec 2026."));
        assertFalse(issues, issues.contains("Planned:")); // no plan stored
        String issuesZh = zh.sections().keyResults().list().get(1).chartHtml();
        assertTrue(issuesZh, issuesZh.contains("\u5df2\u5b8c\u6210\u4e8b\u52a1")); // 已完成事务
    }

    @Test
    public void shouldSayWhatToDoFirstInEachSectionWhenTheGoalHasNothingYet() {
        GoalPageView en = english(GoalPageFixtures.empty());
        GoalPageView zh = chinese(GoalPageFixtures.empty());

        GoalSections sections = en.sections();
        assertFalse(sections.keyResults().any() || sections.parents().any() || sections.children().any()
                || sections.checkIns().any() || sections.reviews().any() || sections.adjustments().any()
                || sections.hasLinkedWork());
        assertEquals("No data yet", en.header().status());
        assertEquals("", en.header().statusLozenge());
        assertEquals("No data yet", en.header().statusReason());
        assertEquals("\u56e2\u961f", zh.header().level()); // 团队: a default level in the reader's language
        assertTrue(en.labels().keyResultsEmpty().startsWith("This goal has no key results yet."));
        assertTrue(zh.labels().keyResultsEmpty().startsWith("\u6b64\u76ee\u6807\u8fd8\u6ca1\u6709\u5173\u952e"));
        assertEquals("No check-ins yet. A check-in records a value, a confidence and notes on progress, problems, "
                + "solutions and next steps.", en.labels().checkInsEmpty());
        assertTrue(en.sections().chartHtml(), en.sections().chartHtml().contains("No actual values yet"));
    }

    @Test
    public void shouldWriteAsThePagesOtherViewsDoWhenBuiltWithThePagesFormats() {
        GoalPageView zh = GoalPageView.of(Outcome.success(GoalPageFixtures.page("Grow the shop")), LINKS,
                Formats.of(CHINESE), NAMES);

        assertEquals("2026\u5e7412\u67087\u65e5", zh.sections().checkIns().list().get(0).date()); // 2026年12月7日
        assertEquals("30%", zh.sections().parents().list().get(0).contribution());
        assertEquals("\u6709\u98ce\u9669", zh.header().status()); // 有风险
    }

    @Test
    public void shouldReadTheSameWhenTheGoalIsMissingOrHidden() {
        Outcome<GoalPage> notFound = GoalAccess.goalNotFound(new ObjectiveId(404));

        GoalPageView en = GoalPageView.of(notFound, LINKS, ENGLISH, Locale.ENGLISH, NAMES);
        GoalPageView zh = GoalPageView.of(notFound, LINKS, CHINESE, Locale.SIMPLIFIED_CHINESE, NAMES);
        GoalPageView signedOut = GoalPageView.of(GoalAccess.unauthenticated(), LINKS, ENGLISH, Locale.ENGLISH,
                NAMES);

        assertFalse(en.found());
        assertEquals("This goal does not exist, or you may not see it. Ask its owner to share it, or go back to the "
                + "goals you may see.", en.message());
        assertFalse(en.message().contains("404"));
        assertTrue(zh.message().startsWith("\u6b64\u76ee\u6807\u4e0d\u5b58\u5728"));
        assertEquals("", en.header().title());
        assertEquals(LINKS.view("tree"), en.header().backHref());
        assertEquals("Log in to see this goal.", signedOut.message());
    }
}
