package dev.cascade.okr.core.validation;

import java.util.Optional;

/**
 * The one rule for the characters of every text a request carries, whatever the field: text that cannot be shown as
 * it was meant, or that could make other text read differently, is refused, never stored or repaired.
 *
 * <p>Refused everywhere: a lone surrogate (half of a character), the C0 control characters U+0000–U+001F except
 * tab, line feed and carriage return, DEL and the C1 controls U+007F–U+009F, the bidirectional embeddings, overrides
 * and isolates U+202A–U+202E and U+2066–U+2069 (they reorder the text around them: "Trojan Source"), the line and
 * paragraph separators U+2028 and U+2029, and the noncharacters U+FFFE and U+FFFF. Single-line texts (titles, keys,
 * names, codes) also refuse tab, line feed and carriage return; multi-line texts (descriptions, notes, comments,
 * reasons) keep them. The bidirectional marks U+200E, U+200F and U+061C, joiners and every other character are
 * allowed: people writing Arabic or Hebrew names and emoji need them, and they reorder nothing.
 */
public final class TextCharacterRule {

    private TextCharacterRule() {
    }

    /** Why a character is refused; the i18n key names it in a message. */
    public enum Kind {
        /** Tab, line feed or carriage return in a single-line text. */
        LINE_BREAK,
        /** A C0 or C1 control character, or DEL. */
        CONTROL,
        /** A bidirectional embedding, override or isolate. */
        BIDI,
        /** A line or paragraph separator, or a noncharacter. */
        INVISIBLE,
        /** Half of a surrogate pair without its other half. */
        LONE_SURROGATE;

        /** The i18n key of the kind's name, as a message argument. */
        public String messageKey() {
            return "cascade.text.character." + WireCode.of(this);
        }
    }

    /**
     * The first refused character of {@code text}, as a violation naming {@code field} with the character
     * ({@code U+202E}) and the i18n key of its kind as arguments; empty when every character is allowed or the text
     * is {@code null}.
     */
    public static Optional<Violation> check(String text, boolean multiLine, String field) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Kind kind;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            } else if (Character.isSurrogate(c)) {
                kind = Kind.LONE_SURROGATE;
            } else {
                kind = kindOf(c, multiLine);
            }
            if (kind != null) {
                return Optional.of(Violation.of(ViolationCode.TEXT_CHARACTER_NOT_ALLOWED, field,
                        String.format("U+%04X", (int) c), kind.messageKey()));
            }
        }
        return Optional.empty();
    }

    /** Why a character of the Basic Multilingual Plane (not a surrogate) is refused, or {@code null}. */
    private static Kind kindOf(char c, boolean multiLine) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return multiLine ? null : Kind.LINE_BREAK;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return Kind.CONTROL;
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return Kind.BIDI;
        }
        if (c == 0x2028 || c == 0x2029 || c == 0xFFFE || c == 0xFFFF) {
            return Kind.INVISIBLE;
        }
        return null;
    }
}
