package dev.cascade.okr.web;

import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.validation.WireCode;
import java.math.BigDecimal;

/**
 * A progress as a template shows it: the per-cent when known, otherwise a translated "no data" text. The template
 * calls its accessors.
 *
 * @param known whether there is a value
 * @param percent the whole per-cent (0 when unknown)
 * @param text "60%", or why there is no value
 */
public record ProgressView(boolean known, int percent, String text) {

    /** The view of a progress value; without data, the translated reason. */
    public static ProgressView of(Progress progress, Translator i18n) {
        if (progress.hasData()) {
            return new ProgressView(true, progress.percent(), progress.percent() + "%");
        }
        return new ProgressView(false, 0, i18n.text("cascade.progress.no-data." + WireCode.of(progress.reason())));
    }

    /** How much of the progress bar is filled, in whole per-cent from 0 to 100 (beyond 100 % the bar is full). */
    public int barWidth() {
        return Math.max(0, Math.min(100, percent));
    }

    /** The bar's fill as AUI's progress indicator reads its {@code data-value}: a fraction from 0 to 1 ("0.33"). */
    public String fraction() {
        return BigDecimal.valueOf(barWidth(), 2).stripTrailingZeros().toPlainString();
    }
}
