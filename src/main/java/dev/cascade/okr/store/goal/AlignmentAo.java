package dev.cascade.okr.store.goal;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A child objective supporting a parent objective with a contribution weight (table {@code AO_xxxxxx_ALIGNMENT});
 * one row per child and parent, which the unique {@link #getPairKey()} makes the database enforce.
 */
@Table("ALIGNMENT")
public interface AlignmentAo extends VersionedRowAo {

    /** The supporting objective's id; alignments are looked up by it. */
    @NotNull
    @Indexed
    long getChildId();

    /** Sets the child. */
    void setChildId(long childId);

    /** The supported objective's id; alignments are looked up by it. */
    @NotNull
    @Indexed
    long getParentId();

    /** Sets the parent. */
    void setParentId(long parentId);

    /** {@code child>parent}, unique, so that two writers cannot align the same pair twice. */
    @NotNull
    @Unique
    @StringLength(64)
    String getPairKey();

    /** Sets the pair key. */
    void setPairKey(String pairKey);

    /** The child's contribution to the parent's roll-up, in basis points (10000 is 100%). */
    @NotNull
    int getContributionBp();

    /** Sets the contribution. */
    void setContributionBp(int basisPoints);
}
