package dev.cascade.okr.web.chart;

import static dev.cascade.okr.web.chart.ChartFixtures.CHINESE;
import static dev.cascade.okr.web.chart.ChartFixtures.ENGLISH;
import static dev.cascade.okr.web.chart.ChartFixtures.PAYLOADS;
import static dev.cascade.okr.web.chart.ChartFixtures.data;
import static dev.cascade.okr.web.chart.ChartFixtures.parse;
import static dev.cascade.okr.web.chart.ChartFixtures.point;
import static dev.cascade.okr.web.chart.ChartFixtures.textOf;
import static dev.cascade.okr.web.chart.ChartFixtures.texts;
import static dev.cascade.okr.web.chart.ChartFixtures.yearPlan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.Test;
import org.w3c.dom.Document;

/** The chart's words in both languages, and whatever a person typed shown as inert text. */
public class PlanActualChartTextTest {

    private static final ChartTiers TIERS = new ChartTiers(new BigDecimal("1000"), new BigDecimal("1234.5"),
            new BigDecimal("1500"));
    private static final PlanActualData SAMPLE = data("Grow subscription revenue", "k\u00a5", List.of(
            point("2026-01-01", "0"), point("2026-06-30", "600"), point("2026-12-31", "1234.5")), List.of(
            point("2026-01-01", "0"), point("2026-06-30", "550"), point("2026-12-07", "1100.25")), TIERS);

    @Test
    public void shouldSayEverythingInEnglishWhenTheReaderReadsEnglish() {
        PlanActualChart chart = PlanActualChart.of(SAMPLE, ENGLISH);
        Document svg = parse(chart.svgHtml());

        assertEquals("Grow subscription revenue: plan against actual", textOf(svg, "title"));
        assertEquals("From 1 Jan 2026 to 31 Dec 2026. Planned: 1,234.5 by 31 Dec 2026. Actual: 1,100.25 on "
                + "7 Dec 2026. Lowest actual 0, highest 1,100.25. Floor: 1,000. Target: 1,234.5. Stretch: 1,500. "
                + "Values in k\u00a5.", textOf(svg, "desc"));
        assertEquals(List.of("Plan", "Actual"), texts(svg, "cascade-chart-legend-label"));
        assertEquals(List.of("Stretch 1,500", "Target 1,234.5", "Floor 1,000"), texts(svg,
                "cascade-chart-tier-label"));
        assertEquals(List.of("Unit: k\u00a5"), texts(svg, "cascade-chart-unit"));
        assertTrue(texts(svg, "cascade-chart-label").containsAll(List.of("1,500", "1 Jan 2026", "31 Dec 2026")));
    }

    @Test
    public void shouldSayEverythingInChineseWhenTheReaderReadsChinese() {
        PlanActualChart chart = PlanActualChart.of(SAMPLE, CHINESE);
        Document svg = parse(chart.svgHtml());

        assertEquals("Grow subscription revenue\uff1a\u8ba1\u5212\u4e0e\u5b9e\u9645", textOf(svg, "title"));
        assertTrue(textOf(svg, "desc"), textOf(svg, "desc").startsWith(
                "\u4ece 2026\u5e741\u67081\u65e5 \u5230 2026\u5e7412\u670831\u65e5\u3002"));
        assertTrue(textOf(svg, "desc"), textOf(svg, "desc").contains(
                "\u5b9e\u9645\uff1a2026\u5e7412\u67087\u65e5 \u4e3a 1,100.25\u3002"));
        assertEquals(List.of("\u8ba1\u5212", "\u5b9e\u9645"), texts(svg, "cascade-chart-legend-label"));
        assertEquals(List.of("\u6311\u6218 1,500", "\u76ee\u6807 1,234.5", "\u4fdd\u5e95 1,000"), texts(svg,
                "cascade-chart-tier-label"));
        assertTrue(texts(svg, "cascade-chart-label").contains("2026\u5e7412\u670831\u65e5"));
        assertFalse(chart.svgHtml().contains("Plan"));
    }

    @Test
    public void shouldSayThereIsNoHistoryYetWhenThereIsNothingToDraw() {
        PlanActualData empty = data("", "", List.of(), List.of(), ChartTiers.none());

        Document english = parse(PlanActualChart.of(empty, ENGLISH).svgHtml());
        assertEquals("Plan against actual", textOf(english, "title"));
        assertEquals(List.of("No history yet"), texts(english, "cascade-chart-message"));
        assertEquals("From 1 Jan 2026 to 31 Dec 2026. No history yet The first point appears after the next daily "
                + "snapshot or check-in.", textOf(english, "desc"));
        Document chinese = parse(PlanActualChart.of(empty, CHINESE).svgHtml());
        assertEquals(List.of("\u5c1a\u65e0\u5386\u53f2\u8bb0\u5f55"), texts(chinese, "cascade-chart-message"));
    }

    @Test
    public void shouldShortenALongUnitOnTheChartWhenTheWordsKeepItWhole() {
        String unit = "story points of the web shop team in the checkout epic and beyond";
        Document svg = parse(PlanActualChart.of(data("Long unit", unit, yearPlan(), List.of(), ChartTiers.none()),
                ENGLISH).svgHtml());

        assertEquals(List.of("Unit: story points of the web shop team in th\u2026"), texts(svg, "cascade-chart-unit"));
        assertTrue(textOf(svg, "desc").endsWith("Values in " + unit + "."));
    }

    @Test
    public void shouldShowTypedTextAsInertTextWhenTitleOrUnitHoldsMarkup() {
        for (String payload : PAYLOADS) {
            for (var i18n : List.of(ENGLISH, CHINESE)) {
                PlanActualData data = new PlanActualData(payload, payload, payload, SAMPLE.from(), SAMPLE.to(),
                        yearPlan(), List.of(point("2026-12-07", "45")), TIERS);
                PlanActualChart chart = PlanActualChart.of(data, i18n);
                String markup = chart.svgHtml();
                Document svg = parse(markup);

                String shown = SvgWriter.escape(payload).replace("&quot;", "\"").replace("&#39;", "'")
                        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
                assertTrue(payload, textOf(svg, "title").contains(shown));
                assertTrue(payload, textOf(svg, "desc").contains(shown));
                assertTrue(payload, texts(svg, "cascade-chart-unit").get(0).contains(shown));
                assertFalse(payload, markup.contains("<script") || markup.contains("<img")
                        || markup.contains("<svg onload") || markup.contains("]]>"));
                assertTrue(payload, svg.getDocumentElement().getAttribute("aria-labelledby")
                        .matches("cascade-chart-[A-Za-z0-9_-]+-title cascade-chart-[A-Za-z0-9_-]+-desc"));
            }
        }
    }
}
