package dev.cascade.okr.store.appraisal;

import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.PeriodRowAo;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import java.util.Date;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One goal carried over into a period (table {@code AO_0C7A52_CARRY_OVER}); immutable once written. One per source
 * goal and period, by a claim in {@link VersionClaimAo}.
 */
@Table("CARRY_OVER")
public interface CarryOverAo extends CascadeAo, PeriodRowAo {

    /** The goal of the closed period; looked up by it. */
    @NotNull
    @Indexed
    long getSourceId();

    /** Sets the source goal. */
    void setSourceId(long sourceId);

    /** The draft goal created; looked up by it. */
    @NotNull
    @Indexed
    long getDraftId();

    /** Sets the draft goal. */
    void setDraftId(long draftId);

    /** The appraisal's suggestion, free text, {@code null} when there was none. */
    @StringLength(StringLength.UNLIMITED)
    String getSuggestion();

    /** Sets the suggestion. */
    void setSuggestion(String suggestion);

    /** Who ran the carry-over (user key). */
    @NotNull
    @StringLength(255)
    String getCreatedBy();

    /** Sets who. */
    void setCreatedBy(String createdBy);

    /** When. */
    @NotNull
    Date getCreatedAt();

    /** Sets when. */
    void setCreatedAt(Date createdAt);
}
