package dev.cascade.okr.web.chart;

import dev.cascade.okr.web.Translator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A key result's or goal's plan against its actuals over a period, as SVG written on the server: the planned line
 * (dashed), the actual line, the floor, target and stretch as labelled guide lines, dates and values on the axes in
 * the reader's language, a legend, and a {@code <title>} and {@code <desc>} that say in words what the chart shows
 * (the period, the latest planned and actual values, the lowest and highest, the tiers and the unit) for screen
 * readers and for anyone who cannot see colour.
 *
 * <p>It draws the numbers it is given (see {@link PlanActualData}) and computes no rule. A series longer than
 * {@value Downsampling#MAX_POINTS} points is thinned for drawing, keeping its first, last, lowest and highest points;
 * the words always speak of the full series. With no history and no plan it is a "no history yet" chart, not an empty
 * box. The markup is deterministic and holds no script and no {@code style} attribute; every text is escaped, so
 * {@link #svgHtml()} may be inserted into a page as it is.
 *
 * @param title the chart's title as plain text (to be escaped where it is shown), e.g. for a caption
 * @param description what the chart shows, in words, as plain text (to be escaped where it is shown)
 * @param svgHtml the chart as an SVG element, ready to be placed in an HTML page or a Confluence export as it is: every
 *     text in it is already escaped, so the hosts' renderers rightly leave a method named {@code ...Html} unescaped
 */
public record PlanActualChart(String title, String description, String svgHtml) {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    static final double LEFT = 72;
    static final double RIGHT = 500;
    static final double TOP = 30;
    static final double BOTTOM = 232;
    private static final int MARKED_POINTS = 31;
    private static final double TIER_LABEL_GAP = 13;
    private static final int UNIT_SHOWN = 40;

    /** The chart of {@code data}, labelled through {@code i18n} in the reader's language. */
    public static PlanActualChart of(PlanActualData data, Translator i18n) {
        Objects.requireNonNull(data, "data");
        ChartText text = new ChartText(Objects.requireNonNull(i18n, "i18n"));
        String title = data.title().isBlank() ? text.text("cascade.chart.title.plain")
                : text.text("cascade.chart.title", data.title());
        String description = describe(data, text);
        return new PlanActualChart(title, description, new Drawing(data, text).draw(title, description));
    }

    private static String describe(PlanActualData data, ChartText text) {
        List<String> sentences = new ArrayList<>();
        sentences.add(text.text("cascade.chart.desc.range", text.date(data.from()), text.date(data.to())));
        if (data.planned().isEmpty() && data.actual().isEmpty()) {
            sentences.add(text.text("cascade.chart.empty"));
            sentences.add(text.text("cascade.chart.empty.hint"));
        }
        if (!data.planned().isEmpty()) {
            ChartPoint last = data.planned().get(data.planned().size() - 1);
            sentences.add(text.text("cascade.chart.desc.plan", ChartText.number(last.value()),
                    text.date(last.day())));
        }
        if (!data.actual().isEmpty()) {
            ChartPoint last = data.actual().get(data.actual().size() - 1);
            sentences.add(text.text("cascade.chart.desc.actual", ChartText.number(last.value()),
                    text.date(last.day())));
            if (data.actual().size() > 1) {
                BigDecimal low = data.actual().stream().map(ChartPoint::value).min(Comparator.naturalOrder())
                        .orElseThrow();
                BigDecimal high = data.actual().stream().map(ChartPoint::value).max(Comparator.naturalOrder())
                        .orElseThrow();
                sentences.add(text.text("cascade.chart.desc.actual-range", ChartText.number(low),
                        ChartText.number(high)));
            }
        } else if (!data.planned().isEmpty()) {
            sentences.add(text.text("cascade.chart.no-actual"));
        }
        for (Tier tier : Tier.of(data.tiers())) {
            sentences.add(text.text("cascade.chart.desc." + tier.name(), ChartText.number(tier.value())));
        }
        if (!data.unit().isBlank()) {
            sentences.add(text.text("cascade.chart.desc.unit", data.unit()));
        }
        return String.join(" ", sentences);
    }

    /** A guide line: its name (floor, target, stretch) and value. */
    private record Tier(String name, BigDecimal value) {
        static List<Tier> of(ChartTiers tiers) {
            List<Tier> list = new ArrayList<>();
            if (tiers.floor() != null) {
                list.add(new Tier("floor", tiers.floor()));
            }
            if (tiers.target() != null) {
                list.add(new Tier("target", tiers.target()));
            }
            if (tiers.stretch() != null) {
                list.add(new Tier("stretch", tiers.stretch()));
            }
            return list;
        }
    }

    /** One chart being drawn: the axes fitted to the data, then the layers from back to front. */
    private static final class Drawing {

        private final PlanActualData data;
        private final ChartText text;
        private final String id;
        private final LocalDate first;
        private final long span;
        private final List<ChartPoint> planned;
        private final List<ChartPoint> actual;
        private final List<Tier> tiers;
        private final ValueScale scale;
        private final double left;
        private final double right;
        private final SvgWriter svg = new SvgWriter();

        Drawing(PlanActualData data, ChartText text) {
            this.data = data;
            this.text = text;
            this.id = "cascade-chart-" + data.chartId();
            this.planned = Downsampling.keep(data.planned(), Downsampling.MAX_POINTS);
            this.actual = Downsampling.keep(data.actual(), Downsampling.MAX_POINTS);
            this.tiers = Tier.of(data.tiers());
            LocalDate start = data.from();
            LocalDate end = data.to();
            BigDecimal min = BigDecimal.ZERO;
            BigDecimal max = BigDecimal.ZERO;
            List<ChartPoint> all = new ArrayList<>(data.planned());
            all.addAll(data.actual());
            for (ChartPoint point : all) {
                start = point.day().isBefore(start) ? point.day() : start;
                end = point.day().isAfter(end) ? point.day() : end;
                min = min.min(point.value());
                max = max.max(point.value());
            }
            if (!all.isEmpty()) {
                for (Tier tier : tiers) {
                    min = min.min(tier.value());
                    max = max.max(tier.value());
                }
            }
            this.first = start;
            this.span = ChronoUnit.DAYS.between(start, end);
            this.scale = ValueScale.of(min, max);
            // Room for the widest value label on the left and the widest tier label on the right.
            double widestValue = all.isEmpty() ? 0 : scale.ticks().stream()
                    .mapToDouble(tick -> textWidth(ChartText.number(tick))).max().orElse(0);
            double widestTier = all.isEmpty() ? 0 : tiers.stream().mapToDouble(tier -> textWidth(
                    text.text("cascade.chart.tier." + tier.name(), ChartText.number(tier.value())))).max().orElse(0);
            this.left = Math.max(LEFT, 14 + widestValue);
            this.right = Math.min(RIGHT, WIDTH - 10 - widestTier);
        }

        String draw(String title, String description) {
            svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "cascade-chart cascade-chart-plan-actual",
                    "role", "img", "aria-labelledby", id + "-title " + id + "-desc", "viewBox",
                    "0 0 " + WIDTH + " " + HEIGHT, "width", String.valueOf(WIDTH), "height", String.valueOf(HEIGHT),
                    "font-family", "sans-serif", "font-size", "12");
            svg.text("title", title, "id", id + "-title");
            svg.text("desc", description, "id", id + "-desc");
            svg.empty("rect", "class", "cascade-chart-background", "x", "0", "y", "0", "width",
                    String.valueOf(WIDTH), "height", String.valueOf(HEIGHT), "fill", "#FFFFFF");
            boolean empty = data.planned().isEmpty() && data.actual().isEmpty();
            if (!data.unit().isBlank()) {
                svg.text("text", text.text("cascade.chart.unit", shortened(data.unit())), "class", "cascade-chart-unit",
                        "x", "8", "y", "16", "fill", "#5E6C84");
            }
            if (empty) {
                drawEmpty();
            } else {
                drawValueAxis();
                drawTiers();
                drawSeries("plan", planned, "#6B778C", "6 4", "2");
                drawSeries("actual", actual, "#0052CC", null, "2.5");
                if (data.actual().isEmpty()) {
                    svg.text("text", text.text("cascade.chart.no-actual"), "class", "cascade-chart-message",
                            "x", SvgWriter.number(left + 8), "y", SvgWriter.number(TOP + 16), "fill", "#5E6C84");
                }
                drawLegend();
            }
            drawDateAxis();
            svg.close();
            return svg.markup();
        }

        private void drawEmpty() {
            svg.empty("rect", "class", "cascade-chart-frame", "x", SvgWriter.number(left), "y",
                    SvgWriter.number(TOP), "width", SvgWriter.number(right - left), "height",
                    SvgWriter.number(BOTTOM - TOP), "fill", "#F4F5F7", "stroke", "#DFE1E6");
            double middle = (left + right) / 2;
            double centre = (TOP + BOTTOM) / 2;
            svg.text("text", text.text("cascade.chart.empty"), "class", "cascade-chart-message", "x",
                    SvgWriter.number(middle), "y", SvgWriter.number(centre - 6), "text-anchor", "middle",
                    "font-size", "14", "font-weight", "bold", "fill", "#42526E");
            svg.text("text", text.text("cascade.chart.empty.hint"), "class", "cascade-chart-hint", "x",
                    SvgWriter.number(middle), "y", SvgWriter.number(centre + 14), "text-anchor", "middle",
                    "font-size", "11", "fill", "#5E6C84");
        }

        private void drawValueAxis() {
            svg.open("g", "class", "cascade-chart-value-axis", "aria-hidden", "true");
            for (BigDecimal tick : scale.ticks()) {
                String y = SvgWriter.number(y(tick));
                boolean zero = tick.signum() == 0;
                svg.empty("line", "class", zero ? "cascade-chart-zero" : "cascade-chart-grid", "x1",
                        SvgWriter.number(left), "y1", y, "x2", SvgWriter.number(right), "y2", y, "stroke",
                        zero ? "#97A0AF" : "#EBECF0", "stroke-width", "1");
                svg.text("text", ChartText.number(tick), "class", "cascade-chart-label", "x",
                        SvgWriter.number(left - 6), "y", SvgWriter.number(y(tick) + 4), "text-anchor", "end",
                        "fill", "#5E6C84");
            }
            svg.close();
        }

        private void drawTiers() {
            if (tiers.isEmpty()) {
                return;
            }
            svg.open("g", "class", "cascade-chart-tiers", "aria-hidden", "true");
            List<Tier> byHeight = new ArrayList<>(tiers);
            byHeight.sort(Comparator.comparing(Tier::value).reversed());
            double labelY = Double.NEGATIVE_INFINITY;
            for (Tier tier : byHeight) {
                double y = y(tier.value());
                String colour = colourOf(tier.name());
                svg.empty("line", "class", "cascade-chart-tier cascade-chart-tier-" + tier.name(), "x1",
                        SvgWriter.number(left), "y1", SvgWriter.number(y), "x2", SvgWriter.number(right), "y2",
                        SvgWriter.number(y), "stroke", colour, "stroke-width", "1", "stroke-dasharray", "2 3");
                labelY = Math.max(y + 4, labelY + TIER_LABEL_GAP);
                svg.text("text", text.text("cascade.chart.tier." + tier.name(), ChartText.number(tier.value())),
                        "class", "cascade-chart-tier-label cascade-chart-tier-label-" + tier.name(), "x",
                        SvgWriter.number(right + 6), "y", SvgWriter.number(labelY), "fill", colour);
            }
            svg.close();
        }

        private static String colourOf(String tier) {
            return switch (tier) {
                case "floor" -> "#B65C02";
                case "target" -> "#006644";
                default -> "#5243AA";
            };
        }

        private void drawSeries(String name, List<ChartPoint> points, String colour, String dashes, String width) {
            if (points.isEmpty()) {
                return;
            }
            svg.open("g", "class", "cascade-chart-series cascade-chart-" + name, "aria-hidden", "true");
            if (points.size() > 1) {
                StringBuilder path = new StringBuilder();
                for (ChartPoint point : points) {
                    path.append(path.length() == 0 ? "" : " ").append(SvgWriter.number(x(point.day()))).append(',')
                            .append(SvgWriter.number(y(point.value())));
                }
                svg.empty("polyline", "class", "cascade-chart-line", "points", path.toString(), "fill", "none",
                        "stroke", colour, "stroke-width", width, "stroke-dasharray", dashes, "stroke-linejoin",
                        "round", "stroke-linecap", "round");
            }
            List<ChartPoint> marked = points.size() <= MARKED_POINTS ? points
                    : List.of(points.get(points.size() - 1));
            for (ChartPoint point : marked) {
                svg.empty("circle", "class", "cascade-chart-point", "cx", SvgWriter.number(x(point.day())), "cy",
                        SvgWriter.number(y(point.value())), "r", "3", "fill", colour);
            }
            svg.close();
        }

        private void drawDateAxis() {
            svg.open("g", "class", "cascade-chart-date-axis", "aria-hidden", "true");
            svg.empty("line", "class", "cascade-chart-axis", "x1", SvgWriter.number(left), "y1",
                    SvgWriter.number(BOTTOM), "x2", SvgWriter.number(right), "y2", SvgWriter.number(BOTTOM),
                    "stroke", "#C1C7D0", "stroke-width", "1");
            for (LocalDate day : dateTicks()) {
                String x = SvgWriter.number(x(day));
                svg.empty("line", "class", "cascade-chart-tick", "x1", x, "y1", SvgWriter.number(BOTTOM), "x2", x,
                        "y2", SvgWriter.number(BOTTOM + 4), "stroke", "#C1C7D0", "stroke-width", "1");
                svg.text("text", text.date(day), "class", "cascade-chart-label", "x", x, "y",
                        SvgWriter.number(BOTTOM + 18), "text-anchor", "middle", "fill", "#5E6C84");
            }
            svg.close();
        }

        private List<LocalDate> dateTicks() {
            if (span == 0) {
                return List.of(first);
            }
            // At most five dates, fewer when the language's dates are too wide to stand apart.
            double widest = Math.max(textWidth(text.date(first)), textWidth(text.date(first.plusDays(span))));
            int fit = 1 + (int) ((right - left) / (widest + 12));
            int count = (int) Math.max(2, Math.min(Math.min(5, span + 1), fit));
            List<LocalDate> days = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                LocalDate day = first.plusDays(Math.round((double) span * i / (count - 1)));
                if (days.isEmpty() || !days.get(days.size() - 1).equals(day)) {
                    days.add(day);
                }
            }
            return days;
        }

        private void drawLegend() {
            svg.open("g", "class", "cascade-chart-legend", "aria-hidden", "true");
            double x = left;
            double y = HEIGHT - 18;
            if (!planned.isEmpty()) {
                x = legendItem(x, y, "plan", "#6B778C", "6 4", text.text("cascade.chart.legend.plan"));
            }
            if (!actual.isEmpty()) {
                legendItem(x, y, "actual", "#0052CC", null, text.text("cascade.chart.legend.actual"));
            }
            svg.close();
        }

        private double legendItem(double x, double y, String name, String colour, String dashes, String label) {
            svg.empty("line", "class", "cascade-chart-legend-" + name, "x1", SvgWriter.number(x), "y1",
                    SvgWriter.number(y - 4), "x2", SvgWriter.number(x + 24), "y2", SvgWriter.number(y - 4),
                    "stroke", colour, "stroke-width", "2", "stroke-dasharray", dashes);
            svg.text("text", label, "class", "cascade-chart-legend-label", "x", SvgWriter.number(x + 30), "y",
                    SvgWriter.number(y), "fill", "#42526E");
            return x + 30 + textWidth(label) + 20;
        }

        /** The unit as drawn: at most {@value PlanActualChart#UNIT_SHOWN} characters (the words say it whole). */
        private static String shortened(String unit) {
            return unit.codePointCount(0, unit.length()) <= UNIT_SHOWN ? unit
                    : unit.substring(0, unit.offsetByCodePoints(0, UNIT_SHOWN - 1)) + "\u2026";
        }

        /** About how wide a label is at 12 pixels: wide characters (CJK) twice a narrow one. */
        private static double textWidth(String label) {
            return label.codePoints().mapToDouble(c -> c > 0x2E80 ? 12 : 7).sum();
        }

        private double x(LocalDate day) {
            if (span == 0) {
                return (left + right) / 2;
            }
            return left + (right - left) * ChronoUnit.DAYS.between(first, day) / span;
        }

        private double y(BigDecimal value) {
            return BOTTOM - (BOTTOM - TOP) * scale.share(value);
        }
    }
}
