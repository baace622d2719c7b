package dev.cascade.okr.rest.page;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The goal tree dashboard item's preferences, as the dashboard keeps them (texts): checked by
 * {@code POST /views/gadget/config} and answered back in the same shape, normalised.
 *
 * @param goal the chosen goal's id
 * @param depth how many levels of goals below it, 1 to 5
 * @param period the period whose goals are shown below it ({@code 2026}, {@code 2026-Q1}); empty for any
 */
public record GadgetConfigDto(@JsonProperty("goal") String goal, @JsonProperty("depth") String depth,
        @JsonProperty("period") String period) {

    /** Jackson's way in. */
    @JsonCreator
    public GadgetConfigDto {
    }
}
