package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.List;

/** The checks shared by every free text of an appraisal: reasons, comments, suggestions and resolutions. */
final class Texts {

    /** The most characters in one text, after trimming. */
    static final int MAX = 2000;

    private Texts() {
    }

    /**
     * The text trimmed ({@code ""} for none), reporting a missing one when it is required and a long one always.
     *
     * @param requiredCode the code for a missing text, or {@code null} when the text is optional
     */
    static String check(String text, String field, ViolationCode requiredCode, List<Violation> violations) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() && requiredCode != null) {
            violations.add(Violation.of(requiredCode, field));
        } else if (trimmed.length() > MAX) {
            violations.add(Violation.of(ViolationCode.APPRAISAL_TEXT_TOO_LONG, field, String.valueOf(MAX)));
        }
        return trimmed;
    }
}
