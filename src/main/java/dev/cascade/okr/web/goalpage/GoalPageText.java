package dev.cascade.okr.web.goalpage;

import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.service.kernel.PeriodText;
import dev.cascade.okr.web.Translator;
import dev.cascade.okr.web.page.Formats;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The words, numbers, dates and names of a goal's page in the reader's language. Days, per-cents, level and status
 * names and status lozenges are the Goals page's ({@link Formats}), so the goal's page writes them as the tree does;
 * amounts a person entered or a plan holds (targets, check-in values) are grouped for the reader's locale but shown as
 * stored, never rounded ({@code 1,117.25}); instants are shown as their UTC day; people by the name the host shows.
 */
final class GoalPageText {

    private final Translator i18n;
    private final Locale locale;
    private final Formats formats;
    private final Function<String, String> displayNames;

    GoalPageText(Translator i18n, Locale locale, Function<String, String> displayNames) {
        this.i18n = i18n;
        this.locale = locale;
        this.formats = new Formats(i18n, locale);
        this.displayNames = displayNames;
    }

    Formats formats() {
        return formats;
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

    /** A weight or contribution in per-cent, as the Goals page writes it: {@code 40 %}. */
    String percent(Weight weight) {
        return formats.percent(weight.percent());
    }

    String date(LocalDate day) {
        return formats.day(day);
    }

    String date(Instant at) {
        return formats.day(LocalDate.ofInstant(at, ZoneOffset.UTC));
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
        return formats.status(status);
    }

    /** The AUI lozenge of a status: green on track, yellow at risk, red off track, grey (default) without data. */
    static String statusLozenge(TrackingStatus status) {
        return Formats.statusLozenge(status);
    }

    /** The i18n key of an enum constant under a prefix: {@code prefix + "to-do"}. */
    static String key(String prefix, Enum<?> constant) {
        return prefix + WireCode.of(constant);
    }
}
