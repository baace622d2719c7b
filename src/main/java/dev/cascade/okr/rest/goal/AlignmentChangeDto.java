package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The body of {@code PUT /goals/{id}/alignments/{parentId}}: a new contribution for an existing alignment.
 *
 * @param contribution per-cent of the parent's roll-up, 0 to 100 with at most two decimals
 * @param version required, the alignment's version read
 */
public record AlignmentChangeDto(@JsonProperty("contribution") BigDecimal contribution,
        @JsonProperty("version") Long version) {

    /** Jackson's way in. */
    @JsonCreator
    public AlignmentChangeDto {
    }
}
