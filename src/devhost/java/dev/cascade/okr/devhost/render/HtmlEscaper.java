package dev.cascade.okr.devhost.render;

import java.util.Objects;

/**
 * HTML-encodes text the way Atlassian's template renderer does for an inserted reference: {@code & < > " '}
 * become {@code &amp; &lt; &gt; &quot; &#39;}; every other character is kept.
 */
public final class HtmlEscaper {

    private HtmlEscaper() {
    }

    /** Returns {@code text} safe to place in HTML element content and in quoted attribute values. */
    public static String escape(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            String replacement = replacementFor(text.charAt(i));
            if (replacement != null) {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                escaped.append(replacement);
            } else if (escaped != null) {
                escaped.append(text.charAt(i));
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static String replacementFor(char c) {
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '"':
                return "&quot;";
            case '\'':
                return "&#39;";
            default:
                return null;
        }
    }
}
