/**
 * The vocabulary every package of core answers in (violations with stable codes and field names, {@code Validated}),
 * the text rules that know no goal, and the checks and codes every value shares ({@code Require} for presence and
 * ids, {@code WireCode} for an enum constant's stable code); it uses nothing else in core (docs/architecture.md,
 * core's layers).
 */
package dev.cascade.okr.core.validation;
