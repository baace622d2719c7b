package dev.cascade.okr.devhost.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * HTML-encodes every value a template inserts, except the references Atlassian's renderer trusts by name
 * (host-api-platform7.md §2.2): a scalar {@code $fooHtml} or one named {@code xHtmlContent}, {@code body} or
 * {@code head}; a method or property reference whose last method name ends with {@code html} (any case) or starts
 * with {@code render} / {@code getRender}. There is deliberately no way for a template to switch escaping off.
 *
 * <p>Velocity only hands over the reference's source text (e.g. {@code $!{view.getText("a.b", $x)}}), so the
 * decision is made on that text: the last top-level segment, ignoring dots inside arguments and string literals.
 */
final class HtmlEscapingReferenceInsertionHandler implements ReferenceInsertionEventHandler {

    private static final Set<String> TRUSTED_SCALAR_NAMES = Set.of("xHtmlContent", "body", "head");

    /**
     * The decision for each reference text seen: it depends on the text alone, and templates hold a fixed set of
     * references, so each is parsed once (a page of hundreds of rows inserts the same few references over and over).
     */
    private final Map<String, Boolean> trusted = new ConcurrentHashMap<>();

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null
                || trusted.computeIfAbsent(reference, HtmlEscapingReferenceInsertionHandler::isTrustedAsHtml)) {
            return value;
        }
        String text = value.toString();
        // A null toString() is left for Velocity's strict mode to report instead of being turned into text.
        return text == null ? null : HtmlEscaper.escape(text);
    }

    static boolean isTrustedAsHtml(String reference) {
        List<String> segments = segmentsOf(stripReferenceSyntax(reference));
        String last = segments.get(segments.size() - 1);
        if (last.endsWith("]")) {
            // $list[0] and $map["k"] call get(...), a name that is never trusted.
            return false;
        }
        int parenthesis = last.indexOf('(');
        if (parenthesis >= 0) {
            return isTrustedMethodName(last.substring(0, parenthesis).trim());
        }
        if (segments.size() == 1) {
            return endsWithHtml(last) || TRUSTED_SCALAR_NAMES.contains(last);
        }
        // A property resolves to get<Name>(), so "render..." becomes "getRender...".
        return endsWithHtml(last) || last.startsWith("render") || last.startsWith("Render");
    }

    private static boolean isTrustedMethodName(String methodName) {
        return endsWithHtml(methodName) || methodName.startsWith("render") || methodName.startsWith("getRender");
    }

    private static boolean endsWithHtml(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("html");
    }

    /** {@code \$!{a.b(x)}} → {@code a.b(x)}. */
    private static String stripReferenceSyntax(String reference) {
        int start = 0;
        while (start < reference.length() && reference.charAt(start) == '\\') {
            start++;
        }
        if (reference.startsWith("$", start)) {
            start++;
        }
        if (reference.startsWith("!", start)) {
            start++;
        }
        int end = reference.length();
        if (reference.startsWith("{", start) && reference.endsWith("}")) {
            start++;
            end--;
        }
        return reference.substring(start, end).trim();
    }

    /** Splits on dots that are outside parentheses, brackets and string literals. */
    private static List<String> segmentsOf(String path) {
        List<String> segments = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int segmentStart = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '.' && depth == 0) {
                segments.add(path.substring(segmentStart, i).trim());
                segmentStart = i + 1;
            }
        }
        segments.add(path.substring(segmentStart).trim());
        return segments;
    }
}
