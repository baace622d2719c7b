package dev.cascade.okr.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.core.model.KeyResultDraft;
import dev.cascade.okr.core.model.ObjectiveDraft;
import java.util.List;

/**
 * The body of {@code POST /objectives}.
 *
 * @param title required, at most 255 characters
 * @param description optional
 * @param projectKey required, an existing project the caller may browse
 * @param keyResults optional list of key results
 */
public record NewObjectiveDto(String title, String description, String projectKey,
        List<NewKeyResultDto> keyResults) {

    /** Jackson's way in; every property is optional at this level, the core says what is required. */
    @JsonCreator
    public NewObjectiveDto(@JsonProperty("title") String title, @JsonProperty("description") String description,
            @JsonProperty("projectKey") String projectKey,
            @JsonProperty("keyResults") List<NewKeyResultDto> keyResults) {
        this.title = title;
        this.description = description;
        this.projectKey = projectKey;
        this.keyResults = keyResults;
    }

    ObjectiveDraft toDraft() {
        List<KeyResultDraft> drafts = keyResults == null ? List.of()
                : keyResults.stream().map(k -> k == null ? null : k.toDraft()).toList();
        return new ObjectiveDraft(title, description, projectKey, drafts);
    }

    /**
     * One key result of a new objective.
     *
     * @param title required
     * @param epicKey required, an existing epic
     */
    public record NewKeyResultDto(String title, String epicKey) {

        /** Jackson's way in. */
        @JsonCreator
        public NewKeyResultDto(@JsonProperty("title") String title, @JsonProperty("epicKey") String epicKey) {
            this.title = title;
            this.epicKey = epicKey;
        }

        KeyResultDraft toDraft() {
            return new KeyResultDraft(title, epicKey, null);
        }
    }
}
