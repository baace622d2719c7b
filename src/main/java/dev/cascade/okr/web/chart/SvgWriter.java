package dev.cascade.okr.web.chart;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes SVG markup, escaping every text node and attribute value, so that whatever a person typed (a goal title, a
 * unit) is shown as text and never read as markup. Element and attribute names come from code and are checked: a
 * {@code style} attribute, an event handler ({@code on...}), a link ({@code href}) and a {@code script},
 * {@code style} or {@code foreignObject} element are refused, so a chart carries no script and no inline style.
 *
 * <p>Not thread-safe; one writer per chart. Numbers written through {@link #number(double)} have one decimal and a
 * dot in every locale, so the same chart always gives the same bytes.
 */
public final class SvgWriter {

    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9:-]*");

    private final StringBuilder out = new StringBuilder(4096);
    private final Deque<String> open = new ArrayDeque<>();

    /**
     * Opens an element with its attributes, given as name, value, name, value...; a {@code null} value leaves the
     * attribute out.
     *
     * @throws IllegalArgumentException for a refused or malformed name, or an odd number of attribute arguments
     */
    public SvgWriter open(String element, String... attributes) {
        start(element, attributes);
        out.append('>');
        open.push(element);
        return this;
    }

    /** Writes an element without content. */
    public SvgWriter empty(String element, String... attributes) {
        start(element, attributes);
        out.append("/>");
        return this;
    }

    /** Writes an element holding only {@code text}, escaped. */
    public SvgWriter text(String element, String text, String... attributes) {
        start(element, attributes);
        out.append('>').append(escape(text)).append("</").append(element).append('>');
        return this;
    }

    /** Closes the innermost open element. */
    public SvgWriter close() {
        if (open.isEmpty()) {
            throw new IllegalStateException("no element is open");
        }
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** The markup written so far. */
    public String markup() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("elements still open: " + open);
        }
        return out.toString();
    }

    /** A coordinate or length with one decimal and a dot ({@code 12.5}, {@code -3.0}), the same on every machine. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a coordinate: " + value);
        }
        double rounded = Math.round(value * 10) / 10.0;
        return String.format(Locale.ROOT, "%.1f", rounded == 0 ? 0.0 : rounded);
    }

    /**
     * {@code text} safe in an XML text node or a double- or single-quoted attribute: {@code & < > " '} become entities,
     * and characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE, U+FFFF) become U+FFFD.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        escaped.append(c);
                    } else {
                        escaped.append('\uFFFD');
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE);
    }

    private void start(String element, String... attributes) {
        checkName(element);
        String lower = element.toLowerCase(Locale.ROOT);
        if (lower.equals("script") || lower.equals("style") || lower.equals("foreignobject")) {
            throw new IllegalArgumentException("a chart holds no " + element + " element");
        }
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come as name, value pairs: " + attributes.length);
        }
        out.append('<').append(element);
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            checkName(name);
            String lowerName = name.toLowerCase(Locale.ROOT);
            if (lowerName.equals("style") || lowerName.startsWith("on") || lowerName.endsWith("href")) {
                throw new IllegalArgumentException("a chart carries no " + name + " attribute");
            }
            if (attributes[i + 1] != null) {
                out.append(' ').append(name).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an element or attribute name: " + name);
        }
    }
}
