package dev.cascade.okr.core.validation;

import java.util.List;

/**
 * The rule for free texts that are not titles (support needed, a task's progress note, a person's role): at most a
 * given number of characters, and no control character except line breaks and tabs where the text may span lines.
 */
public final class FreeText {

    /** The longest multi-line free text, as for descriptions (a goal's description is held to the same). */
    public static final int MAX_TEXT = 4000;
    /** The longest one-line text, such as a role. */
    public static final int MAX_LINE = 255;

    private FreeText() {
    }

    /**
     * Adds {@code text.too-long} or {@code text.control-characters} at {@code field} when the text breaks the rule;
     * {@code null} passes.
     *
     * @param max the most characters allowed
     * @param multiLine whether line breaks and tabs are allowed
     */
    public static void check(String text, int max, boolean multiLine, String field, List<Violation> found) {
        if (text == null) {
            return;
        }
        if (text.length() > max) {
            found.add(Violation.of(ViolationCode.TEXT_TOO_LONG, field, String.valueOf(max)));
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c)
                && !(multiLine && (c == '\n' || c == '\r' || c == '\t')))) {
            found.add(Violation.of(ViolationCode.TEXT_CONTROL_CHARACTERS, field));
        }
    }
}
