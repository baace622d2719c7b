package dev.cascade.okr.store.kernel;

import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One claimed version of one row, e.g. {@code OBJECTIVE:12:7}: the database's unique index lets only one writer claim
 * a version, so two writers that both read version 6 cannot both write version 7 (see {@link OptimisticLock}).
 */
@Table("VERSION_CLAIM")
public interface VersionClaimAo extends CascadeAo {

    /** The claim, {@code KIND:id:version}. */
    @NotNull
    @Unique
    public String getClaim();

    /** Sets the claim. */
    public void setClaim(String claim);
}
