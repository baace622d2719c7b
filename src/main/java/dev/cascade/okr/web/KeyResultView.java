package dev.cascade.okr.web;

import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;

/**
 * One key result row of the goals panel: its figure and, next to it, what the figure counts.
 *
 * @param title the key result's title
 * @param epicKey the linked epics' keys, comma-separated; empty when none
 * @param progress the progress people see (a manual override's when there is one)
 * @param basis what the progress counts, translated ("5 of 8 story points done"); empty when there is no figure
 */
public record KeyResultView(String title, String epicKey, ProgressView progress, String basis) {

    static KeyResultView of(StoredKeyResult keyResult, Translator i18n) {
        return new KeyResultView(keyResult.keyResult().title(), String.join(", ", keyResult.keyResult().epicKeys()),
                ProgressView.of(keyResult.keyResult().progress(), i18n), BasisText.of(keyResult.basis(), i18n));
    }
}
