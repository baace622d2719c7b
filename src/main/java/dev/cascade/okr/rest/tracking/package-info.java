/**
 * Planned against actual: plans, check-ins, target adjustments, reviews and progress history.
 */
package dev.cascade.okr.rest.tracking;
