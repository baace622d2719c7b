package dev.cascade.okr.core.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.ViolationCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** Custom ranges, nesting and splitting of periods. */
public class PeriodRulesTest {

    @Test
    public void shouldSplitYearIntoFourWholeQuartersWhenAsked() {
        List<Period> quarters = Period.year(2026).quarters();

        assertEquals(List.of(Period.quarter(2026, 1), Period.quarter(2026, 2), Period.quarter(2026, 3),
                Period.quarter(2026, 4)), quarters);
        assertEquals(12, Period.year(2026).months().size());
    }

    @Test
    public void shouldCutPartialQuartersToTheRangeWhenCustom() {
        List<Period> quarters = PeriodTest.custom("2026-02-15", "2026-08-10").quarters();

        assertEquals(3, quarters.size());
        assertEquals(new Period(PeriodKind.CUSTOM, LocalDate.parse("2026-02-15"), LocalDate.parse("2026-03-31")),
                quarters.get(0));
        assertEquals(Period.quarter(2026, 2), quarters.get(1));
        assertEquals(LocalDate.parse("2026-08-10"), quarters.get(2).end());
    }

    @Test
    public void shouldNotContainPeriodThatStartsEarlierWhenCompared() {
        assertFalse(Period.quarter(2026, 1).contains(PeriodTest.custom("2025-12-31", "2026-01-31")));
        assertFalse(Period.year(2026).contains(Period.year(2027)));
    }

    @Test
    public void shouldAnswerViolationsNotExceptionWhenCustomRangeIsWrong() {
        Validated<Period> backwards = Period.custom(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-02-01"),
                "period");
        Validated<Period> missing = Period.custom(null, null, "period");

        assertEquals(ViolationCode.PERIOD_END_BEFORE_START, backwards.errors().get(0).code());
        assertEquals("period.end", backwards.errors().get(0).field());
        assertEquals(List.of("2026-03-01", "2026-02-01"), List.of(backwards.errors().get(0).args().get(1),
                backwards.errors().get(0).args().get(0)));
        assertEquals(List.of(ViolationCode.PERIOD_START_REQUIRED, ViolationCode.PERIOD_END_REQUIRED),
                missing.errors().stream().map(v -> v.code()).toList());
    }
}
