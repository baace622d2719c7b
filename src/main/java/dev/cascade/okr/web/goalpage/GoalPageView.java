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
 * answered ({@link GoalPageService}); the template calls only these allowlisted getters and the rows' accessors and
 * computes nothing. Only {@link #getChartHtml()} is markup, written and escaped by the plugin's own chart writer.
 */
public final class GoalPageView {

    private final boolean found;
    private final String message;
    private final GoalPageLabels labels;
    private final Header header;
    private final Sections sections;

    /** The goal's own fields, formatted. */
    private record Header(long goalId, String title, String description, String level, String owner, String period,
            String lifecycle, String lifecycleLozenge, String status, String statusLozenge, String statusReason,
            String zone, String zoneLozenge, ProgressView progress, String backHref) {
        static Header none(String backHref) {
            ProgressView none = new ProgressView(false, 0, "");
            return new Header(0, "", "", "", "", "", "", "", "", "", "", "", "", none, backHref);
        }
    }

    /** The page's lists and chart. */
    private record Sections(List<KeyResultRow> keyResults, String chartHtml, String chartTitle,
            List<RelatedRow> parents, List<RelatedRow> children, List<CheckInRow> checkIns, String moreCheckIns,
            List<ReviewView> reviews, List<AdjustmentRow> adjustments) {
        static Sections none() {
            return new Sections(List.of(), "", "", List.of(), List.of(), List.of(), "", List.of(), List.of());
        }
    }

    private GoalPageView(boolean found, String message, GoalPageLabels labels, Header header, Sections sections) {
        this.found = found;
        this.message = message;
        this.labels = labels;
        this.header = header;
        this.sections = sections;
    }

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
        return new GoalPageView(true, "", GoalPageLabels.of(i18n), header(page, links, text),
                new Sections(page.keyResults().stream()
                        .map(k -> rows.keyResult(k, page.goal().objective().period())).toList(), chart.svgHtml(),
                        chart.title(),
                        page.parents().stream().map(rows::related).toList(),
                        page.children().stream().map(rows::related).toList(),
                        page.checkIns().stream().map(rows::checkIn).toList(),
                        page.moreCheckIns() ? text.text("cascade.goalpage.check-ins.more",
                                String.valueOf(GoalPageService.CHECK_INS_PER_KEY_RESULT)) : "",
                        page.reviews().stream().map(rows::review).toList(),
                        page.keyResults().stream().flatMap(k -> rows.adjustments(k).stream()).toList()));
    }

    /** The page for a goal the reader may not see or that does not exist (or, signed out, a request to log in). */
    public static GoalPageView notFound(boolean signedOut, PageLinks links, Translator i18n) {
        return new GoalPageView(false, i18n.text(signedOut ? "cascade.goalpage.sign-in" : "cascade.goalpage.not-found"),
                GoalPageLabels.of(i18n), Header.none(links.view("tree")), Sections.none());
    }

    private static Header header(GoalPage page, PageLinks links, GoalPageText text) {
        Objective goal = page.goal().objective();
        TrackingStatus status = page.status();
        ProgressView progress = ProgressView.of(page.progress(), text.translator());
        return new Header(goal.id().value(), goal.title(), goal.description() == null ? "" : goal.description(),
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

    /** Whether the goal was found (else only {@link #getMessage()} and the labels are shown). */
    public boolean isFound() {
        return found;
    }

    /** Why no goal is shown; empty when it is. */
    public String getMessage() {
        return message;
    }

    /** The page's headings, column names and empty states. */
    public GoalPageLabels getLabels() {
        return labels;
    }

    /** The goal's id (for the actions placeholder). */
    public long getGoalId() {
        return header.goalId();
    }

    /** The goal's title. */
    public String getTitle() {
        return header.title();
    }

    /** The goal's description; empty when none. */
    public String getDescription() {
        return header.description();
    }

    /** Whether the goal has a description. */
    public boolean isDescribed() {
        return !header.description().isBlank();
    }

    /** The goal's level, by name. */
    public String getLevel() {
        return header.level();
    }

    /** The owner's name. */
    public String getOwner() {
        return header.owner();
    }

    /** The goal's period ("2026", "2026-Q4"). */
    public String getPeriod() {
        return header.period();
    }

    /** The lifecycle state, translated. */
    public String getLifecycle() {
        return header.lifecycle();
    }

    /** The AUI lozenge classes of the lifecycle state. */
    public String getLifecycleLozenge() {
        return header.lifecycleLozenge();
    }

    /** The tracking status, translated. */
    public String getStatus() {
        return header.status();
    }

    /** The AUI lozenge modifier of the status; empty for the grey "no data" one. */
    public String getStatusLozenge() {
        return header.statusLozenge();
    }

    /** Why there is no status ("No issues in the epic"); empty when there is one. */
    public String getStatusReason() {
        return header.statusReason();
    }

    /** Whether the status comes with the reason there is none. */
    public boolean hasStatusReason() {
        return !header.statusReason().isEmpty();
    }

    /** The goal's zone, translated. */
    public String getZone() {
        return header.zone();
    }

    /** The AUI lozenge classes of the zone (subtle). */
    public String getZoneLozenge() {
        return header.zoneLozenge();
    }

    /** The rolled-up progress, as the goal's cascade tree shows it. */
    public ProgressView getProgress() {
        return header.progress();
    }

    /** The cascade view of the Goals page, keeping the period. */
    public String getBackHref() {
        return header.backHref();
    }

    /** The key results, in the goal's order. */
    public List<KeyResultRow> getKeyResults() {
        return sections.keyResults();
    }

    /** Whether the goal has key results. */
    public boolean hasKeyResults() {
        return !sections.keyResults().isEmpty();
    }

    /** Whether a key result is measured by linked Jira work. */
    public boolean hasLinkedWork() {
        return sections.keyResults().stream().anyMatch(KeyResultRow::hasLinks);
    }

    /** The plan-against-actual chart as SVG, written and escaped by the plugin's chart writer. */
    public String getChartHtml() {
        return sections.chartHtml();
    }

    /** The chart's title, as plain text. */
    public String getChartTitle() {
        return sections.chartTitle();
    }

    /** The goals this goal supports that the reader may see. */
    public List<RelatedRow> getParents() {
        return sections.parents();
    }

    /** Whether it supports a goal the reader may see. */
    public boolean hasParents() {
        return !sections.parents().isEmpty();
    }

    /** The goals that support this one that the reader may see. */
    public List<RelatedRow> getChildren() {
        return sections.children();
    }

    /** Whether a goal the reader may see supports it. */
    public boolean hasChildren() {
        return !sections.children().isEmpty();
    }

    /** The check-ins of its key results, newest first. */
    public List<CheckInRow> getCheckIns() {
        return sections.checkIns();
    }

    /** Whether there is a check-in. */
    public boolean hasCheckIns() {
        return !sections.checkIns().isEmpty();
    }

    /** That only the latest check-ins are listed; empty when all are. */
    public String getMoreCheckIns() {
        return sections.moreCheckIns();
    }

    /** Whether only the latest check-ins are listed. */
    public boolean hasMoreCheckIns() {
        return !sections.moreCheckIns().isEmpty();
    }

    /** The quarterly reviews of the quarters that have begun, in order. */
    public List<ReviewView> getReviews() {
        return sections.reviews();
    }

    /** Whether a quarter of the goal's period has begun. */
    public boolean hasReviews() {
        return !sections.reviews().isEmpty();
    }

    /** The target adjustments of its key results, each key result's oldest first. */
    public List<AdjustmentRow> getAdjustments() {
        return sections.adjustments();
    }

    /** Whether a target adjustment was proposed. */
    public boolean hasAdjustments() {
        return !sections.adjustments().isEmpty();
    }
}
