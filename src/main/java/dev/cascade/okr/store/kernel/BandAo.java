package dev.cascade.okr.store.kernel;

import net.java.ao.schema.StringLength;

/**
 * A band key result's acceptable range as plain decimals, both {@code null} for other kinds; a column interface, not
 * an entity (see {@link UpdateStampAo}).
 */
public interface BandAo {

    /** The band's low end, or {@code null}. */
    @StringLength(Columns.DECIMAL_LENGTH)
    String getBandLow();

    /** Sets the low end. */
    void setBandLow(String bandLow);

    /** The band's high end, or {@code null}. */
    @StringLength(Columns.DECIMAL_LENGTH)
    String getBandHigh();

    /** Sets the high end. */
    void setBandHigh(String bandHigh);
}
