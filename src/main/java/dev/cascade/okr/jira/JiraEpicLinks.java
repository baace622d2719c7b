package dev.cascade.okr.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import java.util.Optional;

/**
 * Finds Jira Software's "Epic Link" field by its type key, so that it is found whatever it is called in the
 * instance's language, and reads which epic an issue belongs to.
 */
@JiraComponent
public final class JiraEpicLinks {

    /** The type key of Jira Software's Epic Link field (host-api-platform7.md §6). */
    static final String EPIC_LINK_TYPE = "com.pyxis.greenhopper.jira:gh-epic-link";
    /** The type key of Jira Software's Epic Name field, which epics carry and no other issue does (same source). */
    static final String EPIC_NAME_TYPE = "com.pyxis.greenhopper.jira:gh-epic-label";

    private final CustomFieldManager customFields;

    /** Creates the helper over Jira's custom fields. */
    public JiraEpicLinks(@JiraImport CustomFieldManager customFields) {
        this.customFields = customFields;
    }

    /** The Epic Link field, if Jira Software is installed. */
    public Optional<CustomField> field() {
        return fieldOfType(EPIC_LINK_TYPE);
    }

    /**
     * Whether the issue is an epic: it has a value of Jira Software's Epic Name field, found by its type key (the
     * field is required on epics and absent from every other issue type); never without Jira Software.
     */
    public boolean isEpic(Issue issue) {
        Optional<CustomField> epicName = fieldOfType(EPIC_NAME_TYPE);
        if (epicName.isEmpty()) {
            return false;
        }
        Object value = issue.getCustomFieldValue(epicName.get());
        return value instanceof String name && !name.isBlank();
    }

    private Optional<CustomField> fieldOfType(String typeKey) {
        for (CustomField field : customFields.getCustomFieldObjects()) {
            CustomFieldType<?, ?> type = field.getCustomFieldType();
            if (type != null && typeKey.equals(type.getKey())) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The key of the epic an issue is linked to, if any. */
    public Optional<String> epicKeyOf(Issue issue, CustomField epicLink) {
        Object value = issue.getCustomFieldValue(epicLink);
        if (value instanceof Issue) {
            return Optional.ofNullable(((Issue) value).getKey());
        }
        if (value instanceof String && !((String) value).isBlank()) {
            return Optional.of((String) value);
        }
        return Optional.empty();
    }
}
