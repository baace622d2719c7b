package dev.cascade.okr.core.tracking;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** The site-wide check-in cadence setting (issue 14): by the period's length, or one cadence for every goal. */
public class CadenceSettingTest {

    private static final Period MONTH = Period.month(2026, 1);
    private static final Period QUARTER = Period.quarter(2026, 1);
    private static final Period YEAR = Period.year(2026);

    @Test
    public void shouldChooseByPeriodLengthWhenByPeriodAsBeforeTheSetting() {
        assertEquals(CadenceSetting.BY_PERIOD, CadenceSetting.DEFAULT);
        for (Period period : List.of(MONTH, QUARTER, YEAR)) {
            assertEquals(CheckInCadence.forPeriod(period), CadenceSetting.BY_PERIOD.cadenceFor(period));
        }
    }

    @Test
    public void shouldGiveEveryPeriodTheSameCadenceWhenOneIsFixed() {
        for (Period period : List.of(MONTH, QUARTER, YEAR)) {
            assertEquals(CheckInCadence.WEEKLY, CadenceSetting.WEEKLY.cadenceFor(period));
            assertEquals(CheckInCadence.BIWEEKLY, CadenceSetting.BIWEEKLY.cadenceFor(period));
            assertEquals(CheckInCadence.MONTHLY, CadenceSetting.MONTHLY.cadenceFor(period));
        }
    }

    @Test
    public void shouldMakeTheNextCheckInDueOneFixedStepAfterTheLatestWhenFixed() {
        LocalDate latest = LocalDate.of(2026, 3, 2);

        CheckInDue weekly = CheckInDue.of(YEAR, Optional.of(latest), LocalDate.of(2026, 3, 20), CadenceSetting.WEEKLY);
        CheckInDue byPeriod = CheckInDue.of(YEAR, Optional.of(latest), LocalDate.of(2026, 3, 20));

        assertEquals(CheckInCadence.WEEKLY, weekly.cadence());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 9)), weekly.nextDue());
        assertEquals(11, weekly.daysOverdue());
        assertEquals(CheckInCadence.MONTHLY, byPeriod.cadence());
        assertEquals(Optional.of(LocalDate.of(2026, 4, 2)), byPeriod.nextDue());
        assertEquals(CheckInCadence.MONTHLY, CheckInDue.measuredWithoutPeople(MONTH, CadenceSetting.MONTHLY)
                .cadence());
    }

    @Test
    public void shouldReadEveryCodeBackWhenWritten() {
        for (CadenceSetting setting : CadenceSetting.values()) {
            assertEquals(setting, CadenceSetting.of(setting.code()).value());
            assertEquals("cascade.tracking.cadence-setting." + setting.code(), setting.messageKey());
        }
        assertEquals("by-period", CadenceSetting.BY_PERIOD.code());
        assertEquals(CadenceSetting.MONTHLY, CadenceSetting.of(" monthly ").value());
    }

    @Test
    public void shouldRefuseAtTheFieldCadenceWhenMissingOrUnknown() {
        assertEquals(List.of(Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED, "cadence")),
                CadenceSetting.of(null).errors());
        assertEquals(List.of(Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED, "cadence")),
                CadenceSetting.of(" ").errors());
        assertEquals(List.of(Violation.of(ViolationCode.SETTINGS_CADENCE_INVALID, "cadence")),
                CadenceSetting.of("daily").errors());
        assertFalse(CadenceSetting.of("WEEKLY").isValid());
        assertEquals(Optional.empty(), CadenceSetting.fromCode("<script>"));
    }
}
