package dev.cascade.okr.rest;

import dev.cascade.okr.core.model.KeyResult;

/**
 * A key result in JSON.
 *
 * @param id its id
 * @param title its title
 * @param epicKey the linked epic
 * @param basis the progress basis
 * @param progress the stored progress
 * @param issuesTotal issues counted, or {@code null}
 * @param issuesDone issues done, or {@code null}
 */
public record KeyResultDto(long id, String title, String epicKey, String basis, ProgressDto progress,
        Integer issuesTotal, Integer issuesDone) {

    static KeyResultDto of(KeyResult keyResult) {
        return new KeyResultDto(keyResult.id().value(), keyResult.title(), keyResult.epicKey(),
                keyResult.basis().name(), ProgressDto.of(keyResult.progress()),
                keyResult.evidence().map(e -> e.total()).orElse(null),
                keyResult.evidence().map(e -> e.done()).orElse(null));
    }
}
