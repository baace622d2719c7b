package dev.cascade.okr.web;

import dev.cascade.okr.core.progress.KeyResultBasis;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * What a key result's progress figure counts, as a translated sentence ("5 of 8 story points done", "from the check-in
 * of 7 Dec 2026"): the one wording of core's {@link KeyResultBasis} for every page, table and macro. Numbers are shown
 * as stored (5, 2.5), dates in UTC with the language's own pattern ({@code cascade.counted.date-pattern}).
 */
public final class BasisText {

    private BasisText() {
    }

    /** The sentence for a basis; empty text when there is none (the figure has no data, which says why itself). */
    public static String of(Optional<KeyResultBasis> basis, Translator i18n) {
        return basis.map(b -> of(b, i18n)).orElse("");
    }

    /** The sentence for a basis. */
    public static String of(KeyResultBasis basis, Translator i18n) {
        if (basis instanceof KeyResultBasis.IssuesDone b) {
            return i18n.text("cascade.counted.issues-done", count(b.done()), count(b.total()));
        }
        if (basis instanceof KeyResultBasis.StoryPoints b) {
            return b.unestimated() == 0
                    ? i18n.text("cascade.counted.story-points", amount(b.done()), amount(b.total()))
                    : i18n.text("cascade.counted.story-points.unestimated", amount(b.done()), amount(b.total()),
                            count(b.unestimated()));
        }
        if (basis instanceof KeyResultBasis.PartialCredit b) {
            return i18n.text("cascade.counted.partial-credit", count(b.done()), count(b.inProgress()),
                    count(b.total()));
        }
        if (basis instanceof KeyResultBasis.NumericField b) {
            return i18n.text("cascade.counted.numeric-field", amount(b.sum()), amount(b.target()), b.fieldId());
        }
        if (basis instanceof KeyResultBasis.CheckIn b) {
            return i18n.text("cascade.counted.check-in", date(b.at(), i18n));
        }
        KeyResultBasis.Manual b = (KeyResultBasis.Manual) basis;
        return i18n.text("cascade.counted.manual", date(b.at(), i18n));
    }

    /** A count as plain digits (a text argument, so that the message format adds no grouping of its own). */
    private static String count(int value) {
        return Integer.toString(value);
    }

    private static String amount(BigDecimal value) {
        return value.toPlainString();
    }

    private static String date(Instant at, Translator i18n) {
        return DateTimeFormatter.ofPattern(i18n.text("cascade.counted.date-pattern"), Locale.ENGLISH)
                .format(at.atZone(ZoneOffset.UTC));
    }
}
