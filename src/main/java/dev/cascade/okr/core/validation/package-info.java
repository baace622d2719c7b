/**
 * The vocabulary every package of core answers in (violations with stable codes and field names, {@code Validated}),
 * and the text rules that know no goal; it uses nothing else in core (docs/architecture.md, core's layers).
 */
package dev.cascade.okr.core.validation;
