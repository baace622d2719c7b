package dev.cascade.okr.store.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How values without an Active Objects type are held in columns: decimals as plain strings (exact; AO has no decimal
 * type and a double would round 0.1), days as ISO strings {@code YYYY-MM-DD} (which sort as dates).
 */
public final class Columns {

    /** Longest decimal string: sign, 16 integer digits, point, 6 decimals, with room to spare. */
    public static final int DECIMAL_LENGTH = 40;

    private Columns() {
    }

    /** The column text of a decimal, or {@code null}. */
    public static String decimal(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** The decimal of a column text, or {@code null}. */
    public static BigDecimal decimal(String column) {
        return column == null ? null : new BigDecimal(column);
    }

    /** The column text of a day, or {@code null}. */
    public static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    /** The day of a column text, or {@code null}. */
    public static LocalDate day(String column) {
        return column == null ? null : LocalDate.parse(column);
    }
}
