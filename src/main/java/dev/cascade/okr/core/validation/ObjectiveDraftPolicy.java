package dev.cascade.okr.core.validation;

import dev.cascade.okr.core.model.KeyResultDraft;
import dev.cascade.okr.core.model.ObjectiveDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape rules of a submitted objective that need nothing from outside (lengths, required fields, key formats).
 * Whether the project and epics exist is checked by the service through ports.
 */
public final class ObjectiveDraftPolicy {

    /** Longest title, in characters. */
    public static final int MAX_TITLE = 255;
    /** Longest description, in characters. */
    public static final int MAX_DESCRIPTION = 4000;
    /** Most key results on one objective. */
    public static final int MAX_KEY_RESULTS = 20;

    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");

    /** Every violation of the draft, in field order; empty when the draft is well-formed. */
    public List<Violation> check(ObjectiveDraft draft) {
        List<Violation> violations = new ArrayList<>();
        checkTitle(draft.title(), "title", violations);
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
        checkTitle(keyResult.title(), prefix + "title", violations);
        if (isBlank(keyResult.epicKey())) {
            violations.add(Violation.of(ViolationCode.EPIC_REQUIRED, prefix + "epicKey"));
        } else if (!ISSUE_KEY.matcher(keyResult.epicKey()).matches()) {
            violations.add(Violation.of(ViolationCode.EPIC_KEY_INVALID, prefix + "epicKey"));
        }
    }

    private static void checkTitle(String title, String field, List<Violation> violations) {
        if (isBlank(title)) {
            violations.add(Violation.of(ViolationCode.TITLE_REQUIRED, field));
        } else if (title.length() > MAX_TITLE) {
            violations.add(Violation.of(ViolationCode.TITLE_TOO_LONG, field, String.valueOf(MAX_TITLE)));
        } else if (title.chars().anyMatch(Character::isISOControl)) {
            violations.add(Violation.of(ViolationCode.TITLE_CONTROL_CHARACTERS, field));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
