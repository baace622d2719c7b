package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.core.validation.WireCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the app chooses the check-in cadence of a key result, site-wide (issue 14): by the length of its goal period
 * ({@link CheckInCadence#forPeriod}, the default), or one fixed cadence for every goal.
 *
 * <p>Codes on the wire and in storage: {@code by-period}, {@code weekly}, {@code biweekly}, {@code monthly}.
 */
public enum CadenceSetting {

    /** Monthly goals weekly, quarterly goals every two weeks, longer goals monthly (the default). */
    BY_PERIOD,
    /** Every goal weekly. */
    WEEKLY,
    /** Every goal every two weeks. */
    BIWEEKLY,
    /** Every goal monthly. */
    MONTHLY;

    /** The setting before an administrator saves one. */
    public static final CadenceSetting DEFAULT = BY_PERIOD;

    /** The cadence of a goal of this period under this setting. */
    public CheckInCadence cadenceFor(Period period) {
        Objects.requireNonNull(period, "period");
        return switch (this) {
            case BY_PERIOD -> CheckInCadence.forPeriod(period);
            case WEEKLY -> CheckInCadence.WEEKLY;
            case BIWEEKLY -> CheckInCadence.BIWEEKLY;
            case MONTHLY -> CheckInCadence.MONTHLY;
        };
    }

    /**
     * A person's choice, checked: required ({@code request.field-required}) and one of the codes
     * ({@code settings.cadence-invalid}), both at the field {@code cadence}.
     */
    public static Validated<CadenceSetting> of(String code) {
        if (code == null || code.isBlank()) {
            return Validated.invalid(List.of(Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED, "cadence")));
        }
        return fromCode(code.strip()).map(Validated::valid).orElseGet(() -> Validated.invalid(List.of(
                Violation.of(ViolationCode.SETTINGS_CADENCE_INVALID, "cadence"))));
    }

    /** The setting of this code, if it is one. */
    public static Optional<CadenceSetting> fromCode(String code) {
        for (CadenceSetting setting : values()) {
            if (setting.code().equals(code)) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }

    /** The code on the wire and in storage, e.g. {@code by-period}. */
    public String code() {
        return WireCode.of(this);
    }

    /** The i18n key of this setting's name. */
    public String messageKey() {
        return "cascade.tracking.cadence-setting." + code();
    }
}
