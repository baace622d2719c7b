package dev.cascade.okr.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading Jira's number fields, the one way for every reader ({@link JiraIssueSource} counting a key result's issues,
 * the issue view's panel showing one issue's share): which field holds story points, and the finite number a field
 * holds on an issue.
 */
final class JiraNumberFields {

    /** The type key of Jira's Number custom field, the type of Jira Software's "Story Points" on Data Center. */
    static final String NUMBER_FIELD_TYPE = "com.atlassian.jira.plugin.system.customfieldtypes:float";
    static final String STORY_POINTS_NAME = "Story Points";

    private static final Logger LOG = LoggerFactory.getLogger(JiraNumberFields.class);

    private JiraNumberFields() {
    }

    /**
     * The administrator's story-point field when it exists, else a Number field named "Story Points" (any case).
     *
     * @param adminFieldId the field the administrator chose ({@code IssueCounting#storyPointField}), or {@code null}
     */
    static Optional<CustomField> storyPointsField(CustomFieldManager customFields, String adminFieldId) {
        if (adminFieldId != null) {
            CustomField field = customFields.getCustomFieldObject(adminFieldId);
            if (field != null) {
                return Optional.of(field);
            }
            LOG.warn("Story points field {} does not exist; looking for a Number field named '{}' instead",
                    adminFieldId, STORY_POINTS_NAME);
        }
        for (CustomField field : customFields.getCustomFieldObjects()) {
            CustomFieldType<?, ?> type = field.getCustomFieldType();
            String name = field.getFieldName();
            if (type != null && NUMBER_FIELD_TYPE.equals(type.getKey()) && name != null
                    && STORY_POINTS_NAME.toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** A finite number held by a field on an issue, or empty. */
    static Optional<Double> number(Issue issue, CustomField field) {
        Object value = issue.getCustomFieldValue(field);
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return Optional.of(number.doubleValue());
        }
        return Optional.empty();
    }
}
