package dev.cascade.okr.web.appraisal;

import dev.cascade.okr.core.appraisal.Grade;
import dev.cascade.okr.core.appraisal.GradeDistribution;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.service.appraisal.AppraisalSummaryService.Distribution;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.web.LocaleFormats;
import dev.cascade.okr.web.Translator;
import dev.cascade.okr.web.chart.SvgWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The grade distribution of a department (project) for a period as the Appraisal tab shows it: a bar chart drawn on
 * the server ({@link #chartHtml()}, escaped SVG), the same figures as a table, the scheme's warnings (advice) and who
 * was counted. Displays what {@code AppraisalSummaryService#distribution} counted; computes nothing.
 *
 * @param shown whether there is a distribution to show; otherwise {@link #message()} says why
 * @param message why there is none (only managers and administrators see one), or empty
 * @param rows one per grade, best first
 * @param warnings the scheme's warnings in the reader's language
 * @param counted who was counted and how many have no grade yet
 * @param chartHtml the chart, SVG markup built from escaped parts
 */
public record GradeDistributionView(boolean shown, String message, List<GradeRow> rows, List<String> warnings,
        String counted, String chartHtml) {

    private static final int WIDTH = 560;
    private static final int LEFT = 130;
    private static final int RIGHT = 480;
    private static final int BAR = 26;
    private static final int GAP = 12;
    private static final int TOP = 12;

    /** Copies the lists. */
    public GradeDistributionView {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /**
     * One grade.
     *
     * @param name the grade's name
     * @param count how many people have it
     * @param share their share of the people graded ("40 %"), or a dash when nobody is graded
     * @param guidance the scheme's guided maximum ("≤ 20 %"), or empty
     * @param lozenge the AUI lozenge class of the grade
     */
    public record GradeRow(String name, int count, String share, String guidance, String lozenge) {
    }

    /** The view of what the distribution service answered; a refusal (403) is a note, not an error. */
    public static GradeDistributionView of(Outcome<Distribution> found, Translator i18n, Locale locale) {
        if (!found.isSuccess()) {
            Violation first = found.violations().get(0);
            String message = found.failure() == Failure.FORBIDDEN
                    ? i18n.text("cascade.appraisal.page.distribution.managers-only")
                    : i18n.message(first);
            return new GradeDistributionView(false, message, List.of(), List.of(), "", "");
        }
        Distribution distribution = found.value();
        GradeDistribution grades = distribution.grades();
        List<GradeRow> rows = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            Weight max = distribution.guidance().get(grade);
            rows.add(new GradeRow(i18n.text(grade.i18nKey()), grades.counts().get(grade),
                    grades.share(grade).map(s -> LocaleFormats.percent(s, locale, i18n)).orElse("\u2013"),
                    max == null ? "" : i18n.text("cascade.appraisal.page.distribution.at-most",
                            LocaleFormats.percent(max.percent(), locale, i18n)), lozenge(grade)));
        }
        List<String> warnings = grades.warnings().stream().map(i18n::message).toList();
        String counted = i18n.text(distribution.everyone() ? "cascade.appraisal.page.distribution.everyone"
                : "cascade.appraisal.page.distribution.yours", String.valueOf(grades.graded()),
                String.valueOf(grades.incomplete()));
        return new GradeDistributionView(true, "", rows, warnings, counted, chart(distribution, rows, i18n));
    }

    /** The AUI lozenge of a grade: success for the best, the default for the lowest. */
    public static String lozenge(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> "aui-lozenge-success";
            case GOOD -> "aui-lozenge-current";
            case PASS -> "aui-lozenge-complete";
            case NEEDS_IMPROVEMENT -> "aui-lozenge-removed";
        };
    }

    private static String chart(Distribution distribution, List<GradeRow> rows, Translator i18n) {
        GradeDistribution grades = distribution.grades();
        int most = 1;
        for (Grade grade : Grade.values()) {
            most = Math.max(most, grades.counts().get(grade));
        }
        int height = TOP * 2 + rows.size() * (BAR + GAP);
        SvgWriter svg = new SvgWriter();
        String title = i18n.text("cascade.appraisal.page.distribution.chart");
        StringBuilder description = new StringBuilder();
        for (GradeRow row : rows) {
            description.append(description.length() == 0 ? "" : "; ").append(i18n.text(
                    "cascade.appraisal.page.distribution.bar", row.name(), String.valueOf(row.count()), row.share()));
        }
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "cascade-chart cascade-chart-grades",
                "role", "img", "aria-labelledby", "cascade-grades-title cascade-grades-desc", "viewBox",
                "0 0 " + WIDTH + " " + height, "width", String.valueOf(WIDTH), "height", String.valueOf(height),
                "font-family", "sans-serif", "font-size", "12");
        svg.text("title", title, "id", "cascade-grades-title");
        svg.text("desc", description.toString(), "id", "cascade-grades-desc");
        svg.empty("rect", "x", "0", "y", "0", "width", String.valueOf(WIDTH), "height", String.valueOf(height),
                "fill", "#FFFFFF");
        int i = 0;
        for (Grade grade : Grade.values()) {
            GradeRow row = rows.get(i);
            double y = TOP + i * (BAR + GAP);
            double width = (RIGHT - LEFT) * (double) grades.counts().get(grade) / most;
            svg.open("g", "class", "cascade-chart-grade cascade-chart-grade-" + grade.code(), "aria-hidden", "true");
            svg.text("text", row.name(), "x", SvgWriter.number(LEFT - 8), "y", SvgWriter.number(y + BAR / 2.0 + 4),
                    "text-anchor", "end", "fill", "#172B4D");
            svg.empty("rect", "x", String.valueOf(LEFT), "y", SvgWriter.number(y), "width",
                    SvgWriter.number(RIGHT - LEFT), "height", String.valueOf(BAR), "fill", "#F4F5F7");
            svg.empty("rect", "class", "cascade-chart-bar", "x", String.valueOf(LEFT), "y", SvgWriter.number(y),
                    "width", SvgWriter.number(width), "height", String.valueOf(BAR), "fill", colour(grade));
            Weight max = distribution.guidance().get(grade);
            if (max != null && grades.graded() > 0) {
                // The guided maximum share, as the count it allows among the people graded.
                double allowed = max.percent().doubleValue() / 100 * grades.graded();
                double x = LEFT + Math.min(RIGHT - LEFT, (RIGHT - LEFT) * allowed / most);
                svg.empty("line", "class", "cascade-chart-guidance", "x1", SvgWriter.number(x), "y1",
                        SvgWriter.number(y - 3), "x2", SvgWriter.number(x), "y2", SvgWriter.number(y + BAR + 3),
                        "stroke", "#BF2600", "stroke-width", "2", "stroke-dasharray", "3 2");
            }
            svg.text("text", row.count() + " \u00b7 " + row.share(), "x", SvgWriter.number(RIGHT + 8), "y",
                    SvgWriter.number(y + BAR / 2.0 + 4), "fill", "#172B4D");
            svg.close();
            i++;
        }
        return svg.close().markup();
    }

    private static String colour(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> "#00875A";
            case GOOD -> "#0052CC";
            case PASS -> "#6554C0";
            case NEEDS_IMPROVEMENT -> "#DE350B";
        };
    }

    /** Whether the chart shows any person (otherwise the tab says nobody is graded yet). */
    public boolean anyone() {
        return rows.stream().anyMatch(r -> r.count() > 0);
    }
}
