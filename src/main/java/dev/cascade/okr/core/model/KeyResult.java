package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Require;
import java.util.List;
import java.util.Optional;

/**
 * A stored key result (关键结果): what is measured, how much it weighs in its objective, and its last progress.
 *
 * <p>Invariants: every field but the evidence is present; {@code progress} may be "no data" but is never
 * {@code null}; {@code evidence} is present exactly when progress was computed from counted issues.
 *
 * @param id the id
 * @param title what will be true when the key result is achieved
 * @param weight its share of the objective's progress
 * @param measure how it is measured: a metric, a band, a milestone or linked Jira issues
 * @param progress the stored progress
 * @param evidence the issues the progress was computed from, or {@code null}
 */
public record KeyResult(KeyResultId id, String title, Weight weight, Measure measure, Progress progress,
        IssueCompletion evidence) {

    /** Checks the invariants. */
    public KeyResult {
        Require.present("id", id, "title", title, "weight", weight, "measure", measure, "progress", progress);
    }

    /** The issues the progress was computed from, if any. */
    public Optional<IssueCompletion> issueEvidence() {
        return Optional.ofNullable(evidence);
    }

    /** The keys of the epics it is linked to, in order; empty for measured key results. */
    public List<String> epicKeys() {
        if (!(measure instanceof IssueMeasure issues)) {
            return List.of();
        }
        return issues.links().stream()
                .filter(WorkLink.Epic.class::isInstance)
                .map(link -> ((WorkLink.Epic) link).issueKey())
                .toList();
    }
}
