package dev.cascade.okr.devhost.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Test entity with one column of each kind the plugin's entities use. */
@Table("SAMPLE_NOTE")
public interface SampleNoteAo extends Entity {

    /** The lookup column: bounded, not null, indexed. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    /** Free text: CLOB on H2, TEXT on PostgreSQL. */
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    /** Primitive: NOT NULL in the table. */
    long getVersion();

    void setVersion(long version);

    Date getDueDate();

    void setDueDate(Date dueDate);

    /** Nullable number: must come back as null, not 0. */
    Double getScore();

    void setScore(Double score);

    /** A reference: column OWNER_ID with a foreign key to AO_xxxxxx_SAMPLE_OWNER. */
    SampleOwnerAo getOwner();

    void setOwner(SampleOwnerAo owner);
}
