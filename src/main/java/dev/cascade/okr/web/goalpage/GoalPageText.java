package dev.cascade.okr.web.goalpage;

import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.service.kernel.PeriodText;
import dev.cascade.okr.web.Translator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The words, numbers, dates and names of a goal's page in the reader's language: texts from the i18n bundle, numbers
 * grouped for the reader's locale and never rounded ({@code 1,234.5}), dates with the language's pattern
 * ({@code cascade.counted.date-pattern}: {@code 7 Dec 2026}, {@code 2026年12月7日}) as UTC days, people by the name the
 * host shows.
 */
final class GoalPageText {

    private final Translator i18n;
    private final Locale locale;
    private final DateTimeFormatter dates;
    private final Function<String, String> displayNames;

    GoalPageText(Translator i18n, Locale locale, Function<String, String> displayNames) {
        this.i18n = i18n;
        this.locale = locale;
        this.dates = DateTimeFormatter.ofPattern(i18n.text("cascade.counted.date-pattern"), Locale.ENGLISH);
        this.displayNames = displayNames;
    }

    Translator translator() {
        return i18n;
    }

    String text(String key, Serializable... arguments) {
        return i18n.text(key, arguments);
    }

    /** A number as stored, grouped for the locale: {@code 1,234.5}; empty for none. */
    String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /** A number or an empty text. */
    String number(Optional<BigDecimal> value) {
        return value.map(this::number).orElse("");
    }

    /** A weight or contribution in per-cent: {@code 40%}, {@code 33.33%}. */
    String percent(Weight weight) {
        return text("cascade.goalpage.percent", number(weight.percent()));
    }

    String date(LocalDate day) {
        return dates.format(day);
    }

    String date(Instant at) {
        return dates.format(at.atZone(ZoneOffset.UTC));
    }

    /** A period by its name ({@code 2026}, {@code 2026-Q4}) or, for a custom one, its first and last days. */
    String period(Period period) {
        return PeriodText.shortcut(period).orElseGet(() -> text("cascade.goalpage.period.range",
                date(period.start()), date(period.end())));
    }

    /** The name the host shows for a person, or their key when it shows none. */
    String person(UserRef user) {
        return user == null ? "" : person(user.key());
    }

    String person(String userKey) {
        if (userKey == null) {
            return "";
        }
        String name = displayNames.apply(userKey);
        return name == null || name.isBlank() ? userKey : name;
    }

    String status(TrackingStatus status) {
        return text(status.messageKey());
    }

    /** The AUI lozenge of a status: green on track, yellow at risk, red off track, grey (default) without data. */
    static String statusLozenge(TrackingStatus status) {
        return switch (status) {
            case ON_TRACK -> "aui-lozenge-success";
            case AT_RISK -> "aui-lozenge-moved";
            case OFF_TRACK -> "aui-lozenge-removed";
            case NO_DATA -> "";
        };
    }

    /** The i18n key of an enum constant under a prefix: {@code prefix + "to-do"}. */
    static String key(String prefix, Enum<?> constant) {
        return prefix + WireCode.of(constant);
    }
}
