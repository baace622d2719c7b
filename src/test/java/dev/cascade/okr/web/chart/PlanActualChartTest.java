package dev.cascade.okr.web.chart;

import static dev.cascade.okr.web.chart.ChartFixtures.CHINESE;
import static dev.cascade.okr.web.chart.ChartFixtures.ENGLISH;
import static dev.cascade.okr.web.chart.ChartFixtures.daily;
import static dev.cascade.okr.web.chart.ChartFixtures.data;
import static dev.cascade.okr.web.chart.ChartFixtures.day;
import static dev.cascade.okr.web.chart.ChartFixtures.elements;
import static dev.cascade.okr.web.chart.ChartFixtures.inSeries;
import static dev.cascade.okr.web.chart.ChartFixtures.parse;
import static dev.cascade.okr.web.chart.ChartFixtures.point;
import static dev.cascade.okr.web.chart.ChartFixtures.texts;
import static dev.cascade.okr.web.chart.ChartFixtures.yearPlan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One row per situation a chart must draw sensibly, each checked in both languages: well-formed, labelled SVG
 * without script or style, the same bytes every time, every point inside the plot, and the row's own promise.
 */
@RunWith(Parameterized.class)
public class PlanActualChartTest {

    private static final ChartTiers TIERS = new ChartTiers(new BigDecimal("40"), new BigDecimal("54"),
            new BigDecimal("60"));

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"plan and actuals with tiers", data("Close 54 issues", "issues", yearPlan(),
                    List.of(point("2026-03-31", "10"), point("2026-06-30", "30"), point("2026-12-07", "45")),
                    TIERS),
                (Consumer<Document>) svg -> {
                    assertEquals(2, elements(svg, "polyline", null).size());
                    assertEquals(3, elements(svg, "line", "cascade-chart-tier").size());
                    assertEquals(2, elements(svg, "text", "cascade-chart-legend-label").size());
                }},
            {"no data at all", data("Close 54 issues", "issues", List.of(), List.of(), TIERS),
                (Consumer<Document>) svg -> {
                    assertEquals(0, elements(svg, "polyline", null).size());
                    assertEquals(0, elements(svg, "circle", null).size());
                    assertEquals(1, elements(svg, "rect", "cascade-chart-frame").size());
                    assertEquals(1, texts(svg, "cascade-chart-message").size());
                    assertEquals(1, texts(svg, "cascade-chart-hint").size());
                }},
            {"a plan but no actual yet", data("Close 54 issues", "", yearPlan(), List.of(), ChartTiers.none()),
                (Consumer<Document>) svg -> {
                    assertEquals(1, inSeries(svg, "plan", "polyline").size());
                    assertEquals(0, inSeries(svg, "actual", "circle").size());
                    assertEquals(1, texts(svg, "cascade-chart-message").size());
                }},
            {"one actual point", data("One", "", List.of(), List.of(point("2026-06-01", "3")), ChartTiers.none()),
                (Consumer<Document>) svg -> {
                    assertEquals(0, inSeries(svg, "actual", "polyline").size());
                    assertEquals(1, inSeries(svg, "actual", "circle").size());
                }},
            {"all values zero", data("Zero", "", List.of(point("2026-01-01", "0"), point("2026-12-31", "0")),
                    List.of(point("2026-02-01", "0"), point("2026-03-01", "0.000")), ChartTiers.none()),
                (Consumer<Document>) svg -> assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1"),
                        texts(svg, "cascade-chart-label").subList(0, 6))},
            {"actual above stretch", data("Over", "", yearPlan(), List.of(point("2026-12-07", "1234.5")), TIERS),
                (Consumer<Document>) svg -> assertEquals(List.of("0", "500", "1,000", "1,500"),
                        texts(svg, "cascade-chart-label").subList(0, 4))},
            {"negative values and deviation below plan", data("Defects", "defects",
                    List.of(point("2026-01-01", "0"), point("2026-12-31", "-30")),
                    List.of(point("2026-03-01", "5"), point("2026-06-01", "-12.5")),
                    new ChartTiers(new BigDecimal("-20"), new BigDecimal("-30"), new BigDecimal("-35"))),
                (Consumer<Document>) svg -> {
                    assertEquals(1, elements(svg, "line", "cascade-chart-zero").size());
                    assertTrue(texts(svg, "cascade-chart-label").contains("-40"));
                }},
            {"a period of one day", new PlanActualData("day", "Day", "", day("2026-12-07"), day("2026-12-07"),
                    List.of(), List.of(point("2026-12-07", "5")), ChartTiers.none()),
                (Consumer<Document>) svg -> {
                    assertEquals("286.0", inSeries(svg, "actual", "circle").get(0).getAttribute("cx"));
                    assertEquals(1, elements(svg, "line", "cascade-chart-tick").size());
                }},
            {"three years of daily values", data("Long", "", List.of(), daily(1098, 5000), ChartTiers.none()),
                (Consumer<Document>) svg -> {
                    String[] points = inSeries(svg, "actual", "polyline").get(0).getAttribute("points").split(" ");
                    assertTrue(points.length + " points", points.length <= Downsampling.MAX_POINTS);
                    assertEquals(PlanActualChart.RIGHT + "," + PlanActualChart.TOP, points[points.length - 1]);
                    assertEquals(1, inSeries(svg, "actual", "circle").size());
                }},
            {"values near the largest amount leave room for their labels", data("Huge", "", List.of(),
                    List.of(point("2026-06-01", "999999999999999.5")), new ChartTiers(null,
                    new BigDecimal("1000000000000000"), null)),
                (Consumer<Document>) svg -> {
                    Element zero = elements(svg, "line", "cascade-chart-zero").get(0);
                    double left = Double.parseDouble(zero.getAttribute("x1"));
                    double right = Double.parseDouble(zero.getAttribute("x2"));
                    assertTrue("plot starts at " + left, left >= 14 + 7 * "1,000,000,000,000,000".length());
                    String tier = texts(svg, "cascade-chart-tier-label").get(0);
                    double width = tier.codePoints().mapToDouble(c -> c > 0x2E80 ? 12 : 7).sum();
                    assertTrue(tier + ": plot ends at " + right, right + 6 + width <= PlanActualChart.WIDTH - 4);
                }},
            {"points outside the period stretch the axis", data("Out", "", List.of(),
                    List.of(point("2025-12-01", "1"), point("2027-02-01", "2")), ChartTiers.none()),
                (Consumer<Document>) svg -> {
                    List<Element> circles = inSeries(svg, "actual", "circle");
                    assertEquals(PlanActualChart.LEFT, Double.parseDouble(circles.get(0).getAttribute("cx")), 0);
                    assertEquals(PlanActualChart.RIGHT, Double.parseDouble(circles.get(1).getAttribute("cx")), 0);
                }},
        });
    }

    private final PlanActualData data;
    private final Consumer<Document> promise;

    public PlanActualChartTest(String name, PlanActualData data, Consumer<Document> promise) {
        this.data = data;
        this.promise = promise;
    }

    @Test
    public void shouldDrawWellFormedLabelledSvgWhenRenderedInEitherLanguage() {
        for (var i18n : List.of(ENGLISH, CHINESE)) {
            PlanActualChart chart = PlanActualChart.of(data, i18n);
            Document svg = parse(chart.svgHtml());
            assertEquals(chart.title(), ChartFixtures.textOf(svg, "title"));
            assertEquals(chart.description(), ChartFixtures.textOf(svg, "desc"));
            promise.accept(svg);
        }
    }

    @Test
    public void shouldGiveTheSameBytesWhenTheSameNumbersAreDrawnAgain() {
        PlanActualData copy = new PlanActualData(data.chartId(), data.title(), data.unit(), data.from(), data.to(),
                List.copyOf(data.planned()), List.copyOf(data.actual()), data.tiers());
        assertEquals(PlanActualChart.of(data, ENGLISH).svgHtml(), PlanActualChart.of(copy, ENGLISH).svgHtml());
        assertEquals(PlanActualChart.of(data, CHINESE).svgHtml(), PlanActualChart.of(copy, CHINESE).svgHtml());
    }

    @Test
    public void shouldKeepEveryPointInsideThePlotWhenValuesAreExtreme() {
        Document svg = parse(PlanActualChart.of(data, ENGLISH).svgHtml());
        for (Element circle : elements(svg, "circle", null)) {
            double x = Double.parseDouble(circle.getAttribute("cx"));
            double y = Double.parseDouble(circle.getAttribute("cy"));
            assertTrue("x " + x, x >= PlanActualChart.LEFT && x <= PlanActualChart.RIGHT);
            assertTrue("y " + y, y >= PlanActualChart.TOP && y <= PlanActualChart.BOTTOM);
        }
        for (Element line : elements(svg, "polyline", null)) {
            for (String xy : line.getAttribute("points").split(" ")) {
                double y = Double.parseDouble(xy.split(",")[1]);
                assertTrue("y " + y, y >= PlanActualChart.TOP && y <= PlanActualChart.BOTTOM);
            }
        }
        assertFalse(PlanActualChart.of(data, ENGLISH).svgHtml().contains("NaN"));
    }
}
