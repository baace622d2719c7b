package dev.cascade.okr.web.chart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

/** The writer escapes every text and attribute value and refuses what a chart must never carry. */
public class SvgWriterTest {

    @Test
    public void shouldEscapeMarkupAndBothQuotesWhenWritingTextAndAttributes() {
        String markup = new SvgWriter().open("g", "class", "a\"b'c<d>&").text("text", "<script>&\"']]>").close()
                .markup();
        assertEquals("<g class=\"a&quot;b&#39;c&lt;d&gt;&amp;\"><text>&lt;script&gt;&amp;&quot;&#39;]]&gt;"
                + "</text></g>", markup);
    }

    @Test
    public void shouldReplaceCharactersXmlCannotHoldWhenEscaping() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFD\t\n", SvgWriter.escape("a\u0000b\u0008c\ud800\t\n"));
        assertEquals("\ud83d\ude80 \u76ee\u6807 \uFFFD", SvgWriter.escape("\ud83d\ude80 \u76ee\u6807 \uFFFF"));
    }

    @Test
    public void shouldLeaveAttributeOutWhenItsValueIsNull() {
        assertEquals("<line x1=\"1\"/>", new SvgWriter().empty("line", "x1", "1", "stroke-dasharray", null)
                .markup());
    }

    @Test
    public void shouldRefuseStyleScriptHandlersAndLinksWhenWriting() {
        assertThrows(IllegalArgumentException.class, () -> new SvgWriter().empty("rect", "style", "fill:red"));
        assertThrows(IllegalArgumentException.class, () -> new SvgWriter().empty("rect", "onclick", "x()"));
        assertThrows(IllegalArgumentException.class, () -> new SvgWriter().empty("a", "xlink:href", "js:x"));
        assertThrows(IllegalArgumentException.class, () -> new SvgWriter().empty("a", "href", "js:x"));
        assertThrows(IllegalArgumentException.class, () -> new SvgWriter().text("script", "x()"));
        assertThrows(IllegalArgumentException.class, () -> new SvgWriter().open("style"));
        assertThrows(IllegalArgumentException.class, () -> new SvgWriter().open("foreignObject"));
        assertThrows(IllegalArgumentException.class, () -> new SvgWriter().empty("rect x=\"1\""));
        assertThrows(IllegalArgumentException.class, () -> new SvgWriter().empty("rect", "x"));
    }

    @Test
    public void shouldRefuseUnclosedMarkupWhenAskedForIt() {
        assertThrows(IllegalStateException.class, () -> new SvgWriter().open("g").markup());
        assertThrows(IllegalStateException.class, () -> new SvgWriter().close());
    }

    @Test
    public void shouldWriteCoordinatesWithOneDecimalAndADotWhenAnyLocale() {
        assertEquals("12.5", SvgWriter.number(12.45000001));
        assertEquals("0.0", SvgWriter.number(-0.01));
        assertEquals("-3.0", SvgWriter.number(-3));
        assertThrows(IllegalArgumentException.class, () -> SvgWriter.number(Double.NaN));
    }
}
