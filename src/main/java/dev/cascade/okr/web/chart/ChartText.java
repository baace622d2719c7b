package dev.cascade.okr.web.chart;

import dev.cascade.okr.web.Translator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A chart's words, numbers and dates in the reader's language: texts from the i18n bundle, dates with the language's
 * pattern ({@code cascade.counted.date-pattern}: {@code 7 Dec 2026}, {@code 2026年12月7日}), numbers with grouping and
 * a decimal point ({@code 1,234.5} in both languages), as stored, never rounded.
 */
final class ChartText {

    private final Translator i18n;
    private final DateTimeFormatter dates;

    ChartText(Translator i18n) {
        this.i18n = i18n;
        this.dates = DateTimeFormatter.ofPattern(i18n.text("cascade.counted.date-pattern"), Locale.ENGLISH);
    }

    String text(String key, Serializable... arguments) {
        return i18n.text(key, arguments);
    }

    String date(LocalDate day) {
        return dates.format(day);
    }

    static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}
