package dev.cascade.okr.rest;

import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;

/**
 * A key result in JSON.
 *
 * @param id its id
 * @param title its title
 * @param epicKey the first linked epic, or {@code null}
 * @param basis the progress basis of an issue-driven key result, or {@code null}
 * @param progress the stored progress
 * @param issuesTotal issues counted, or {@code null}
 * @param issuesDone issues done, or {@code null}
 */
public record KeyResultDto(long id, String title, String epicKey, String basis, ProgressDto progress,
        Integer issuesTotal, Integer issuesDone) {

    static KeyResultDto of(KeyResult keyResult) {
        String basis = keyResult.measure() instanceof IssueMeasure issues ? issues.basis().name() : null;
        return new KeyResultDto(keyResult.id().value(), keyResult.title(),
                keyResult.epicKeys().isEmpty() ? null : keyResult.epicKeys().get(0),
                basis, ProgressDto.of(keyResult.progress()),
                keyResult.issueEvidence().map(e -> e.total()).orElse(null),
                keyResult.issueEvidence().map(e -> e.done()).orElse(null));
    }
}
