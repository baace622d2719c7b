package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The body of {@code POST /goals/{id}/alignments}: the goal in the path supports {@code parentId}.
 *
 * @param parentId the supported goal
 * @param contribution per-cent of the parent's roll-up, 0 to 100 with at most two decimals
 */
public record AlignmentNewDto(@JsonProperty("parentId") Long parentId,
        @JsonProperty("contribution") BigDecimal contribution) {

    /** Jackson's way in. */
    @JsonCreator
    public AlignmentNewDto {
    }
}
