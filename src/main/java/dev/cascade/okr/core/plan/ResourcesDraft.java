package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.model.UserRef;
import java.math.BigDecimal;
import java.util.List;

/**
 * Resources as a person submits them; any field may be missing ({@code null}).
 *
 * @param budget the money available, in {@code currency}
 * @param currency an ISO 4217 code such as {@code CNY}; ignored without a budget (forms preselect one)
 * @param people named people (never {@code null}; {@code null} entries are kept so that validation names them)
 * @param roles people needed but not named, such as "2 engineers" (never {@code null}; entries kept as given)
 */
public record ResourcesDraft(BigDecimal budget, String currency, List<UserRef> people, List<String> roles) {

    /** Copies the lists so that the draft cannot change afterwards. */
    public ResourcesDraft {
        people = Drafts.copy(people);
        roles = Drafts.copy(roles);
    }
}
