package dev.cascade.okr.store;

import java.util.Date;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A stored objective (table {@code AO_xxxxxx_OBJECTIVE}). */
@Table("OBJECTIVE")
public interface ObjectiveAo extends CascadeAo {

    /** The title, at most 255 characters. */
    @NotNull
    @StringLength(255)
    String getTitle();

    /** Sets the title. */
    void setTitle(String title);

    /** The optional description; free text, never used in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    /** Sets the description. */
    void setDescription(String description);

    /** The Jira project key; objectives are looked up by it. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getProjectKey();

    /** Sets the project key. */
    void setProjectKey(String projectKey);

    /** The user key of the creator. */
    @NotNull
    @StringLength(255)
    String getCreatedBy();

    /** Sets the creator. */
    void setCreatedBy(String userKey);

    /** When it was created. */
    @NotNull
    Date getCreatedAt();

    /** Sets the creation time. */
    void setCreatedAt(Date createdAt);
}
