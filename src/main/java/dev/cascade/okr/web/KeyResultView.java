package dev.cascade.okr.web;

import dev.cascade.okr.core.model.KeyResult;
import java.util.function.Function;

/** One key result row of the goals panel. */
public final class KeyResultView {

    private final String title;
    private final String epicKey;
    private final ProgressView progress;
    private final String evidence;

    private KeyResultView(String title, String epicKey, ProgressView progress, String evidence) {
        this.title = title;
        this.epicKey = epicKey;
        this.progress = progress;
        this.evidence = evidence;
    }

    static KeyResultView of(KeyResult keyResult, Function<String, String> i18n) {
        String evidence = keyResult.issueEvidence()
                .map(e -> e.done() + " / " + e.total())
                .orElse("");
        return new KeyResultView(keyResult.title(), String.join(", ", keyResult.epicKeys()), ProgressView.of(keyResult.progress(), i18n),
                evidence);
    }

    /** The key result's title. */
    public String getTitle() {
        return title;
    }

    /** The linked epic's key. */
    public String getEpicKey() {
        return epicKey;
    }

    /** The progress. */
    public ProgressView getProgress() {
        return progress;
    }

    /** "3 / 6" issues done, or empty when nothing was counted. */
    public String getEvidence() {
        return evidence;
    }
}
