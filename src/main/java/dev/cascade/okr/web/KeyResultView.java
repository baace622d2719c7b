package dev.cascade.okr.web;

import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;

/** One key result row of the goals panel: its figure and, next to it, what the figure counts. */
public final class KeyResultView {

    private final String title;
    private final String epicKey;
    private final ProgressView progress;
    private final String basis;

    private KeyResultView(String title, String epicKey, ProgressView progress, String basis) {
        this.title = title;
        this.epicKey = epicKey;
        this.progress = progress;
        this.basis = basis;
    }

    static KeyResultView of(StoredKeyResult keyResult, Translator i18n) {
        return new KeyResultView(keyResult.keyResult().title(), String.join(", ", keyResult.keyResult().epicKeys()),
                ProgressView.of(keyResult.keyResult().progress(), i18n), BasisText.of(keyResult.basis(), i18n));
    }

    /** The key result's title. */
    public String getTitle() {
        return title;
    }

    /** The linked epics' keys, comma-separated; empty when none. */
    public String getEpicKey() {
        return epicKey;
    }

    /** The progress people see (a manual override's when there is one). */
    public ProgressView getProgress() {
        return progress;
    }

    /** What the progress counts, translated ("5 of 8 story points done"); empty when there is no figure. */
    public String getBasis() {
        return basis;
    }
}
