package dev.cascade.okr.devhost.jira;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;

/** A sample custom field. */
public final class DevCustomField implements CustomField {

    private final long id;
    private final String name;
    private final String typeKey;

    DevCustomField(long id, String name, String typeKey) {
        this.id = id;
        this.name = name;
        this.typeKey = typeKey;
    }

    @Override
    public String getId() {
        return "customfield_" + id;
    }

    @Override
    public Long getIdAsLong() {
        return id;
    }

    @Override
    public String getFieldName() {
        return name;
    }

    @Override
    public CustomFieldType<Object, Object> getCustomFieldType() {
        return () -> typeKey;
    }
}
