package dev.cascade.okr.service.kernel;

import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period shortcuts people type: {@code 2026}, {@code 2026-H1}, {@code 2026-Q3}, {@code 2026-03}; and writes
 * them back ({@link #shortcut}), so that a period reads back as it was written.
 */
public final class PeriodText {

    private static final Pattern SHORTCUT = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?");

    private PeriodText() {
    }

    /** The period the text names; empty when it is no shortcut (years 1000 to 9999). */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SHORTCUT.matcher(text.trim());
        if (!m.matches() || m.group(1).charAt(0) == '0') {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        if (part == null) {
            return Optional.of(Period.year(year));
        }
        return switch (part.charAt(0)) {
            case 'H' -> Optional.of(Period.half(year, part.charAt(1) - '0'));
            case 'Q' -> Optional.of(Period.quarter(year, part.charAt(1) - '0'));
            default -> Optional.of(Period.month(year, Integer.parseInt(part)));
        };
    }

    /**
     * The period the text names, reporting a bad one at its field: empty when the text is {@code null} or no shortcut,
     * in which case {@link ViolationCode#PERIOD_INVALID} naming {@code field} (with the text, shortened; empty for
     * {@code null}) is added to {@code violations}.
     */
    public static Optional<Period> parse(String text, String field, List<Violation> violations) {
        Optional<Period> period = parse(text);
        if (period.isEmpty()) {
            violations.add(Violation.of(ViolationCode.PERIOD_INVALID, field, text == null ? "" : Inputs.shorten(text)));
        }
        return period;
    }

    /**
     * The shortcut that names the period, the one {@link #parse} reads back to it ({@code 2026}, {@code 2026-H2},
     * {@code 2026-Q1}, {@code 2026-03}); empty for a custom range, which is named by its start and end.
     */
    public static Optional<String> shortcut(Period period) {
        int year = period.start().getYear();
        String text = switch (period.kind()) {
            case YEAR -> String.valueOf(year);
            case HALF -> year + "-H" + (period.start().getMonthValue() <= 6 ? 1 : 2);
            case QUARTER -> year + "-Q" + ((period.start().getMonthValue() - 1) / 3 + 1);
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", year, period.start().getMonthValue());
            case CUSTOM -> null;
        };
        return text != null && parse(text).filter(period::equals).isPresent() ? Optional.of(text) : Optional.empty();
    }
}
