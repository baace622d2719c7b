package dev.cascade.okr.web.page;

import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.web.Translator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * How the Goals page writes what core computed, in the reader's language: numbers and per-cents with the locale's
 * separators, days as people write them ({@code 7 Dec 2026} / {@code 2026年12月7日}), level and status names, and the
 * AUI lozenge of each status (colour and word, never colour alone). Formats; never computes.
 *
 * @param i18n the reader's translations
 * @param locale the reader's locale
 */
public record Formats(Translator i18n, Locale locale) {

    /** The level keys of the default scheme, whose names are translated when the configured scheme lacks them. */
    private static final Set<String> DEFAULT_LEVELS = Set.of("company", "department", "team", "individual");

    /**
     * The formats of the language the reader's texts are in: the translations name their own locale
     * ({@code cascade.page.locale}: {@code en}, {@code zh-CN}), so figures are written the way the words around them
     * are, whatever host API the edge has.
     */
    public static Formats of(Translator i18n) {
        String tag = i18n.text("cascade.page.locale");
        Locale locale = tag == null || tag.isBlank() || tag.equals("cascade.page.locale") ? Locale.ENGLISH
                : Locale.forLanguageTag(tag);
        return new Formats(i18n, locale);
    }

    /** A number with at most one decimal: {@code 1,234.5}. */
    public String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    /** A per-cent figure: {@code 30 %} for 30. */
    public String percent(BigDecimal percent) {
        return i18n.text("cascade.page.percent", number(percent));
    }

    /** A day: {@code 7 Dec 2026}, {@code 2026年12月7日}. */
    public String day(LocalDate day) {
        String pattern = Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "yyyy年M月d日" : "d MMM yyyy";
        return day.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    /**
     * A level's name in the reader's language, as the administrator configured it ({@code Level.nameFor}: the Chinese
     * name for Chinese readers, else the English one); for a key the scheme no longer has, the default level's
     * translated name, else the key.
     */
    public String level(LevelScheme levels, String key) {
        return levels.level(key).map(level -> level.nameFor(locale)).orElseGet(() -> DEFAULT_LEVELS.contains(key)
                ? i18n.text("cascade.page.level." + key) : key);
    }

    /** A status's word. */
    public String status(TrackingStatus status) {
        return i18n.text(status.messageKey());
    }

    /** A status's AUI lozenge class: green success, yellow moved, red removed, grey default. */
    public static String statusLozenge(TrackingStatus status) {
        return switch (status) {
            case ON_TRACK -> "aui-lozenge-success";
            case AT_RISK -> "aui-lozenge-moved";
            case OFF_TRACK -> "aui-lozenge-removed";
            case NO_DATA -> "";
        };
    }

    /** A status's wire code ({@code on-track}), for filters and data attributes. */
    public static String statusCode(TrackingStatus status) {
        return WireCode.of(status);
    }
}
