package dev.cascade.okr.store.appraisal;

import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.OnePerGoalAo;
import java.util.Date;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The confirmation of one goal by its owner and the owner's manager (table {@code AO_0C7A52_CONFIRMATION}). */
@Table("CONFIRMATION")
public interface ConfirmationAo extends CascadeAo, OnePerGoalAo {

    /** The user key of the goal's owner. */
    @NotNull
    @StringLength(255)
    String getOwnerKey();

    /** Sets the owner. */
    void setOwnerKey(String userKey);

    /** The user key of the owner's manager. */
    @NotNull
    @StringLength(255)
    String getManagerKey();

    /** Sets the manager. */
    void setManagerKey(String userKey);

    /** When the owner confirmed, or {@code null} (not yet, or withdrawn by an objection). */
    Date getOwnerConfirmedAt();

    /** Sets the owner's confirmation. */
    void setOwnerConfirmedAt(Date at);

    /** When the manager confirmed, or {@code null}. */
    Date getManagerConfirmedAt();

    /** Sets the manager's confirmation. */
    void setManagerConfirmedAt(Date at);

    /** The version, from 1, increased by every write; objections change only under it. */
    @NotNull
    long getVersion();

    /** Sets the version. */
    void setVersion(long version);
}
