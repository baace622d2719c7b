package dev.cascade.okr.web.goalpage;

import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.page.GoalPage;
import dev.cascade.okr.service.page.GoalPageService;
import dev.cascade.okr.web.IssueKeyResultView;
import dev.cascade.okr.web.ProgressView;
import dev.cascade.okr.web.Translator;
import dev.cascade.okr.web.chart.ChartPoint;
import dev.cascade.okr.web.chart.ChartTiers;
import dev.cascade.okr.web.chart.PlanActualChart;
import dev.cascade.okr.web.chart.PlanActualData;
import dev.cascade.okr.web.chart.PlanActualSeries;
import dev.cascade.okr.web.page.Formats;
import dev.cascade.okr.web.page.PageLinks;
import dev.cascade.okr.web.page.Rows;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a goal's page shows (the project's Goals page with {@code goal=ID}): the goal's header, its key results with
 * how each is measured, what it counts, its tiers, progress, zone and status, the issues behind them, its plan against
 * actual as an SVG chart, its parents and children with their contributions, its check-ins (newest first), quarterly
 * reviews and target adjustments with their decisions; or a "not found" page that reads the same whether the goal does
 * not exist or the reader may not see it.
 *
 * <p>Every text is translated and every number and date formatted for the reader here, from what the services
 * answered ({@link GoalPageService}); the template calls only these allowlisted accessors and the rows' and
 * computes nothing. Only the sections' {@code chartHtml} is markup, written and escaped by the plugin's own chart
 * writer.
 *
 * @param message why no goal is shown; empty when it is
 * @param labels the page's headings, column names and empty states
 * @param header the goal's own fields, formatted
 * @param sections the page's lists: key results, parents, children, check-ins, reviews, adjustments, and the chart
 */
public record GoalPageView(String message, GoalPageLabels labels, GoalHeader header, GoalSections sections) {

    /**
     * The view of a goal's page from {@link GoalPageService#page}; a failure is the "not found" page, the same text for
     * a goal that does not exist and one the reader may not see (nobody signed in is asked to log in).
     *
     * @param outcome the service's answer
     * @param links the addresses of the Goals page, for the links to parents and children
     * @param i18n the reader's language
     * @param locale the reader's locale, for numbers
     * @param displayNames the name the host shows for a user key ({@code null} or blank: the key is shown)
     */
    public static GoalPageView of(Outcome<GoalPage> outcome, PageLinks links, Translator i18n, Locale locale,
            Function<String, String> displayNames) {
        return of(outcome, links, new Formats(i18n, locale), displayNames);
    }

    /**
     * The view of a goal's page in the Goals page's {@link Formats} (its translations and locale), as the page's
     * other views are built.
     *
     * @param outcome the service's answer
     * @param links the addresses of the Goals page, for the links to parents and children
     * @param formats the reader's translations and locale
     * @param displayNames the name the host shows for a user key ({@code null} or blank: the key is shown)
     */
    public static GoalPageView of(Outcome<GoalPage> outcome, PageLinks links, Formats formats,
            Function<String, String> displayNames) {
        Translator i18n = formats.i18n();
        Locale locale = formats.locale();
        if (!outcome.isSuccess()) {
            return notFound(outcome.failure() == Outcome.Failure.UNAUTHENTICATED, links, i18n);
        }
        GoalPageText text = new GoalPageText(i18n, locale, displayNames);
        GoalPage page = outcome.value();
        GoalPageRows rows = new GoalPageRows(text, links);
        PlanActualChart chart = chart(page, text);
        return new GoalPageView("", GoalPageLabels.of(i18n), header(page, links, text),
                new GoalSections(new Rows<>(page.keyResults().stream()
                        .map(k -> rows.keyResult(k, page.goal().objective().period())).toList()), chart.svgHtml(),
                        chart.title(),
                        new Rows<>(page.parents().stream().map(rows::related).toList()),
                        new Rows<>(page.children().stream().map(rows::related).toList()),
                        new Rows<>(page.checkIns().stream().map(rows::checkIn).toList()),
                        page.moreCheckIns() ? text.text("cascade.goalpage.check-ins.more",
                                String.valueOf(GoalPageService.CHECK_INS_PER_KEY_RESULT)) : "",
                        new Rows<>(page.reviews().stream().map(rows::review).toList()),
                        new Rows<>(page.keyResults().stream().flatMap(k -> rows.adjustments(k).stream()).toList())));
    }

    /** The page for a goal the reader may not see or that does not exist (or, signed out, a request to log in). */
    public static GoalPageView notFound(boolean signedOut, PageLinks links, Translator i18n) {
        return new GoalPageView(i18n.text(signedOut ? "cascade.goalpage.sign-in" : "cascade.goalpage.not-found"),
                GoalPageLabels.of(i18n), GoalHeader.none(links.view("tree")), GoalSections.none());
    }

    private static GoalHeader header(GoalPage page, PageLinks links, GoalPageText text) {
        Objective goal = page.goal().objective();
        TrackingStatus status = page.status();
        ProgressView progress = ProgressView.of(page.progress(), text.translator());
        return new GoalHeader(goal.id().value(), goal.title(), goal.description() == null ? "" : goal.description(),
                levelName(page, text), text.person(goal.owner()), text.period(goal.period()),
                text.text(goal.lifecycle().messageKey()), lifecycleLozenge(goal.lifecycle()), text.status(status),
                GoalPageText.statusLozenge(status), status == TrackingStatus.NO_DATA ? progress.text() : "",
                text.text("cascade.zone." + WireCode.of(page.zone())), IssueKeyResultView.lozengeOf(page.zone()),
                progress, links.view("tree"));
    }

    /** The level's name as the Goals page writes it: translated for the default levels, else as configured. */
    private static String levelName(GoalPage page, GoalPageText text) {
        return text.formats().level(page.levels(), page.goal().objective().levelKey());
    }

    /** Lifecycle states are subtle lozenges, so that they never read as a tracking status. */
    private static String lifecycleLozenge(Lifecycle lifecycle) {
        return switch (lifecycle) {
            case DRAFT, CLOSED -> "aui-lozenge-subtle";
            case CONFIRMED -> "aui-lozenge-subtle aui-lozenge-complete";
            case ACTIVE -> "aui-lozenge-subtle aui-lozenge-current";
        };
    }

    /**
     * The goal's chart: its rolled-up per-cent by day (the progress history), against the plan its status is judged
     * by, an even pace from 0% on the period's first day to 100% on its last.
     */
    private static PlanActualChart chart(GoalPage page, GoalPageText text) {
        Objective goal = page.goal().objective();
        List<ChartPoint> pace = List.of(new ChartPoint(goal.period().start(), BigDecimal.ZERO),
                new ChartPoint(goal.period().end(), BigDecimal.valueOf(100)));
        return PlanActualChart.of(new PlanActualData("goal-" + goal.id().value(), goal.title(), "%",
                goal.period().start(), goal.period().end(), pace, PlanActualSeries.percents(page.series()),
                ChartTiers.none()), text.translator());
    }

    /** Whether the goal was found (else only {@link #message()}, the labels and the way back are shown). */
    public boolean found() {
        return message.isEmpty();
    }
}
