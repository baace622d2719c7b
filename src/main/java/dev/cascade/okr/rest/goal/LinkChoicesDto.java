package dev.cascade.okr.rest.goal;

import dev.cascade.okr.core.port.LinkChoices.Choice;
import java.util.List;

/**
 * The link picker's choices.
 *
 * @param choices at most 20, as Jira's search orders them (recently updated first)
 */
public record LinkChoicesDto(List<ChoiceDto> choices) {

    static LinkChoicesDto of(List<Choice> choices) {
        return new LinkChoicesDto(choices.stream()
                .map(c -> new ChoiceDto(c.key(), c.summary(), c.issueType(), c.status())).toList());
    }

    /**
     * One epic or issue the caller may browse.
     *
     * @param key the issue key
     * @param summary its summary
     * @param issueType its issue type's name
     * @param status its status's name
     */
    public record ChoiceDto(String key, String summary, String issueType, String status) {
    }
}
