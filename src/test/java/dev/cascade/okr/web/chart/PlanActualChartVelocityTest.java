package dev.cascade.okr.web.chart;

import static dev.cascade.okr.web.chart.ChartFixtures.ENGLISH;
import static dev.cascade.okr.web.chart.ChartFixtures.data;
import static dev.cascade.okr.web.chart.ChartFixtures.parse;
import static dev.cascade.okr.web.chart.ChartFixtures.point;
import static dev.cascade.okr.web.chart.ChartFixtures.yearPlan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.devhost.render.DevVelocityRenderer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * The chart placed in a page through the dev host's Velocity renderer, which escapes as Jira's and Confluence's
 * renderers do: {@code svgHtml()} is trusted by its name and inserted as it is, while the chart's plain texts and
 * anything else the template prints are escaped. The one template lives in this test, not in the plugin.
 */
public class PlanActualChartVelocityTest {

    private static final String TEMPLATE_PATH = "templates/test/chart.vm";
    private static final String TEMPLATE = "<figure class=\"cascade-chart-figure\">$chart.svgHtml()"
            + "<figcaption>$chart.title()</figcaption><p>$chart.description()</p></figure><span>$note</span>";
    private static final String CHART = PlanActualChart.class.getName();
    private static final String PAYLOAD = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";

    @Test
    public void shouldInsertTheSvgAsItIsAndEscapeEverythingElseWhenRenderedByTheHostsRenderer() {
        PlanActualChart chart = PlanActualChart.of(data(PAYLOAD, "", yearPlan(),
                List.of(point("2026-12-07", "45")), ChartTiers.none()), ENGLISH);
        DevVelocityRenderer renderer = new DevVelocityRenderer(new OneTemplate(),
                List.of(CHART + "#svgHtml()", CHART + "#title()", CHART + "#description()"), List.of());

        String html = renderer.render(TEMPLATE_PATH, Map.of("chart", chart, "note", PAYLOAD));

        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length());
        assertEquals(chart.svgHtml(), svg);
        parse(svg);
        String escapedPayload = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";
        assertTrue(html, html.contains("<figcaption>" + escapedPayload + ": plan against actual</figcaption>"));
        assertTrue(html, html.contains("<span>" + escapedPayload + "</span>"));
        assertFalse(html, html.contains("<script") || html.contains("<img"));
    }

    /** Serves the one template of this test from memory. */
    private static final class OneTemplate extends ClassLoader {
        OneTemplate() {
            super(null);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            return TEMPLATE_PATH.equals(name) ? new ByteArrayInputStream(TEMPLATE.getBytes(StandardCharsets.UTF_8))
                    : null;
        }
    }
}
