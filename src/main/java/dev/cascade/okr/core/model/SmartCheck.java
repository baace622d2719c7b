package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether a goal is SMART (specific, measurable, achievable, relevant, time-bound) as far as its text and fields can
 * tell: vague wording without a number, a missing measure, target, deadline or owner, a deadline outside the period.
 *
 * <p>Only ever warnings: a goal may be saved as it is; people are told what would make it clearer. The vocabulary
 * and the rule for "a number" are in {@link SmartVocabulary}.
 */
public final class SmartCheck {

    /** Every warning for the subject, in field order: title, description, measure, target, deadline, owner. */
    public List<Violation> check(SmartSubject subject) {
        Objects.requireNonNull(subject, "subject");
        List<Violation> warnings = new ArrayList<>();
        checkWording(subject.title(), "title", warnings);
        checkWording(subject.description(), "description", warnings);
        if (!subject.measureDefined()) {
            warnings.add(Violation.warning(ViolationCode.SMART_MEASURE_MISSING, "measure"));
        }
        if (subject.target() == null) {
            warnings.add(Violation.warning(ViolationCode.SMART_TARGET_MISSING, "target"));
        }
        if (subject.deadline() == null) {
            warnings.add(Violation.warning(ViolationCode.SMART_DEADLINE_MISSING, "deadline"));
        } else if (subject.period() != null && !subject.period().contains(subject.deadline())) {
            warnings.add(Violation.warning(ViolationCode.SMART_DEADLINE_OUTSIDE_PERIOD, "deadline",
                    subject.deadline().toString(), subject.period().start().toString(),
                    subject.period().end().toString()));
        }
        if (subject.owner() == null) {
            warnings.add(Violation.warning(ViolationCode.SMART_OWNER_MISSING, "owner"));
        }
        return List.copyOf(warnings);
    }

    private static void checkWording(String text, String field, List<Violation> warnings) {
        if (SmartVocabulary.hasNumber(text)) {
            return;
        }
        SmartVocabulary.vagueWord(text).ifPresent(word ->
                warnings.add(Violation.warning(ViolationCode.SMART_VAGUE_WORDING, field, word)));
    }
}
