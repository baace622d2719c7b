package dev.cascade.okr.web.goalpage;

import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.TrackingStore.ReviewRecord;
import dev.cascade.okr.core.progress.IssueFact;
import dev.cascade.okr.core.tracking.AdjustmentState;
import dev.cascade.okr.core.tracking.CheckIn;
import dev.cascade.okr.core.tracking.Deviation;
import dev.cascade.okr.core.tracking.QuarterlyReviewRow;
import dev.cascade.okr.core.tracking.ReviewNotes;
import dev.cascade.okr.core.tracking.TargetAdjustment;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.service.goal.KeyResultIssuesService.LinkIssues;
import dev.cascade.okr.service.kernel.PeriodText;
import dev.cascade.okr.service.page.GoalPage.CheckInEntry;
import dev.cascade.okr.service.page.GoalPage.KeyResultPart;
import dev.cascade.okr.service.page.GoalPage.Related;
import dev.cascade.okr.service.page.GoalPageService;
import dev.cascade.okr.service.tracking.TrackingService.Review;
import dev.cascade.okr.service.tracking.TrackingService.ReviewLine;
import dev.cascade.okr.web.BasisText;
import dev.cascade.okr.web.IssueKeyResultView;
import dev.cascade.okr.web.ProgressView;
import dev.cascade.okr.web.chart.ChartPoint;
import dev.cascade.okr.web.chart.ChartTiers;
import dev.cascade.okr.web.chart.PlanActualChart;
import dev.cascade.okr.web.chart.PlanActualData;
import dev.cascade.okr.web.chart.PlanActualSeries;
import dev.cascade.okr.web.page.PageLinks;
import dev.cascade.okr.web.page.Rows;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns the parts of a goal's page into its rows, every text translated and formatted. */
final class GoalPageRows {

    private final GoalPageText text;
    private final PageLinks links;

    GoalPageRows(GoalPageText text, PageLinks links) {
        this.text = text;
        this.links = links;
    }

    KeyResultRow keyResult(KeyResultPart part, Period period) {
        StoredKeyResult stored = part.keyResult();
        Measure measure = stored.keyResult().measure();
        TargetTiers tiers = tiersOf(measure);
        PlanActualChart chart = chart(part, period);
        String unit = measure instanceof MetricMeasure metric ? metric.unit()
                : measure instanceof BandMeasure band ? band.unit() : "";
        return new KeyResultRow(stored.id().value(), stored.keyResult().title(),
                text.percent(stored.keyResult().weight()), measure(measure),
                BasisText.of(stored.basis(), text.translator()),
                tiers == null ? "" : amount(tiers.floor(), unit), tiers == null ? "" : amount(tiers.target(), unit),
                tiers == null ? "" : amount(tiers.stretch(), unit),
                ProgressView.of(stored.keyResult().progress(), text.translator()),
                text.text("cascade.zone." + WireCode.of(stored.zone())), IssueKeyResultView.lozengeOf(stored.zone()),
                text.status(part.status()), GoalPageText.statusLozenge(part.status()),
                part.issues().map(found -> found.links().stream().map(this::link).toList()).orElse(List.of()),
                chart.svgHtml(), chart.title());
    }

    /**
     * A key result's chart: its daily values in its unit (a milestone's per-cent, which is all it has) against its
     * stored plan from its start value, with its tiers as guide lines, over the goal's period.
     */
    private PlanActualChart chart(KeyResultPart part, Period period) {
        StoredKeyResult stored = part.keyResult();
        Measure measure = stored.keyResult().measure();
        boolean milestone = measure instanceof MilestoneMeasure;
        BigDecimal start = measure instanceof MetricMeasure metric ? metric.start() : BigDecimal.ZERO;
        List<ChartPoint> planned = milestone ? List.of()
                : part.plan().map(plan -> PlanActualSeries.planned(plan, start)).orElse(List.of());
        List<ChartPoint> actual = milestone ? PlanActualSeries.percents(part.history())
                : PlanActualSeries.values(part.history());
        TargetTiers tiers = tiersOf(measure);
        return PlanActualChart.of(new PlanActualData("kr-" + stored.id().value(), stored.keyResult().title(),
                milestone ? "%" : unitOf(measure), period.start(), period.end(), planned, actual,
                ChartTiers.of(tiers)), text.translator());
    }

    private static TargetTiers tiersOf(Measure measure) {
        return measure instanceof MetricMeasure metric ? metric.tiers()
                : measure instanceof IssueMeasure issues ? issues.tiers() : null;
    }

    /** What a key result's values count, as its chart's unit. */
    private String unitOf(Measure measure) {
        if (measure instanceof MetricMeasure metric) {
            return metric.unit();
        }
        if (measure instanceof BandMeasure band) {
            return band.unit();
        }
        IssueMeasure issues = (IssueMeasure) measure;
        return issues.basis() == ProgressBasis.NUMERIC_FIELD ? issues.numericFieldId()
                : text.text(GoalPageText.key("cascade.goalpage.unit.", issues.basis()));
    }

    /** How a key result is measured, in words. */
    private String measure(Measure measure) {
        if (measure instanceof MetricMeasure metric) {
            return text.text(metric.direction() == Direction.INCREASE ? "cascade.goalpage.measure.increase"
                    : "cascade.goalpage.measure.decrease", amount(metric.start(), metric.unit()),
                    amount(metric.target(), metric.unit()));
        }
        if (measure instanceof BandMeasure band) {
            return text.text("cascade.goalpage.measure.band", amount(band.low(), band.unit()),
                    amount(band.high(), band.unit()));
        }
        if (measure instanceof MilestoneMeasure milestone) {
            return milestone.description() == null || milestone.description().isBlank()
                    ? text.text("cascade.measure.kind.milestone")
                    : text.text("cascade.goalpage.measure.milestone", milestone.description());
        }
        IssueMeasure issues = (IssueMeasure) measure;
        String basis = text.text(GoalPageText.key("cascade.basis.", issues.basis()));
        if (issues.basis() == ProgressBasis.NUMERIC_FIELD) {
            basis = text.text("cascade.goalpage.measure.field", basis, issues.numericFieldId());
        }
        return text.text("cascade.goalpage.measure.issues", basis);
    }

