package dev.cascade.okr.rest.goal;

import dev.cascade.okr.core.port.LinkChoices.Choice;
import dev.cascade.okr.core.validation.WireCode;
import java.util.List;

/**
 * The link picker's choices.
 *
 * @param choices at most 20, as Jira's search orders them (recently updated first)
 */
public record LinkChoicesDto(List<ChoiceDto> choices) {

    static LinkChoicesDto of(List<Choice> choices) {
        return new LinkChoicesDto(choices.stream()
                .map(c -> new ChoiceDto(c.key(), c.summary(), c.issueType(), c.status(), WireCode.of(c.category())))
                .toList());
    }

    /**
     * One epic or issue the caller may browse.
     *
     * @param key the issue key
     * @param summary its summary
     * @param issueType its issue type's name
     * @param status its status's name
     * @param category its status's category: {@code to-do}, {@code in-progress} or {@code done}
     */
    public record ChoiceDto(String key, String summary, String issueType, String status, String category) {
    }
}
