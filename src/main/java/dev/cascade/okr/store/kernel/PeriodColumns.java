package dev.cascade.okr.store.kernel;

import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.PeriodKind;
import java.util.Arrays;
import net.java.ao.DBParam;

/** A period in the columns of a {@link PeriodRowAo}: its kind's name and its first and last days as ISO text. */
public final class PeriodColumns {

    private PeriodColumns() {
    }

    /** The period a row holds. */
    public static Period of(PeriodRowAo row) {
        return new Period(PeriodKind.valueOf(row.getPeriodKind()), Columns.day(row.getPeriodStart()),
                Columns.day(row.getPeriodEnd()));
    }

    /** Writes the period into a row; the caller saves it. */
    public static void write(PeriodRowAo row, Period period) {
        row.setPeriodKind(period.kind().name());
        row.setPeriodStart(Columns.day(period.start()));
        row.setPeriodEnd(Columns.day(period.end()));
    }

    /** The columns of a new row: {@code others}, then the period's three. */
    public static DBParam[] with(Period period, DBParam... others) {
        DBParam[] columns = Arrays.copyOf(others, others.length + 3);
        columns[others.length] = new DBParam("PERIOD_KIND", period.kind().name());
        columns[others.length + 1] = new DBParam("PERIOD_START", Columns.day(period.start()));
        columns[others.length + 2] = new DBParam("PERIOD_END", Columns.day(period.end()));
        return columns;
    }
}
