package dev.cascade.okr.service;

import dev.cascade.okr.core.model.Period;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the period shortcuts people type: {@code 2026}, {@code 2026-H1}, {@code 2026-Q3}, {@code 2026-03}. */
final class PeriodText {

    private static final Pattern SHORTCUT = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?");

    private PeriodText() {
    }

    /** The period the text names; empty when it is no shortcut (years 1000 to 9999). */
    static Optional<Period> parse(String text) {
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
}
