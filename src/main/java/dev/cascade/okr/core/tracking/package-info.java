/**
 * Tracking: time-phased plans, deviation from plan, on-track status, check-ins and their cadence, approved target
 * adjustments and the quarterly review.
 *
 * <p>Units used throughout: planned values and "achieved" amounts are in the key result's own unit and count the
 * change since the key result's start value (so a plan of Q1 12 / Q2 15 means 12 by the end of Q1 and 27 by the end
 * of Q2); a check-in reports the key result's value itself, and achieved = value − start value; rates are
 * {@code BigDecimal} fractions (1.0 = 100%) at the rate scale of {@link dev.cascade.okr.core.model.Rates}, compared
 * with thresholds unrounded; progress and elapsed time are {@code double} shares; anything named {@code ...Percent}
 * is in per-cent.
 */
package dev.cascade.okr.core.tracking;
