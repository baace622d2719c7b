package dev.cascade.okr.store.tracking;

import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.OnePerKeyResultAo;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * The head of one key result's check-in log: how many check-ins it has (which is also the log's version, claimed by
 * each append so that appends to one log are serialized) and which is the latest, so that the tracking table finds
 * the latest check-ins of many key results without reading their logs.
 */
@Table("CHECKIN_HEAD")
public interface CheckInHeadAo extends CascadeAo, OnePerKeyResultAo {

    /** The {@link CheckInAo} id of the latest check-in (by day, then recording time, then id). */
    @NotNull
    long getLatestId();

    /** Sets the latest check-in. */
    void setLatestId(long checkInId);

    /** How many check-ins the log has; the log's version, from 1. */
    @NotNull
    int getEntryCount();

    /** Sets the count. */
    void setEntryCount(int count);
}
