package dev.cascade.okr.store.kernel;

import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * A required title and an optional free-text description; a column interface, not an entity (see
 * {@link UpdateStampAo}).
 */
public interface TitledAo {

    /** The title, at most 255 characters. */
    @NotNull
    @StringLength(255)
    String getTitle();

    /** Sets the title. */
    void setTitle(String title);

    /** The description, or {@code null}; free text, never used in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    /** Sets the description. */
    void setDescription(String description);
}
