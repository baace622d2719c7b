package dev.cascade.okr.rest.goal;

import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.port.Versioned;
import java.math.BigDecimal;

/**
 * An alignment in a response.
 *
 * @param childId the supporting goal
 * @param parentId the supported goal
 * @param contribution per-cent with two decimals
 * @param version its version
 */
public record AlignmentDto(long childId, long parentId, BigDecimal contribution, long version) {

    static AlignmentDto of(Versioned<Alignment> alignment) {
        Alignment a = alignment.value();
        return new AlignmentDto(a.child().value(), a.parent().value(), a.contribution().percent(),
                alignment.version());
    }
}
