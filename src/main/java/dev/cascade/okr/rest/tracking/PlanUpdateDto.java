package dev.cascade.okr.rest.tracking;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code PUT /key-results/{id}/plan}: the whole plan at once.
 *
 * @param version the version read, 0 for a new plan
 * @param granularity {@code quarter} or {@code month}
 * @param values one planned increment per quarter or month of the goal period, in order
 */
public record PlanUpdateDto(Long version, String granularity, List<BigDecimal> values) {
}
