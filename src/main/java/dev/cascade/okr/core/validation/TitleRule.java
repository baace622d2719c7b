package dev.cascade.okr.core.validation;

import java.util.List;

/**
 * The one rule for every title a person types (objectives, key results, initiatives, tasks): present, at most
 * {@value #MAX_TITLE} characters, no control characters.
 */
public final class TitleRule {

    /** Longest title, in characters. */
    public static final int MAX_TITLE = 255;

    private TitleRule() {
    }

    /** Adds the first problem of {@code title}, if any, to {@code found}, naming {@code field}. */
    public static void check(String title, String field, List<Violation> found) {
        if (title == null || title.isBlank()) {
            found.add(Violation.of(ViolationCode.TITLE_REQUIRED, field));
        } else if (title.length() > MAX_TITLE) {
            found.add(Violation.of(ViolationCode.TITLE_TOO_LONG, field, String.valueOf(MAX_TITLE)));
        } else if (title.chars().anyMatch(Character::isISOControl)) {
            found.add(Violation.of(ViolationCode.TITLE_CONTROL_CHARACTERS, field));
        }
    }
}
