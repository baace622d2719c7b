package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Shared test data: the 2024 plan from the product description and small builders. */
final class Fixtures {

    static final KeyResultId KR = new KeyResultId(7);
    static final UserRef JIA = new UserRef("jia");
    static final UserRef YI = new UserRef("yi");
    static final UserRef MANAGER = new UserRef("manager");
    static final Period YEAR_2024 = Period.year(2024);
    static final Period Q1_2024 = Period.quarter(2024, 1);
    static final Instant T0 = Instant.parse("2024-01-01T09:00:00Z");
    /** Stricter thresholds than the defaults: on track from −5%, at risk from −15%. */
    static final TrackingThresholds STRICT = TrackingThresholds.ofPercent(dec("-5"), dec("-15")).value();

    private Fixtures() {
    }

    static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static List<BigDecimal> decs(String... values) {
        return Arrays.stream(values).map(Fixtures::dec).collect(Collectors.toList());
    }

    /** 2024 by quarter: Q1 12 / Q2 15 / Q3 17 / Q4 10 (the product description's example). */
    static Plan quarterly2024() {
        return Plan.of(YEAR_2024, PlanGranularity.QUARTER, decs("12", "15", "17", "10")).value();
    }

    static CheckIn checkIn(String date, String value, int minute) {
        return new CheckIn(KR, Optional.ofNullable(dec(value)), 7, "", "", "", "", JIA, day(date),
                T0.plusSeconds(60L * minute));
    }

    /** Findings as {@code code@field} joined by commas, in order; empty for none. */
    static String codes(Validated<?> result) {
        return codes(result.violations());
    }

    static String codes(List<Violation> violations) {
        return violations.stream().map(v -> v.code().code() + "@" + v.field()).collect(Collectors.joining(","));
    }
}
