package dev.cascade.okr.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Numbers, per-cents and days as a reader of a language reads them, for every view: numbers grouped in the reader's
 * locale ({@code 12,000}, {@code 2.5}) with the true minus sign, per-cents with their sign where a sign means something
 * ({@code −16.7 %}, {@code +6.7 %}), days in the language's own pattern ({@code 7 Dec 2026}, {@code 2026年12月7日},
 * from {@code cascade.counted.date-pattern}, as {@link BasisText} writes them). Formats only: never rounds a figure
 * differently from the one core stated (its scale is kept), which is why the tables use this rather than the page's
 * {@code web.page.Formats} (at most one decimal); the per-cent sign is the page's {@code cascade.page.percent}.
 */
public final class LocaleFormats {

    /** The minus sign (U+2212) that typesetting uses, not the hyphen. */
    public static final String MINUS = "\u2212";

    private LocaleFormats() {
    }

    /** A number in the reader's locale, as stated (no trailing zeros, never in exponent form). */
    public static String number(BigDecimal value, Locale locale) {
        BigDecimal plain = value.stripTrailingZeros();
        return grouped(plain.scale() < 0 ? plain.setScale(0) : plain, locale);
    }

    /** A per-cent with its sign, keeping the stated decimals: {@code −16.7 %}, {@code +25.0 %}, {@code 0.0 %}. */
    public static String signedPercent(BigDecimal percent, Locale locale, Translator i18n) {
        String sign = percent.signum() > 0 ? "+" : "";
        return i18n.text("cascade.page.percent", sign + grouped(percent, locale));
    }

    /** A per-cent without a sign of its own (a weight, a share done): {@code 30 %}. */
    public static String percent(BigDecimal percent, Locale locale, Translator i18n) {
        return i18n.text("cascade.page.percent", number(percent, locale));
    }

    /** A day in the language's pattern: {@code 7 Dec 2026}, {@code 2026年12月7日}. */
    public static String day(LocalDate day, Translator i18n) {
        Objects.requireNonNull(day, "day");
        // The pattern is the language's own; month names (MMM) are English, the one language whose pattern has them.
        return DateTimeFormatter.ofPattern(i18n.text("cascade.counted.date-pattern"), Locale.ENGLISH).format(day);
    }

    /** The value with its own scale, grouped in the locale, with the minus sign. */
    private static String grouped(BigDecimal value, Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        int scale = Math.max(0, value.scale());
        format.setParseBigDecimal(true);
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        String text = format.format(value.abs());
        return value.signum() < 0 ? MINUS + text : text;
    }
}
