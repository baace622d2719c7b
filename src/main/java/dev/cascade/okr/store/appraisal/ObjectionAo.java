package dev.cascade.okr.store.appraisal;

import dev.cascade.okr.store.kernel.CascadeAo;
import java.util.Date;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One objection raised during a goal's confirmation, and its resolution (table {@code AO_0C7A52_OBJECTION}). Part of
 * its confirmation: written only under the confirmation's version.
 */
@Table("OBJECTION")
public interface ObjectionAo extends CascadeAo {

    /** The confirmation's id; objections are looked up by it. */
    @NotNull
    @Indexed
    long getConfirmationId();

    /** Sets the confirmation. */
    void setConfirmationId(long confirmationId);

    /** The position among the confirmation's objections, from 0, oldest first. */
    @NotNull
    int getPosition();

    /** Sets the position. */
    void setPosition(int position);

    /** The user key of whoever raised it. */
    @NotNull
    @StringLength(255)
    String getRaisedBy();

    /** Sets who raised it. */
    void setRaisedBy(String userKey);

    /** When it was raised. */
    @NotNull
    Date getRaisedAt();

    /** Sets when it was raised. */
    void setRaisedAt(Date at);

    /** Why; free text, never used in a WHERE clause. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    /** Sets the reason. */
    void setReason(String reason);

    /** The user key of whoever resolved it, or {@code null} while open. */
    @StringLength(255)
    String getResolvedBy();

    /** Sets who resolved it. */
    void setResolvedBy(String userKey);

    /** When it was resolved, or {@code null} while open. */
    Date getResolvedAt();

    /** Sets when it was resolved. */
    void setResolvedAt(Date at);

    /** How it was resolved, or {@code null} while open; free text, never used in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getResolution();

    /** Sets the resolution. */
    void setResolution(String resolution);
}
