package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How issues count towards issue-driven key results, as the administrator set it: which custom field holds story
 * points and whether sub-tasks count.
 *
 * <p>Invariant: {@code storyPointField} is {@code null} (detect the field: a number field named "Story Points") or a
 * custom field id such as {@code customfield_10106}.
 *
 * @param storyPointField the story-point field's id, or {@code null} to detect it
 * @param countSubTasks whether the sub-tasks of linked issues count too
 */
public record IssueCounting(String storyPointField, boolean countSubTasks) {

    /** A Jira custom field id, as Jira writes it in JQL-free APIs. */
    public static final Pattern FIELD_ID = Pattern.compile("customfield_[0-9]{1,18}");
    /** Never saved: detect story points, leave sub-tasks out. */
    public static final IssueCounting DEFAULTS = new IssueCounting(null, false);

    /** Checks the invariant. */
    public IssueCounting {
        if (storyPointField != null && !FIELD_ID.matcher(storyPointField).matches()) {
            throw new IllegalArgumentException("not a custom field id: " + storyPointField);
        }
    }

    /**
     * A person's input, checked.
     *
     * @param storyPointField a custom field id, or {@code null} to detect the field
     * @param countSubTasks required
     * @return the settings, or violations naming {@code storyPointField} and {@code countSubTasks}
     */
    public static Validated<IssueCounting> of(String storyPointField, Boolean countSubTasks) {
        List<Violation> violations = new ArrayList<>();
        if (storyPointField != null && !FIELD_ID.matcher(storyPointField).matches()) {
            violations.add(Violation.of(ViolationCode.SETTINGS_STORY_POINT_FIELD_INVALID, "storyPointField"));
        }
        if (countSubTasks == null) {
            violations.add(Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED, "countSubTasks"));
        }
        return violations.isEmpty() ? Validated.valid(new IssueCounting(storyPointField, countSubTasks))
                : Validated.invalid(violations);
    }

    /**
     * The settings from their stored texts (absent: never saved). A text that cannot be read counts as its default
     * and is named in {@code problems}.
     */
    public static IssueCounting fromTexts(Optional<String> storyPointField, Optional<String> countSubTasks,
            List<String> problems) {
        String field = storyPointField.filter(text -> !text.isBlank()).orElse(null);
        if (field != null && !FIELD_ID.matcher(field).matches()) {
            problems.add("story-point field is not a custom field id: " + abbreviated(field));
            field = null;
        }
        boolean subTasks = false;
        if (countSubTasks.isPresent()) {
            String text = countSubTasks.get();
            if ("true".equals(text)) {
                subTasks = true;
            } else if (!"false".equals(text) && !text.isEmpty()) {
                problems.add("sub-tasks setting is neither true nor false: " + abbreviated(text));
            }
        }
        return new IssueCounting(field, subTasks);
    }

    /** The story-point field as stored: the id, or empty for "detect". */
    public String storyPointFieldText() {
        return storyPointField == null ? "" : storyPointField;
    }

    /** The sub-tasks setting as stored. */
    public String countSubTasksText() {
        return Boolean.toString(countSubTasks);
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
