package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.FreeText;
import dev.cascade.okr.core.validation.TitleRule;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape rules of a submitted objective that need nothing from outside (lengths, required fields, key formats).
 * Whether the project and epics exist is checked by the service through ports.
 */
public final class ObjectiveDraftPolicy {

    /** Longest title, in characters. */
    public static final int MAX_TITLE = TitleRule.MAX_TITLE;
    /** Longest description, in characters. */
    public static final int MAX_DESCRIPTION = FreeText.MAX_TEXT;
    /** Most key results on one objective. */
    public static final int MAX_KEY_RESULTS = 20;

    /** Every violation of the draft, in field order; empty when the draft is well-formed. */
    public List<Violation> check(ObjectiveDraft draft) {
        List<Violation> violations = new ArrayList<>();
        TitleRule.check(draft.title(), "title", violations);
        if (draft.description() != null && draft.description().length() > MAX_DESCRIPTION) {
            violations.add(Violation.of(ViolationCode.DESCRIPTION_TOO_LONG, "description",
                    String.valueOf(MAX_DESCRIPTION)));
        }
        if (isBlank(draft.projectKey())) {
            violations.add(Violation.of(ViolationCode.PROJECT_REQUIRED, "projectKey"));
        }
        if (draft.keyResults().size() > MAX_KEY_RESULTS) {
            violations.add(Violation.of(ViolationCode.KEY_RESULTS_TOO_MANY, "keyResults",
                    String.valueOf(MAX_KEY_RESULTS)));
            return violations;
        }
        for (int i = 0; i < draft.keyResults().size(); i++) {
            checkKeyResult(draft.keyResults().get(i), "keyResults[" + i + "].", violations);
        }
        return violations;
    }

    private void checkKeyResult(KeyResultDraft keyResult, String prefix, List<Violation> violations) {
        if (keyResult == null) {
            violations.add(Violation.of(ViolationCode.TITLE_REQUIRED, prefix + "title"));
            violations.add(Violation.of(ViolationCode.EPIC_REQUIRED, prefix + "epicKey"));
            return;
        }
        TitleRule.check(keyResult.title(), prefix + "title", violations);
        if (isBlank(keyResult.epicKey())) {
            violations.add(Violation.of(ViolationCode.EPIC_REQUIRED, prefix + "epicKey"));
        } else if (!WorkLink.ISSUE_KEY.matcher(keyResult.epicKey()).matches()) {
            violations.add(Violation.of(ViolationCode.EPIC_KEY_INVALID, prefix + "epicKey"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
