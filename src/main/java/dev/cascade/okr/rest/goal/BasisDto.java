package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cascade.okr.core.progress.KeyResultBasis;
import dev.cascade.okr.rest.http.WireCodes;
import java.math.BigDecimal;

/**
 * What a key result's progress figure counts ({@link KeyResultBasis}), in JSON: the kind and only the numbers that
 * kind has (absent fields are left out).
 *
 * <ul>
 *   <li>{@code issues-done}: {@code done}, {@code total} issues;</li>
 *   <li>{@code story-points}: {@code done}, {@code total} story points, {@code unestimated} issues without an
 *       estimate;</li>
 *   <li>{@code partial-credit}: {@code done}, {@code inProgress}, {@code total} issues;</li>
 *   <li>{@code numeric-field}: {@code field} (its id), {@code done} (its sum over Done issues), {@code total} (the
 *       target);</li>
 *   <li>{@code check-in}: {@code at}, when the latest check-in's progress was stored;</li>
 *   <li>{@code manual}: {@code at} and {@code by}, when and by whom the figure was set by hand.</li>
 * </ul>
 *
 * @param kind issues-done, story-points, partial-credit, numeric-field, check-in or manual
 * @param done what is done, in the kind's unit
 * @param inProgress issues in progress (partial credit)
 * @param total all of it, in the kind's unit (for a numeric field: the target)
 * @param unestimated issues without a story-point estimate
 * @param field the numeric field's id
 * @param at an ISO-8601 instant (check-in, manual)
 * @param by a user key (manual)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BasisDto(String kind, BigDecimal done, Integer inProgress, BigDecimal total, Integer unestimated,
        String field, String at, String by) {

    static BasisDto of(KeyResultBasis basis) {
        String kind = WireCodes.of(basis.kind());
        if (basis instanceof KeyResultBasis.IssuesDone b) {
            return new BasisDto(kind, BigDecimal.valueOf(b.done()), null, BigDecimal.valueOf(b.total()), null, null,
                    null, null);
        }
        if (basis instanceof KeyResultBasis.StoryPoints b) {
            return new BasisDto(kind, b.done(), null, b.total(), b.unestimated(), null, null, null);
        }
        if (basis instanceof KeyResultBasis.PartialCredit b) {
            return new BasisDto(kind, BigDecimal.valueOf(b.done()), b.inProgress(), BigDecimal.valueOf(b.total()),
                    null, null, null, null);
        }
        if (basis instanceof KeyResultBasis.NumericField b) {
            return new BasisDto(kind, b.sum(), null, b.target(), null, b.fieldId(), null, null);
        }
        if (basis instanceof KeyResultBasis.CheckIn b) {
            return new BasisDto(kind, null, null, null, null, null, b.at().toString(), null);
        }
        KeyResultBasis.Manual b = (KeyResultBasis.Manual) basis;
        return new BasisDto(kind, null, null, null, null, null, b.at().toString(), b.by().key());
    }
}