    /** A value with its unit ("50 customers"); the number alone when there is no unit. */
    private String amount(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        return unit == null || unit.isBlank() ? text.number(value)
                : text.text("cascade.goalpage.amount", text.number(value), unit);
    }

    private LinkRow link(LinkIssues found) {
        WorkLink link = found.link();
        String label = text.text("cascade.goalpage.link",
                text.text("cascade.link.kind." + link.kind().name().toLowerCase(Locale.ROOT)), link.text());
        String note;
        if (found.broken()) {
            note = text.text("cascade.goalpage.link.broken");
        } else if (found.issues().isEmpty()) {
            note = text.text("cascade.goalpage.link.none");
        } else if (found.issues().size() >= GoalPageService.ISSUES_PER_LINK) {
            note = text.text("cascade.goalpage.link.limited", String.valueOf(GoalPageService.ISSUES_PER_LINK));
        } else {
            note = "";
        }
        return new LinkRow(label, found.broken(), note,
                new Rows<>(found.issues().stream().map(this::issue).toList()));
    }

    private IssueRow issue(IssueFact issue) {
        StatusCategory category = issue.category();
        String lozenge = switch (category) {
            case DONE -> "aui-lozenge-success";
            case IN_PROGRESS -> "aui-lozenge-current";
            default -> "";
        };
        return new IssueRow(issue.key(), links.contextPath() + "/browse/"
                + URLEncoder.encode(issue.key(), StandardCharsets.UTF_8), issue.summary(),
                text.text(GoalPageText.key("cascade.goalpage.issue.", category)), lozenge);
    }

    RelatedRow related(Related related) {
        var goal = related.goal().goal().objective();
        return new RelatedRow(goal.title(), links.goal(goal.id().value()), text.person(goal.owner()),
                text.period(goal.period()), ProgressView.of(related.goal().progress(), text.translator()),
                text.percent(related.contribution()));
    }

    CheckInRow checkIn(CheckInEntry entry) {
        CheckIn checkIn = entry.checkIn().checkIn();
        return new CheckInRow(text.date(checkIn.date()), entry.keyResult().keyResult().title(),
                text.number(checkIn.value()), text.text("cascade.goalpage.confidence",
                        String.valueOf(checkIn.confidence())), text.person(checkIn.author()),
                checkIn.progressNote(), checkIn.problems(), checkIn.solutions(), checkIn.nextSteps());
    }

    ReviewView review(Review review) {
        String quarter = PeriodText.shortcut(review.quarter()).orElseGet(() -> text.period(review.quarter()));
        ReviewNotes notes = review.notes();
        Optional<ReviewRecord> record = review.record();
        return new ReviewView(quarter.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-"), quarter,
                new Rows<>(review.rows().stream().map(this::reviewRow).toList()), notes.subjectiveCauses(),
                notes.objectiveCauses(), notes.improvement(), notes.nextQuarterAdjustment(),
                record.map(r -> text.text("cascade.goalpage.review.written", text.person(r.updatedBy()),
                        text.date(r.updatedAt()))).orElse(""));
    }

    private ReviewRow reviewRow(ReviewLine line) {
        QuarterlyReviewRow row = line.row();
        Deviation deviation = row.deviation();
        return new ReviewRow(line.keyResult().keyResult().title(), text.number(row.quarterTarget()),
                text.number(row.actual()), deviation(deviation), text.status(line.status()),
                GoalPageText.statusLozenge(line.status()));
    }

    /** A deviation rate with its sign ("+6.7%", "−16.7%"), or why there is none. */
    private String deviation(Deviation deviation) {
        if (!deviation.isDefined()) {
            return text.text(GoalPageText.key("cascade.tracking.deviation.", deviation.reason()));
        }
        BigDecimal percent = deviation.percentForDisplay();
        String sign = percent.signum() > 0 ? "+" : percent.signum() < 0 ? "\u2212" : "";
        return sign + text.formats().percent(percent.abs());
    }

    List<AdjustmentRow> adjustments(KeyResultPart part) {
        String title = part.keyResult().keyResult().title();
        return part.adjustments().stream().map(a -> adjustment(title, a)).toList();
    }

    private AdjustmentRow adjustment(String keyResult, TargetAdjustment adjustment) {
        AdjustmentState state = adjustment.state();
        String lozenge = switch (state) {
            case PROPOSED -> "aui-lozenge-moved";
            case APPROVED -> "aui-lozenge-success";
            case REJECTED -> "aui-lozenge-removed";
        };
        return new AdjustmentRow(keyResult, text.text("cascade.goalpage.adjustment.change",
                text.number(adjustment.oldTarget()), text.number(adjustment.newTarget())),
                adjustment.effectiveDay().map(text::date).orElse(state == AdjustmentState.REJECTED ? ""
                        : text.text("cascade.goalpage.adjustment.on-approval")),
                adjustment.reason(), text.text("cascade.goalpage.adjustment.requested",
                        text.person(adjustment.requestedBy()), text.date(adjustment.requestedAt())),
                text.person(adjustment.approver()), text.text(state.messageKey()), lozenge,
                adjustment.decidedAt().map(text::date).orElse(""), adjustment.decisionComment());
    }
}
