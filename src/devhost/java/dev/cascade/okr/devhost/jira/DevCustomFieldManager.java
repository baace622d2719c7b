package dev.cascade.okr.devhost.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import java.util.List;

/**
 * The dev host's custom fields. Jira's look-ups by id are offered without {@code @Override}, so that they keep
 * compiling whether or not the mirror declares them.
 */
final class DevCustomFieldManager implements CustomFieldManager {

    private final List<CustomField> fields;

    DevCustomFieldManager(List<? extends CustomField> fields) {
        this.fields = List.copyOf(fields);
    }

    @Override
    public List<CustomField> getCustomFieldObjects() {
        return fields;
    }

    /** The field whose id is {@code customfield_NNNNN}, or {@code null}. */
    @Override
    public CustomField getCustomFieldObject(String id) {
        return fields.stream().filter(f -> f.getId().equals(id)).findFirst().orElse(null);
    }

    /** The field with this numeric id, or {@code null}. */
    public CustomField getCustomFieldObject(Long id) {
        return fields.stream().filter(f -> f.getIdAsLong().equals(id)).findFirst().orElse(null);
    }
}
