package dev.cascade.okr.web.chart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.web.Translator;
import dev.cascade.okr.web.ViewFixtures;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The plugin's real bundles as SAL's resolver formats them, sample series, and an XML reading of a chart. */
final class ChartFixtures {

    static final Translator ENGLISH = ViewFixtures.ENGLISH;
    static final Translator CHINESE = ViewFixtures.CHINESE;
    static final String SVG_NS = "http://www.w3.org/2000/svg";

    /** Script and markup a person could type into a title or unit; each must come out as text. */
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "]]>",
            "\"&'",
            "<![CDATA[x]]>",
            "${7*7} #set($x = 1) {0}",
            "<svg onload=alert(1)>",
            "\u76ee\u6807 \u00e9 \ud83d\ude80 \u202e",
            "bad\u0000char\u0008s\ud800");

    private ChartFixtures() {
    }
    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    static ChartPoint point(String day, String value) {
        return new ChartPoint(LocalDate.parse(day), new BigDecimal(value));
    }

    /** A year's quarterly plan 12 / 15 / 17 / 10 from 0, as {@link PlanActualSeries#planned} gives it. */
    static List<ChartPoint> yearPlan() {
        return List.of(point("2026-01-01", "0"), point("2026-03-31", "12"), point("2026-06-30", "27"),
                point("2026-09-30", "44"), point("2026-12-31", "54"));
    }

    /** Daily actuals rising from 0 to {@code last} over {@code days} days from 1 January 2026. */
    static List<ChartPoint> daily(int days, double last) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            double value = days == 1 ? last : last * i / (days - 1);
            points.add(new ChartPoint(day("2026-01-01").plusDays(i), BigDecimal.valueOf(Math.round(value * 10), 1)));
        }
        return points;
    }

    static PlanActualData data(String title, String unit, List<ChartPoint> planned, List<ChartPoint> actual,
            ChartTiers tiers) {
        return new PlanActualData("kr-42", title, unit, day("2026-01-01"), day("2026-12-31"), planned, actual,
                tiers);
    }

    /**
     * Parses the SVG with the JDK's XML parser (no DTDs, no external entities) and checks what every chart must be:
     * one SVG root labelled for screen readers by a title and a description that exist, no script, no foreign object,
     * no style attribute or element, no event handler or link attribute.
     */
    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new InputSource(new StringReader(svg)));
            Element root = document.getDocumentElement();
            assertEquals("svg", root.getLocalName());
            assertEquals(SVG_NS, root.getNamespaceURI());
            assertEquals("img", root.getAttribute("role"));
            for (String id : root.getAttribute("aria-labelledby").split(" ")) {
                assertTrue("labelled by a missing element " + id, hasElementWithId(document, id));
            }
            NodeList all = document.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                String name = element.getLocalName().toLowerCase(Locale.ROOT);
                assertFalse("element " + name, name.equals("script") || name.equals("style")
                        || name.equals("foreignobject"));
                NamedNodeMap attributes = element.getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    String attribute = attributes.item(a).getNodeName().toLowerCase(Locale.ROOT);
                    assertFalse("attribute " + attribute + " on " + name, attribute.equals("style")
                            || attribute.startsWith("on") || attribute.endsWith("href"));
                }
            }
            return document;
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage() + "\n" + svg, e);
        }
    }

    private static boolean hasElementWithId(Document document, String id) {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            if (id.equals(((Element) all.item(i)).getAttribute("id"))) {
                return true;
            }
        }
        return false;
    }

    /** The text of the first element named {@code name}. */
    static String textOf(Document document, String name) {
        return document.getElementsByTagNameNS(SVG_NS, name).item(0).getTextContent();
    }

    /** The texts of every {@code <text>} element with {@code cssClass} among its classes. */
    static List<String> texts(Document document, String cssClass) {
        List<String> found = new ArrayList<>();
        for (Element element : elements(document, "text", cssClass)) {
            found.add(element.getTextContent());
        }
        return found;
    }

    static List<Element> elements(Document document, String name, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList list = document.getElementsByTagNameNS(SVG_NS, name);
        for (int i = 0; i < list.getLength(); i++) {
            Element element = (Element) list.item(i);
            if (cssClass == null || List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    /** The elements named {@code name} inside the series group {@code cascade-chart-<series>}. */
    static List<Element> inSeries(Document document, String series, String name) {
        List<Element> found = new ArrayList<>();
        for (Element group : elements(document, "g", "cascade-chart-" + series)) {
            NodeList list = group.getElementsByTagNameNS(SVG_NS, name);
            for (int i = 0; i < list.getLength(); i++) {
                found.add((Element) list.item(i));
            }
        }
        return found;
    }
}
